package org.lexdraft.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each distinct token one char, so that diff-match-patch can diff token sequences as strings
 * (its own "lines to chars" trick, extended to any token). One alphabet serves one diff.
 */
final class TokenAlphabet {

    /** Every char value except the 2048 surrogates, which diff-match-patch would treat as halves. */
    static final int MAX_CAPACITY = 0x10000 - 0x800;

    private static final int SURROGATES_START = 0xD800;
    private static final int SURROGATES_COUNT = 0x800;

    private final int capacity;
    private final Map<String, Character> codes = new HashMap<>();

    TokenAlphabet(int capacity) {
        this.capacity = checkCapacity(capacity);
    }

    static int checkCapacity(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("token capacity must be in 1.." + MAX_CAPACITY + ": " + capacity);
        }
        return capacity;
    }

    String encode(List<String> tokens) {
        char[] encoded = new char[tokens.size()];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = codeOf(tokens.get(i));
        }
        return new String(encoded);
    }

    private char codeOf(String token) {
        Character code = codes.get(token);
        if (code != null) {
            return code;
        }
        if (codes.size() < capacity) {
            char fresh = charAt(codes.size());
            codes.put(token, fresh);
            return fresh;
        }
        // Out of chars: distinct tokens now share one. The expansion compares the real tokens, so
        // the diff stays exact; it only gets coarser where shared chars were matched wrongly.
        return charAt(Math.floorMod(token.hashCode(), capacity));
    }

    static char charAt(int index) {
        return (char) (index < SURROGATES_START ? index : index + SURROGATES_COUNT);
    }
}
