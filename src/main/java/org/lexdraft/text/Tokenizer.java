package org.lexdraft.text;

import java.lang.Character.UnicodeScript;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits a text into the tokens a diff is computed on; the tokens always concatenate to the text. */
final class Tokenizer {

    /**
     * Scripts written without spaces between words. Java's BreakIterator has no dictionary for
     * them and returns a whole phrase as one word, so they are cut per character instead.
     */
    private static final Set<UnicodeScript> UNSPACED_SCRIPTS = EnumSet.of(
            UnicodeScript.HAN, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.KHMER, UnicodeScript.MYANMAR);

    /**
     * Thai, the first of {@link #UNSPACED_SCRIPTS} in code point order: below it the script lookup
     * (a binary search, most of the cost of tokenizing Latin text) can be skipped.
     */
    private static final int FIRST_UNSPACED = 0x0E00;

    private Tokenizer() {
    }

    /** One token per code point; a surrogate pair stays whole. */
    static List<String> codePoints(String text) {
        List<String> tokens = new ArrayList<>(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = start + Character.charCount(text.codePointAt(start));
            tokens.add(text.substring(start, end));
            start = end;
        }
        return tokens;
    }

    /** Lines, each with its '\n'; the last lacks it when the text does not end in one. */
    static List<String> lines(String text) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            tokens.add(text.substring(start, end));
            start = end;
        }
        return tokens;
    }

    /**
     * Words, runs of whitespace and single punctuation marks as {@link BreakIterator} finds them,
     * except that a user-perceived character (see {@link Clusters}) is never cut and that some
     * characters are always tokens of their own (see {@link #standsAlone}).
     */
    static List<String> words(String text) {
        BitSet breaks = wordBreaks(text);
        List<String> tokens = new ArrayList<>();
        int start = 0;
        int previous = -1;
        int clusterBase = -1;
        int regionalRun = 0;
        int i = 0;
        while (i < text.length()) {
            int current = text.codePointAt(i);
            boolean startsCluster = previous < 0 || !Clusters.continues(previous, current, regionalRun);
            if (startsCluster) {
                if (previous >= 0 && (breaks.get(i) || standsAlone(clusterBase) || standsAlone(current))) {
                    tokens.add(text.substring(start, i));
                    start = i;
                }
                clusterBase = current;
            }
            regionalRun = Clusters.isRegionalIndicator(current) ? regionalRun + 1 : 0;
            previous = current;
            i += Character.charCount(current);
        }
        if (start < text.length()) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    private static BitSet wordBreaks(String text) {
        // A new iterator per call: BreakIterator is not thread-safe.
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        BitSet breaks = new BitSet(text.length() + 1);
        for (int boundary = words.first(); boundary != BreakIterator.DONE; boundary = words.next()) {
            breaks.set(boundary);
        }
        return breaks;
    }

    /**
     * Characters of {@link #UNSPACED_SCRIPTS}, and dashes, which Java's BreakIterator (unlike
     * Unicode's word rules) keeps inside a word: "weapons—including" would be one token.
     */
    static boolean standsAlone(int codePoint) {
        return Character.getType(codePoint) == Character.DASH_PUNCTUATION
                || codePoint >= FIRST_UNSPACED && UNSPACED_SCRIPTS.contains(UnicodeScript.of(codePoint));
    }
}
