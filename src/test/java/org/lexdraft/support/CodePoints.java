package org.lexdraft.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

/** Offsets and lengths in Unicode code points, as the API counts them (not UTF-16 units). */
public final class CodePoints {

    private CodePoints() {
    }

    /** The code-point offset of the first occurrence of {@code needle}; fails if there is none. */
    public static int at(String text, String needle) {
        int i = text.indexOf(needle);
        assertTrue(i >= 0, needle + " occurs in the text");
        return text.codePointCount(0, i);
    }

    /** The code-point offset of the last occurrence of {@code needle}; fails if there is none. */
    public static int lastAt(String text, String needle) {
        int i = text.lastIndexOf(needle);
        assertTrue(i >= 0, needle + " occurs in the text");
        return text.codePointCount(0, i);
    }

    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code text[start, end)} in code points. */
    public static String slice(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(Arrays.copyOfRange(cps, start, end), 0, end - start);
    }
}
