package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnifiedPatchTest {

    private static final String ARTICLE = """
            1. "Cluster munition" means a conventional munition
            that is designed to disperse or release
            explosive submunitions each weighing less than
            20 kilograms, and includes those explosive submunitions.
            """;

    @Test
    void equalTextsGiveAnEmptyPatch() {
        assertEquals("", UnifiedPatch.render("a.txt", "a.txt", ARTICLE, ARTICLE));
    }

    @Test
    void patchIsWrittenAsDiffDashUWritesIt() {
        String to = ARTICLE.replace("or release\n", "and release\n");

        assertEquals("""
                --- a/old.txt
                +++ b/new.txt
                @@ -1,4 +1,4 @@
                 1. "Cluster munition" means a conventional munition
                -that is designed to disperse or release
                +that is designed to disperse and release
                 explosive submunitions each weighing less than
                 20 kilograms, and includes those explosive submunitions.
                """, UnifiedPatch.render("old.txt", "new.txt", ARTICLE, to));
    }

    @Test
    void emptyOldTextGivesARangeAtLineZero() {
        assertEquals("""
                --- a/d.txt
                +++ b/d.txt
                @@ -0,0 +1,2 @@
                +one
                +two
                """, UnifiedPatch.render("d.txt", "d.txt", "", "one\ntwo\n"));
    }

    @Test
    void emptyNewTextGivesARangeAtLineZero() {
        assertEquals("""
                --- a/d.txt
                +++ b/d.txt
                @@ -1 +0,0 @@
                -one
                """, UnifiedPatch.render("d.txt", "d.txt", "one\n", ""));
    }

    @Test
    void lastLineWithoutNewlineIsMarked() {
        assertEquals("""
                --- a/d.txt
                +++ b/d.txt
                @@ -1,2 +1,2 @@
                 one
                -two
                \\ No newline at end of file
                +two
                """, UnifiedPatch.render("d.txt", "d.txt", "one\ntwo", "one\ntwo\n"));
    }

    @Test
    void changesFarApartGetHunksOfTheirOwn() {
        String from = numberedLines(1, 30);
        String to = from.replace("line 2\n", "line two\n").replace("line 25\n", "line twenty-five\n");

        String patch = UnifiedPatch.render("d.txt", "d.txt", from, to);

        assertEquals(2, patch.lines().filter(line -> line.startsWith("@@")).count());
    }

    @Test
    void changesSixUnchangedLinesApartShareAHunkAsInDiffDashU() {
        // diff -u: the three lines after the first change and the three before the next meet.
        String from = numberedLines(1, 20);
        String to = from.replace("line 2\n", "line two\n").replace("line 9\n", "line nine\n");

        assertEquals("""
                --- a/d.txt
                +++ b/d.txt
                @@ -1,12 +1,12 @@
                 line 1
                -line 2
                +line two
                 line 3
                 line 4
                 line 5
                 line 6
                 line 7
                 line 8
                -line 9
                +line nine
                 line 10
                 line 11
                 line 12
                """, UnifiedPatch.render("d.txt", "d.txt", from, to));
    }

    @Test
    void changesSevenUnchangedLinesApartGetTwoHunksAsInDiffDashU() {
        String from = numberedLines(1, 20);
        String to = from.replace("line 2\n", "line two\n").replace("line 10\n", "line ten\n");

        assertEquals("""
                --- a/d.txt
                +++ b/d.txt
                @@ -1,5 +1,5 @@
                 line 1
                -line 2
                +line two
                 line 3
                 line 4
                 line 5
                @@ -7,7 +7,7 @@
                 line 7
                 line 8
                 line 9
                -line 10
                +line ten
                 line 11
                 line 12
                 line 13
                """, UnifiedPatch.render("d.txt", "d.txt", from, to));
    }

    @Test
    void aChangeOnTheFirstLineAndADistantOneGetTwoHunksAsInDiffDashU() {
        // Checked against GNU diff -u (diffutils 3.8) on the same two files, headers aside.
        String from = numberedLines(1, 20);
        String to = from.replace("line 1\n", "line one\n").replace("line 15\n", "line fifteen\n");

        assertEquals("""
                --- a/d.txt
                +++ b/d.txt
                @@ -1,4 +1,4 @@
                -line 1
                +line one
                 line 2
                 line 3
                 line 4
                @@ -12,7 +12,7 @@
                 line 12
                 line 13
                 line 14
                -line 15
                +line fifteen
                 line 16
                 line 17
                 line 18
                """, UnifiedPatch.render("d.txt", "d.txt", from, to));
    }

    @Test
    void lineBreakInAFileNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> UnifiedPatch.render("a\n+++ b", "b", "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> UnifiedPatch.render("a", "b\n@@ -1 +1 @@", "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> UnifiedPatch.render("a\r", "b", "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> UnifiedPatch.render("a", "b\r", "x", "y"));
        // A break as the very first character of a name.
        assertThrows(IllegalArgumentException.class, () -> UnifiedPatch.render("\nb", "b", "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> UnifiedPatch.render("a", "\rb", "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> UnifiedPatch.render("\ra", "b", "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> UnifiedPatch.render("a", "\nb", "x", "y"));
    }

    @Test
    void gnuPatchAppliesAChangeInTheMiddle() throws Exception {
        assertPatchApplies(ARTICLE, ARTICLE.replace("conventional ", ""));
    }

    @Test
    void gnuPatchAppliesAChangeToTheMissingFinalNewline() throws Exception {
        assertPatchApplies("one\ntwo", "one\ntwo\n");
        assertPatchApplies("one\ntwo\n", "one\ntwo");
        assertPatchApplies("one\ntwo", "one\nthree");
    }

    @Test
    void gnuPatchFillsAnEmptyText() throws Exception {
        assertPatchApplies("", ARTICLE);
        assertPatchApplies("", "no newline");
    }

    @Test
    void gnuPatchEmptiesAText() throws Exception {
        assertPatchApplies(ARTICLE, "");
    }

    @Test
    void gnuPatchAppliesMultibyteText() throws Exception {
        assertPatchApplies("缔约国不得使用集束弹药。\n👍🏽 agreed\nمرحبا\n", "缔约国不得生产集束弹药。\n👍🏿 agreed\nمرحبا بالعالم\n");
    }

    @Test
    void gnuPatchAppliesManyHunks() throws Exception {
        String from = numberedLines(1, 100);
        String to = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> i % 9 == 0 ? "changed " + i + "\n" : i % 13 == 0 ? "" : "line " + i + "\n")
                .collect(Collectors.joining());

        assertPatchApplies(from, to);
    }

    @Test
    void gnuPatchKeepsWindowsLineEnds() throws Exception {
        assertPatchApplies("one\r\ntwo\r\nthree\r\n", "one\r\n2\r\nthree\r\n");
    }

    @Test
    void gitApplyAcceptsThePatch(@TempDir Path dir) throws Exception {
        Path git = Path.of("/usr/bin/git");
        assumeTrue(Files.isExecutable(git), "git is not installed");
        String to = "缔约国\n" + ARTICLE.replace("20 kilograms", "twenty kilograms") + "no newline";
        Files.writeString(dir.resolve("doc.txt"), ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("change.diff"), UnifiedPatch.render("doc.txt", "doc.txt", ARTICLE, to),
                StandardCharsets.UTF_8);

        Process process = new ProcessBuilder(git.toString(), "apply", "change.diff")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "git apply did not finish");

        assertEquals(0, process.exitValue(), output);
        assertEquals(to, Files.readString(dir.resolve("doc.txt"), StandardCharsets.UTF_8));
    }

    private static void assertPatchApplies(String from, String to) throws Exception {
        assumeTrue(GnuPatch.isAvailable(), GnuPatch.PROGRAM + " is not installed");
        assertEquals(to, GnuPatch.applyRendered(from, to));
    }

    private static String numberedLines(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }
}
