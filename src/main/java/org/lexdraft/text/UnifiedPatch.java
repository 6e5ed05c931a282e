package org.lexdraft.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders the change between two texts as a unified diff that GNU {@code patch -p1} and
 * {@code git apply} accept: three lines of context, ranges written as {@code diff -u} writes
 * them, and the text as it is (UTF-8, nothing escaped).
 */
public final class UnifiedPatch {

    private static final int CONTEXT = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    /**
     * Lines are diffed as one char each, so the search is short; if a huge text does reach the
     * bound, hunks only get larger.
     */
    private static final DiffEngine LINE_DIFFS = new DiffEngine(Duration.ofSeconds(1));

    private UnifiedPatch() {
    }

    /** The patch from {@code from} to {@code to}, or the empty string when they are equal. */
    public static String render(String oldName, String newName, String from, String to) {
        return render(LINE_DIFFS, oldName, newName, from, to);
    }

    /** As {@link #render(String, String, String, String)}, with the line diff bounded by the engine's deadline. */
    public static String render(DiffEngine engine, String oldName, String newName, String from, String to) {
        requireSingleLine(oldName, "oldName");
        requireSingleLine(newName, "newName");
        if (from.equals(to)) {
            return "";
        }
        List<DiffOp> lines = splitIntoLines(engine.diffLines(from, to));
        StringBuilder patch = new StringBuilder()
                .append("--- a/").append(oldName).append('\n')
                .append("+++ b/").append(newName).append('\n');
        int[] oldBefore = new int[lines.size() + 1];
        int[] newBefore = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            DiffOp.Kind kind = lines.get(i).kind();
            oldBefore[i + 1] = oldBefore[i] + (kind == DiffOp.Kind.INSERT ? 0 : 1);
            newBefore[i + 1] = newBefore[i] + (kind == DiffOp.Kind.DELETE ? 0 : 1);
        }
        for (int[] hunk : hunks(lines)) {
            int start = hunk[0];
            int end = hunk[1];
            patch.append("@@ -").append(range(oldBefore[start], oldBefore[end] - oldBefore[start]))
                    .append(" +").append(range(newBefore[start], newBefore[end] - newBefore[start]))
                    .append(" @@\n");
            for (DiffOp line : lines.subList(start, end)) {
                patch.append(prefix(line.kind())).append(line.text());
                if (!line.text().endsWith("\n")) {
                    patch.append('\n').append(NO_NEWLINE);
                }
            }
        }
        return patch.toString();
    }

    /** One op per line, so that hunks can be cut between any two lines. */
    private static List<DiffOp> splitIntoLines(List<DiffOp> ops) {
        List<DiffOp> lines = new ArrayList<>();
        for (DiffOp op : ops) {
            for (String line : Tokenizer.lines(op.text())) {
                lines.add(new DiffOp(op.kind(), line));
            }
        }
        return lines;
    }

    /**
     * Index ranges [start, end) of the hunks: each change with up to three lines of context on
     * either side, changes at most six equal lines apart sharing a hunk (as {@code diff -u} does).
     */
    private static List<int[]> hunks(List<DiffOp> lines) {
        List<int[]> hunks = new ArrayList<>();
        int firstChange = -1;
        int lastChange = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == DiffOp.Kind.EQUAL) {
                continue;
            }
            if (firstChange >= 0 && i - lastChange - 1 > 2 * CONTEXT) {
                hunks.add(withContext(firstChange, lastChange, lines.size()));
                firstChange = -1;
            }
            if (firstChange < 0) {
                firstChange = i;
            }
            lastChange = i;
        }
        if (firstChange >= 0) {
            hunks.add(withContext(firstChange, lastChange, lines.size()));
        }
        return hunks;
    }

    private static int[] withContext(int firstChange, int lastChange, int lineCount) {
        return new int[] {Math.max(0, firstChange - CONTEXT), Math.min(lineCount, lastChange + 1 + CONTEXT)};
    }

    /**
     * A range as {@code diff -u} writes it: the count is left out when it is 1, and an empty range
     * starts at the line before it (0 at the top of the file).
     */
    private static String range(int linesBefore, int count) {
        if (count == 0) {
            return linesBefore + ",0";
        }
        int start = linesBefore + 1;
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }

    private static char prefix(DiffOp.Kind kind) {
        return switch (kind) {
            case EQUAL -> ' ';
            case DELETE -> '-';
            case INSERT -> '+';
        };
    }

    private static void requireSingleLine(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " must not contain a line break");
        }
    }
}
