package org.lexdraft.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as search sees them: runs of letters, digits and combining marks, except
 * that each Han, kana, Thai, Lao, Khmer or Myanmar character stands alone (those scripts do not
 * space their words). Compared lower-cased; offsets are code points of the original text.
 */
final class Words {

    /** Longer words are indexed and searched by their first this many characters. */
    static final int MAX_WORD = 200;

    record Word(String folded, int start, int end) {
    }

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int cp = 0;
        int i = 0;
        int start = -1;
        int startIndex = -1;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (standsAlone(c)) {
                if (start >= 0) {
                    words.add(word(text, startIndex, i, start, cp));
                    start = -1;
                }
                words.add(word(text, i, next, cp, cp + 1));
            } else if (inWord(c)) {
                if (start < 0) {
                    start = cp;
                    startIndex = i;
                }
            } else if (start >= 0) {
                words.add(word(text, startIndex, i, start, cp));
                start = -1;
            }
            i = next;
            cp++;
        }
        if (start >= 0) {
            words.add(word(text, startIndex, text.length(), start, cp));
        }
        return words;
    }

    static String fold(String word) {
        String folded = word.toLowerCase(Locale.ROOT);
        return folded.length() > MAX_WORD ? folded.substring(0, folded.offsetByCodePoints(0, MAX_WORD / 2)) : folded;
    }

    private static Word word(String text, int from, int to, int start, int end) {
        return new Word(fold(text.substring(from, to)), start, end);
    }

    private static boolean inWord(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean standsAlone(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> Character.isLetter(c);
            default -> false;
        };
    }
}
