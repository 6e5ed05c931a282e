package org.lexdraft.text;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The searches behind anchoring, on texts as arrays of code points so that no offset can fall
 * inside a surrogate pair: exact occurrences of a quote, how well the text around a place matches
 * a quote's context, and the windows of a text closest to a quote by edit distance.
 */
final class AnchorMatching {

    private AnchorMatching() {
    }

    static int[] codePoints(String text) {
        return text.codePoints().toArray();
    }

    static String text(int[] codePoints, int start, int end) {
        return new String(codePoints, start, end - start);
    }

    static boolean regionEquals(int[] text, int start, int end, int[] quote) {
        return end - start == quote.length && start >= 0 && end <= text.length
                && Arrays.equals(text, start, end, quote, 0, quote.length);
    }

    /**
     * Every start of {@code quote} in {@code text}, ascending, overlapping ones included; every
     * position for an empty quote. Linear time (Knuth-Morris-Pratt), whatever the texts.
     */
    static int[] occurrences(int[] text, int[] quote) {
        int m = quote.length;
        if (m == 0) {
            int[] all = new int[text.length + 1];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] border = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && quote[i] != quote[k]) {
                k = border[k - 1];
            }
            if (quote[i] == quote[k]) {
                k++;
            }
            border[i] = k;
        }
        int[] found = new int[4];
        int count = 0;
        for (int i = 0, k = 0; i < text.length; i++) {
            while (k > 0 && text[i] != quote[k]) {
                k = border[k - 1];
            }
            if (text[i] == quote[k]) {
                k++;
            }
            if (k == m) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i - m + 1;
                k = border[k - 1];
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** Levenshtein distance between {@code a} and {@code text[start, end)}, in O(|a| * (end - start)). */
    static int levenshtein(int[] a, int[] text, int start, int end) {
        int n = end - start;
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            int c = a[i - 1];
            for (int j = 1; j <= n; j++) {
                int substitution = previous[j - 1] + (c == text[start + j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[n];
    }

    /** Similarity from an edit distance: 1 - distance / the longer length; 1 for two empty texts. */
    static double similarity(int distance, int lengthA, int lengthB) {
        int longer = Math.max(lengthA, lengthB);
        return longer == 0 ? 1.0 : 1.0 - (double) distance / longer;
    }

    /**
     * The context of a quote: its prefix and suffix, of which only the {@link Anchor#CONTEXT_LENGTH}
     * code points next to the quote count.
     */
    static final class Context {

        private final Pattern before;
        private final Pattern after;

        Context(String prefix, String suffix) {
            int[] p = codePoints(prefix == null ? "" : prefix);
            int[] s = codePoints(suffix == null ? "" : suffix);
            int[] nearPrefix = Arrays.copyOfRange(p, Math.max(0, p.length - Anchor.CONTEXT_LENGTH), p.length);
            reverse(nearPrefix);
            this.before = new Pattern(nearPrefix);
            this.after = new Pattern(Arrays.copyOf(s, Math.min(s.length, Anchor.CONTEXT_LENGTH)));
        }

        /**
         * How many edits make the text around {@code [start, end)} match the context: the prefix
         * must end at {@code start} and the suffix begin at {@code end}, but either may reach out
         * as far as it likes (so an insertion into the context costs its length, not more).
         */
        int distance(int[] text, int start, int end) {
            return before.distance(text, start - 1, -1, start) + after.distance(text, end, 1, text.length - end);
        }

        /** The largest {@link #distance} there can be. */
        int length() {
            return before.length + after.length;
        }
    }

    /**
     * A pattern of at most 64 code points, matched with Myers' bit-parallel edit distance
     * (in Hyyrö's formulation), in time linear in the text read.
     */
    static final class Pattern {

        static final int MAX_LENGTH = Long.SIZE;

        private final int length;
        private final int[] keys;
        private final long[] masks;
        private final int slots;

        Pattern(int[] codePoints) {
            if (codePoints.length > MAX_LENGTH) {
                throw new IllegalArgumentException("pattern longer than " + MAX_LENGTH + ": " + codePoints.length);
            }
            this.length = codePoints.length;
            // Open addressing, at most half full, -1 (no code point) marking a free slot.
            this.slots = Integer.highestOneBit(Math.max(1, codePoints.length) * 4) - 1;
            this.keys = new int[slots + 1];
            this.masks = new long[slots + 1];
            Arrays.fill(keys, -1);
            for (int i = 0; i < codePoints.length; i++) {
                int slot = slot(codePoints[i]);
                keys[slot] = codePoints[i];
                masks[slot] |= 1L << i;
            }
        }

        private int slot(int codePoint) {
            int slot = (codePoint * 0x9E3779B1) >>> 16 & slots;
            while (keys[slot] != -1 && keys[slot] != codePoint) {
                slot = (slot + 1) & slots;
            }
            return slot;
        }

        private long mask(int codePoint) {
            return masks[slot(codePoint)];
        }

        /**
         * The least edit distance between the whole pattern and a beginning of the text read from
         * {@code from} in steps of {@code step} (1 or -1), of at most {@code available} code points
         * (of which no more than twice the pattern's length are read).
         */
        int distance(int[] text, int from, int step, int available) {
            if (length == 0) {
                return 0;
            }
            int count = Math.min(available, 2 * length);
            long high = 1L << (length - 1);
            long pv = -1L;
            long mv = 0L;
            int score = length;
            int best = score;
            for (int j = 0, i = from; j < count; j++, i += step) {
                long eq = mask(text[i]);
                long xv = eq | mv;
                long xh = (((eq & pv) + pv) ^ pv) | eq;
                long ph = mv | ~(xh | pv);
                long mh = pv & xh;
                if ((ph & high) != 0) {
                    score++;
                } else if ((mh & high) != 0) {
                    score--;
                }
                // Shifting a 1 in: the row above the pattern costs one per text code point, so the
                // match must start right at the first code point read.
                ph = (ph << 1) | 1L;
                mh = mh << 1;
                pv = mh | ~(xv | ph);
                mv = ph & xv;
                best = Math.min(best, score);
            }
            return best;
        }
    }

    /** A window {@code [start, end)} of a text at edit distance {@code distance} from a quote. */
    record Window(int start, int end, int distance) {

        int length() {
            return end - start;
        }
    }

    /** Receives the windows {@link #closestWindows} finds. */
    interface WindowSink {
        void accept(Window window);
    }

    /**
     * Finds, for every end in {@code text[from, to]}, the windows ending there that are closest to
     * {@code quote} by edit distance (Sellers' algorithm, which lets a match start anywhere), and
     * passes on the earliest- and the latest-starting of them when their length is within
     * {@code [minLength, maxLength]} and their {@link #similarity} at least {@code minSimilarity}.
     * Time O(|quote| * (to - from)).
     */
    static void closestWindows(int[] text, int from, int to, int[] quote, int minLength, int maxLength,
                               double minSimilarity, WindowSink sink) {
        int m = quote.length;
        int[] distance = new int[m + 1];
        int[] earliest = new int[m + 1];
        int[] latest = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            distance[i] = i;
            earliest[i] = from;
            latest[i] = from;
        }
        for (int j = from; j < to; j++) {
            int c = text[j];
            int diagonal = distance[0];
            int diagonalEarliest = earliest[0];
            int diagonalLatest = latest[0];
            distance[0] = 0;
            earliest[0] = j + 1;
            latest[0] = j + 1;
            for (int i = 1; i <= m; i++) {
                int left = distance[i];
                int leftEarliest = earliest[i];
                int leftLatest = latest[i];
                int substitution = diagonal + (quote[i - 1] == c ? 0 : 1);
                int insertion = left + 1;
                int deletion = distance[i - 1] + 1;
                int best = Math.min(substitution, Math.min(insertion, deletion));
                int first = Integer.MAX_VALUE;
                int last = Integer.MIN_VALUE;
                if (substitution == best) {
                    first = diagonalEarliest;
                    last = diagonalLatest;
                }
                if (insertion == best) {
                    first = Math.min(first, leftEarliest);
                    last = Math.max(last, leftLatest);
                }
                if (deletion == best) {
                    first = Math.min(first, earliest[i - 1]);
                    last = Math.max(last, latest[i - 1]);
                }
                diagonal = left;
                diagonalEarliest = leftEarliest;
                diagonalLatest = leftLatest;
                distance[i] = best;
                earliest[i] = first;
                latest[i] = last;
            }
            int end = j + 1;
            offer(earliest[m], end, distance[m], m, minLength, maxLength, minSimilarity, sink);
            if (latest[m] != earliest[m]) {
                offer(latest[m], end, distance[m], m, minLength, maxLength, minSimilarity, sink);
            }
        }
    }

    private static void offer(int start, int end, int distance, int quoteLength, int minLength, int maxLength,
                              double minSimilarity, WindowSink sink) {
        int length = end - start;
        if (length >= minLength && length <= maxLength
                && similarity(distance, quoteLength, length) >= minSimilarity) {
            sink.accept(new Window(start, end, distance));
        }
    }

    /** How far around a position token boundaries are looked for. */
    private static final int BOUNDARY_REACH = 64;

    /**
     * Whether {@code p} falls between two tokens of {@link Tokenizer#words} (a word, a run of
     * whitespace, a punctuation mark, an ideograph, never inside a user-perceived character),
     * judged from the text around it. Both ends of a text are boundaries.
     */
    static boolean isBoundary(int[] text, int p) {
        int from = Math.max(0, p - BOUNDARY_REACH);
        return boundaries(text, from, Math.min(text.length, p + BOUNDARY_REACH)).get(p - from);
    }

    /** The last token boundary at or before {@code p}, or {@code p} if none is near. */
    static int boundaryAtOrBefore(int[] text, int p) {
        int from = Math.max(0, p - BOUNDARY_REACH);
        BitSet boundaries = boundaries(text, from, Math.min(text.length, p + BOUNDARY_REACH));
        int b = boundaries.previousSetBit(p - from);
        // The start of the slice is a boundary only if it is the start of the text.
        return b > 0 || from == 0 ? from + b : p;
    }

    /** The first token boundary at or after {@code p}, or {@code p} if none is near. */
    static int boundaryAtOrAfter(int[] text, int p) {
        int from = Math.max(0, p - BOUNDARY_REACH);
        int to = Math.min(text.length, p + BOUNDARY_REACH);
        BitSet boundaries = boundaries(text, from, to);
        int b = boundaries.nextSetBit(p - from);
        return from + b < to || to == text.length ? from + b : p;
    }

    /** Token boundaries of {@code text[from, to)}, as offsets from {@code from}, both ends included. */
    private static BitSet boundaries(int[] text, int from, int to) {
        List<String> tokens = Tokenizer.words(text(text, from, to));
        BitSet boundaries = new BitSet(to - from + 1);
        int offset = 0;
        boundaries.set(0);
        for (String token : tokens) {
            offset += Texts.codePoints(token);
            boundaries.set(offset);
        }
        return boundaries;
    }

    private static void reverse(int[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
