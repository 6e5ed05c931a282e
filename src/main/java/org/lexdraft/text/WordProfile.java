package org.lexdraft.text;

import java.util.Arrays;

/**
 * A cheap stand-in for a diff's similarity when there is no time for one: how many of the two
 * texts' word pairs (each word with the one before it, so that order counts a little) they share,
 * as a Dice coefficient estimated from a bottom-k sketch (the {@link #K} smallest hashes of each
 * text's set of word pairs). A word is a run of letters, digits and combining marks, or any other
 * single code point but whitespace; as in a word diff, each character of a script written without
 * spaces is a word of its own. Building a profile is linear in the text (and a sort of its word
 * pairs); comparing two costs at most 2K steps whatever their length, and is exact for texts of
 * fewer than K distinct word pairs. Ignores repetition and the length of words, so it is an
 * estimate, never to be taken for the diff's value.
 */
public final class WordProfile {

    static final int K = 256;

    private final long[] sketch;

    private WordProfile(long[] sketch) {
        this.sketch = sketch;
    }

    public static WordProfile of(String text) {
        long[] shingles = new long[16];
        int count = 0;
        long previous = 0x9E3779B97F4A7C15L;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            long word = c;
            if (isWordPart(c) && !Tokenizer.standsAlone(c)) {
                while (i < text.length()) {
                    int next = text.codePointAt(i);
                    if (!isWordPart(next) || Tokenizer.standsAlone(next)) {
                        break;
                    }
                    word = 31 * word + next;
                    i += Character.charCount(next);
                }
            }
            word = mix(word);
            if (count == shingles.length) {
                shingles = Arrays.copyOf(shingles, count * 2);
            }
            shingles[count++] = mix(previous * 0xC2B2AE3D27D4EB4FL + word);
            previous = word;
        }
        Arrays.sort(shingles, 0, count);
        long[] sketch = new long[Math.min(count, K)];
        int kept = 0;
        for (int k = 0; k < count && kept < K; k++) {
            if (kept == 0 || shingles[k] != sketch[kept - 1]) {
                sketch[kept++] = shingles[k];
            }
        }
        return new WordProfile(Arrays.copyOf(sketch, kept));
    }

    /** From 0 (no word pair in common) to 1 (the same word pairs); symmetric. */
    public double estimate(WordProfile other) {
        long[] a = sketch;
        long[] b = other.sketch;
        if (a.length == 0 || b.length == 0) {
            return a.length == b.length ? 1.0 : 0.0;
        }
        // the K smallest hashes of the union, and how many of them are in both sets
        int i = 0;
        int j = 0;
        int union = 0;
        int both = 0;
        while (union < K && (i < a.length || j < b.length)) {
            if (j == b.length || i < a.length && a[i] < b[j]) {
                i++;
            } else if (i == a.length || b[j] < a[i]) {
                j++;
            } else {
                both++;
                i++;
                j++;
            }
            union++;
        }
        double jaccard = (double) both / union;
        return 2 * jaccard / (1 + jaccard);
    }

    private static boolean isWordPart(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** A 64-bit finaliser (splitmix64), so that the smallest hashes are a fair sample. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
