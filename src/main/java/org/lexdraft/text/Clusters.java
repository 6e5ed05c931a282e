package org.lexdraft.text;

/**
 * Decides whether a code point extends the user-perceived character before it (a simplified form
 * of the Unicode grapheme cluster rules, enough that no word token separates what a reader sees
 * as one character).
 */
final class Clusters {

    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private Clusters() {
    }

    /**
     * @param regionalRun how many regional indicators (flag halves) directly precede
     *                    {@code current}; flags pair them up from the start of the run
     */
    static boolean continues(int previous, int current, int regionalRun) {
        return isMark(current)
                || current == ZERO_WIDTH_JOINER
                || previous == ZERO_WIDTH_JOINER && !Character.isWhitespace(current)
                || isEmojiModifier(current)
                || isTag(current)
                || isRegionalIndicator(previous) && isRegionalIndicator(current) && regionalRun % 2 == 1;
    }

    static boolean isRegionalIndicator(int codePoint) {
        return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Skin tones: BreakIterator in Java 17 separates them from the emoji they modify. */
    private static boolean isEmojiModifier(int codePoint) {
        return codePoint >= 0x1F3FB && codePoint <= 0x1F3FF;
    }

    /** Tag characters, which spell out subdivision flags such as England's. */
    private static boolean isTag(int codePoint) {
        return codePoint >= 0xE0020 && codePoint <= 0xE007F;
    }
}
