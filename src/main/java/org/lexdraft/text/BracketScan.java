package org.lexdraft.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The square brackets of a text. Each ']' closes the nearest '[' still open, so matched pairs nest
 * properly; {@code spans} lists them all (nested ones too) by start. {@code unmatched} holds the
 * code point offsets, ascending, of every '[' never closed and every ']' with no '[' open.
 * {@code unbracketedShare} is the share of non-whitespace code points outside every matched pair
 * (the brackets themselves count as inside), 1.0 for a text with no non-whitespace: a measure of
 * how much of a draft is agreed. Whitespace includes the no-break spaces.
 *
 * <p>Alternatives are listed only for pairs at most {@value #MAX_ALTERNATIVES_PAIR} code points
 * long, and only until they add up to twice the text's length (plus 10,000): deeply nested alternatives would
 * otherwise repeat the same text quadratically often.
 */
public record BracketScan(List<BracketSpan> spans, List<Integer> unmatched, double unbracketedShare) {

    private static final int OPEN = '[';
    private static final int CLOSE = ']';
    private static final int ALTERNATIVE = '/';
    static final int MAX_ALTERNATIVES_PAIR = 2000;

    public BracketScan {
        spans = List.copyOf(spans);
        unmatched = List.copyOf(unmatched);
    }

    public static BracketScan of(String text) {
        int[] codePoints = text.codePoints().toArray();
        Deque<Open> open = new ArrayDeque<>();
        List<Pair> pairs = new ArrayList<>();
        List<Integer> unmatched = new ArrayList<>();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (c == OPEN) {
                open.push(new Open(i, new ArrayList<>()));
            } else if (c == CLOSE) {
                if (open.isEmpty()) {
                    unmatched.add(i);
                } else {
                    Open opening = open.pop();
                    pairs.add(new Pair(opening.start(), i + 1, opening.slashes()));
                }
            } else if (c == ALTERNATIVE && !open.isEmpty()) {
                // Inside a matched pair every bracket is matched (an unclosed '[' or a stray ']'
                // inside it would have taken its ']'), so the innermost open '[' is the pair
                // whose own level this slash is on, or else one never closed.
                open.peek().slashes().add(i);
            }
        }
        for (Open never : open) {
            unmatched.add(never.start());
        }
        unmatched.sort(null);
        pairs.sort(Comparator.comparingInt(Pair::start));

        List<BracketSpan> spans = new ArrayList<>(pairs.size());
        Deque<Integer> enclosingEnds = new ArrayDeque<>();
        long alternativesBudget = 2L * codePoints.length + 10_000;
        for (Pair pair : pairs) {
            while (!enclosingEnds.isEmpty() && enclosingEnds.peek() <= pair.start()) {
                enclosingEnds.pop();
            }
            int length = pair.end() - pair.start();
            List<String> alternatives = List.of();
            if (length <= MAX_ALTERNATIVES_PAIR && length <= alternativesBudget) {
                alternatives = alternatives(codePoints, pair);
                alternativesBudget -= length;
            }
            spans.add(new BracketSpan(pair.start(), pair.end(), enclosingEnds.size() + 1, alternatives));
            enclosingEnds.push(pair.end());
        }
        return new BracketScan(spans, unmatched, unbracketedShare(codePoints, pairs));
    }

    /** The number of outermost pairs: how many bracketed passages a reader sees. */
    public int openCount() {
        return (int) spans.stream().filter(span -> span.depth() == 1).count();
    }

    /** @param pairs sorted by start */
    private static double unbracketedShare(int[] codePoints, List<Pair> pairs) {
        int nonWhitespace = 0;
        int outside = 0;
        int insideUntil = 0;
        int next = 0;
        for (int i = 0; i < codePoints.length; i++) {
            while (next < pairs.size() && pairs.get(next).start() <= i) {
                insideUntil = Math.max(insideUntil, pairs.get(next).end());
                next++;
            }
            if (!isWhitespace(codePoints[i])) {
                nonWhitespace++;
                if (i >= insideUntil) {
                    outside++;
                }
            }
        }
        return nonWhitespace == 0 ? 1.0 : (double) outside / nonWhitespace;
    }

    /** The inner text cut at the pair's own slashes, each piece stripped; none without a slash. */
    private static List<String> alternatives(int[] codePoints, Pair pair) {
        if (pair.slashes().isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(pair.slashes().size() + 1);
        int partStart = pair.start() + 1;
        for (int slash : pair.slashes()) {
            parts.add(stripped(codePoints, partStart, slash));
            partStart = slash + 1;
        }
        parts.add(stripped(codePoints, partStart, pair.end() - 1));
        return parts;
    }

    private static String stripped(int[] codePoints, int from, int to) {
        while (from < to && isWhitespace(codePoints[from])) {
            from++;
        }
        while (to > from && isWhitespace(codePoints[to - 1])) {
            to--;
        }
        return new String(codePoints, from, to - from);
    }

    /** Whitespace, including the no-break spaces that {@link Character#isWhitespace} leaves out. */
    private static boolean isWhitespace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** A '[' still open, with the slashes seen at its own level so far. */
    private record Open(int start, List<Integer> slashes) {
    }

    /** A matched pair, [start, end) in code points, with the slashes at its own level. */
    private record Pair(int start, int end, List<Integer> slashes) {
    }
}
