package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.lexdraft.text.DiffOp.Kind;

class DiffEngineTest {

    private final DiffEngine engine = new DiffEngine(Duration.ofSeconds(1));

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void twoEmptyTextsHaveNoOps(Granularity granularity) {
        TextDiff diff = engine.diff("", "", granularity);

        assertEquals(List.of(), diff.ops());
        assertEquals(new DiffStats(0, 0, 0, 1.0), diff.stats());
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void textAgainstEmptyIsOneInsertOrOneDelete(Granularity granularity) {
        assertEquals(List.of(new DiffOp(Kind.INSERT, "new text")), engine.diff("", "new text", granularity).ops());
        assertEquals(List.of(new DiffOp(Kind.DELETE, "old text")), engine.diff("old text", "", granularity).ops());
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void identicalTextsAreOneEqualOp(Granularity granularity) {
        String text = "[Cluster munitions] means 👍🏽 缔约国";

        TextDiff diff = engine.diff(text, text, granularity);

        assertEquals(List.of(new DiffOp(Kind.EQUAL, text)), diff.ops());
        assertEquals(1.0, diff.stats().similarity());
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void whitespaceOnlyTextsDiffExactly(Granularity granularity) {
        TextDiff diff = engine.diff(" \t\n\n  ", "\n \u00A0\r\n", granularity);

        assertEquals(" \t\n\n  ", diff.source());
        assertEquals("\n \u00A0\r\n", diff.target());
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void punctuationOnlyTextsDiffExactly(Granularity granularity) {
        TextDiff diff = engine.diff("...!?;", ".,!?—", granularity);

        assertEquals("...!?;", diff.source());
        assertEquals(".,!?—", diff.target());
    }

    @Test
    void wordDiffReplacesWholeWords() {
        TextDiff diff = engine.diff("The State shall destroy twenty munitions within one year.",
                "The State shall destroy ten munitions within one year.", Granularity.WORD);

        assertEquals(List.of(
                new DiffOp(Kind.EQUAL, "The State shall destroy "),
                new DiffOp(Kind.DELETE, "twenty"),
                new DiffOp(Kind.INSERT, "ten"),
                new DiffOp(Kind.EQUAL, " munitions within one year.")), diff.ops());
    }

    @Test
    void charDiffShowsTheChangedCharacters() {
        TextDiff diff = engine.diff("destroy twenty munitions", "destroy ten munitions", Granularity.CHAR);

        assertEquals(List.of(
                new DiffOp(Kind.EQUAL, "destroy t"),
                new DiffOp(Kind.DELETE, "w"),
                new DiffOp(Kind.EQUAL, "en"),
                new DiffOp(Kind.DELETE, "ty"),
                new DiffOp(Kind.EQUAL, " munitions")), diff.ops());
    }

    @Test
    void wordDiffShowsARewrittenClauseAsReplaced() {
        TextDiff diff = engine.diff("a munition that is designed to disperse or release submunitions",
                "a munition designed to disperse submunitions", Granularity.WORD);

        assertEquals(List.of(
                new DiffOp(Kind.EQUAL, "a munition "),
                new DiffOp(Kind.DELETE, "that is "),
                new DiffOp(Kind.EQUAL, "designed to disperse "),
                new DiffOp(Kind.DELETE, "or release "),
                new DiffOp(Kind.EQUAL, "submunitions")), diff.ops());
    }

    @Test
    void chineseEditReplacesOnlyTheChangedIdeographs() {
        TextDiff diff = engine.diff("缔约国不得使用集束弹药。", "缔约国不得生产集束弹药。", Granularity.WORD);

        assertEquals(List.of(
                new DiffOp(Kind.EQUAL, "缔约国不得"),
                new DiffOp(Kind.DELETE, "使用"),
                new DiffOp(Kind.INSERT, "生产"),
                new DiffOp(Kind.EQUAL, "集束弹药。")), diff.ops());
    }

    @Test
    void wordDiffReplacesAnEmojiWithItsSkinTone() {
        TextDiff diff = engine.diff("Agreed 👍🏽", "Agreed 👍🏿", Granularity.WORD);

        assertEquals(List.of(
                new DiffOp(Kind.EQUAL, "Agreed "),
                new DiffOp(Kind.DELETE, "👍🏽"),
                new DiffOp(Kind.INSERT, "👍🏿")), diff.ops());
    }

    @Test
    void charDiffReplacesOnlyTheSkinToneAndKeepsItsSurrogatePair() {
        TextDiff diff = engine.diff("👍🏽", "👍🏿", Granularity.CHAR);

        assertEquals(List.of(
                new DiffOp(Kind.EQUAL, "👍"),
                new DiffOp(Kind.DELETE, "🏽"),
                new DiffOp(Kind.INSERT, "🏿")), diff.ops());
        assertEquals(new DiffStats(1, 1, 1, 0.5), diff.stats());
    }

    @Test
    void arabicWordInsertionIsOneInsert() {
        TextDiff diff = engine.diff("الذخائر العنقودية محظورة", "الذخائر العنقودية الصغيرة محظورة", Granularity.WORD);

        assertEquals(List.of(
                new DiffOp(Kind.EQUAL, "الذخائر العنقودية "),
                new DiffOp(Kind.INSERT, "الصغيرة "),
                new DiffOp(Kind.EQUAL, "محظورة")), diff.ops());
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void loneSurrogatesRoundTripExactly(Granularity granularity) {
        String from = "a\uD83D b\uDC4D \uD83D\uDC4D";
        String to = "a\uDC4D b\uD83D \uD83D";

        TextDiff diff = engine.diff(from, to, granularity);

        assertEquals(from, diff.source());
        assertEquals(to, diff.target());
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void diffPastItsDeadlineIsCoarserButExact(Granularity granularity) {
        DiffEngine hurried = new DiffEngine(Duration.ofNanos(1));
        String from = numbers(0, 3000, 7);
        String to = numbers(0, 3000, 11);

        TextDiff diff = hurried.diff(from, to, granularity);

        assertEquals(from, diff.source());
        assertEquals(to, diff.target());
        // It did stop early: a patient diff of these texts keeps most of them (close to 90 %), one
        // past its deadline gives up on the middle and replaces it whole.
        TextDiff patient = new DiffEngine(Duration.ofMinutes(5)).diff(from, to, granularity);
        assertTrue(patient.stats().similarity() > 0.8, () -> "patient " + patient.stats());
        assertTrue(diff.stats().similarity() < 0.5, () -> "hurried " + diff.stats());
    }

    @Test
    void aCharDiffWithoutSurrogatesDoesNotDependOnTheTokenAlphabet() {
        // One token char for all: a char diff that went through tokens would match every char with
        // every other; one of text without surrogates is the library's own and stays minimal.
        DiffEngine oneChar = new DiffEngine(Duration.ofSeconds(1), 1);
        String from = "destroy twenty munitions";

        assertEquals(engine.diff(from, "destroy ten munitions", Granularity.CHAR),
                oneChar.diff(from, "destroy ten munitions", Granularity.CHAR));
        assertEquals(List.of(new DiffOp(Kind.INSERT, "to "), new DiffOp(Kind.EQUAL, from)),
                oneChar.diff(from, "to " + from, Granularity.CHAR).ops());
        assertEquals(List.of(new DiffOp(Kind.EQUAL, "to "), new DiffOp(Kind.DELETE, "destroy ")),
                oneChar.diff("to destroy ", "to ", Granularity.CHAR).ops());
    }

    @Test
    void deadlineMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new DiffEngine(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new DiffEngine(Duration.ofSeconds(-1)));
    }

    @Test
    void opsCannotBeModified() {
        List<DiffOp> ops = engine.diff("a", "b", Granularity.WORD).ops();

        assertThrows(UnsupportedOperationException.class, () -> ops.add(new DiffOp(Kind.EQUAL, "c")));
    }

    @Test
    void similarityOfUnrelatedTextsIsZero() {
        assertEquals(0.0, engine.similarity("alpha", "beta"));
    }

    @Test
    void similarityCountsUnchangedCodePointsOfBothTexts() {
        // "a " is unchanged in both: 2 * 2 / (3 + 3)
        assertEquals(4.0 / 6.0, engine.similarity("a b", "a c"), 1e-12);
    }

    @Test
    void oneEngineServesManyThreadsAtOnce() throws Exception {
        String from = numbers(0, 400, 3);
        String to = numbers(0, 400, 5);
        // A deadline no busy machine reaches, so that every thread must find the same diff.
        DiffEngine patient = new DiffEngine(Duration.ofMinutes(5));
        TextDiff expected = patient.diff(from, to, Granularity.WORD);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TextDiff>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> patient.diff(from, to, Granularity.WORD)));
            }
            for (Future<TextDiff> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(pool.isShutdown());
    }

    /** Numbers up to {@code end}, leaving out the multiples of {@code skip}. */
    private static String numbers(int start, int end, int skip) {
        return IntStream.range(start, end).filter(i -> i % skip != 0).mapToObj(Integer::toString)
                .collect(Collectors.joining(" "));
    }
}
