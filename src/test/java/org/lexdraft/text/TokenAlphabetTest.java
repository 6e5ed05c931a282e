package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TokenAlphabetTest {

    @Test
    void everyCharButTheSurrogatesServesAsACode() {
        // As many distinct tokens as the alphabet holds: past the 55,296 chars below the surrogates.
        List<String> tokens = IntStream.range(0, TokenAlphabet.MAX_CAPACITY).mapToObj(i -> "t" + i).toList();

        String encoded = new TokenAlphabet(TokenAlphabet.MAX_CAPACITY).encode(tokens);

        Set<Character> codes = new HashSet<>();
        for (char c : encoded.toCharArray()) {
            assertFalse(Character.isSurrogate(c), () -> "surrogate code " + Integer.toHexString(c));
            codes.add(c);
        }
        assertEquals(TokenAlphabet.MAX_CAPACITY, codes.size(), "distinct tokens must have distinct codes");
    }

    @Test
    void oneTokenKeepsOneCode() {
        TokenAlphabet alphabet = new TokenAlphabet(3);

        String encoded = alphabet.encode(List.of("shall", " ", "may", " ", "shall", "must", "not", "shall"));

        assertEquals(encoded.charAt(0), encoded.charAt(4));
        assertEquals(encoded.charAt(0), encoded.charAt(7));
        assertEquals(encoded.charAt(1), encoded.charAt(3));
        // Later tokens share codes, but each keeps its own.
        assertEquals(alphabet.encode(List.of("must", "not")), encoded.substring(5, 7));
    }

    @Test
    void aFullAlphabetUsesNoCharBeyondItsCapacity() {
        List<String> tokens = IntStream.range(0, 200).mapToObj(i -> "word" + i).toList();

        String encoded = new TokenAlphabet(2).encode(tokens);

        assertEquals(Set.of('\u0000', '\u0001'), encoded.chars().mapToObj(c -> (char) c).collect(Collectors.toSet()));
    }

    @Test
    void tokensBeyondTheCapacitySpreadOverTheWholeAlphabet() {
        // Not all on one char: distinct tokens that share a char are matched wrongly, so the fewer
        // share each char the finer the diff.
        List<String> tokens = new ArrayList<>(List.of("a", "b", "c", "d"));
        IntStream.range(0, 400).mapToObj(i -> "late" + i).forEach(tokens::add);

        String encoded = new TokenAlphabet(4).encode(tokens);

        Set<Character> lateCodes = encoded.substring(4).chars().mapToObj(c -> (char) c).collect(Collectors.toSet());
        assertEquals(Set.of('\u0000', '\u0001', '\u0002', '\u0003'), lateCodes);
    }

    @Test
    void capacityRunsFromOneToEveryNonSurrogateChar() {
        assertEquals("\u0000\u0000\u0000", new TokenAlphabet(1).encode(List.of("a", "b", "a")));
        assertTrue(new TokenAlphabet(TokenAlphabet.MAX_CAPACITY).encode(List.of("a")).length() == 1);
        assertThrows(IllegalArgumentException.class, () -> new TokenAlphabet(0));
        assertThrows(IllegalArgumentException.class, () -> new TokenAlphabet(TokenAlphabet.MAX_CAPACITY + 1));
        assertEquals(0x10000 - 0x800, TokenAlphabet.MAX_CAPACITY);
    }
}
