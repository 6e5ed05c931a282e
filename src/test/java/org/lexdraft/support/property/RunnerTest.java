package org.lexdraft.support.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RunnerTest {

    private static final Gen<String> WORDS = Gen.string(Gen.charOf("ab\uD83D\uDC4D"), 0, 5);

    @Test
    void aFailingPropertyReportsItsTrySeedAndInput() {
        AssertionError error = assertThrows(AssertionError.class, () -> new Runner(1000).run("p", 42L,
                source -> new Object[] {WORDS.generate(source)},
                values -> assertTrue(!((String) values[0]).contains("bb"), "no bb")));

        assertTrue(error.getMessage().startsWith("Property p failed on try "), error.getMessage());
        assertTrue(error.getMessage().contains("with seed 42 (reproduce with -Dproperty.seed=42)"),
                error.getMessage());
        assertTrue(error.getMessage().contains("  input 1: \""), error.getMessage());
        assertTrue(error.getMessage().contains("no bb"), error.getMessage());
    }

    @Test
    void theSameSeedDrawsTheSameInputsAndAnotherSeedOthers() {
        assertEquals(drawn(7L), drawn(7L));
        assertNotEquals(drawn(7L), drawn(8L));
    }

    @Test
    void theFirstTriesAreTheEmptyAndTheLongestThenEdgesOfEveryRange() {
        List<String> inputs = drawn(1L);

        assertEquals("", inputs.get(0));
        assertEquals("\uD83D\uDC4D".repeat(5), inputs.get(1));
        assertTrue(inputs.contains("a"), "a single char among the edge cases");
        assertEquals(1000, inputs.size());
    }

    @Test
    void surrogatePairsAreDrawnWholeAtEitherEndOfAString() {
        List<String> inputs = drawn(3L);

        assertTrue(inputs.stream().anyMatch(s -> s.startsWith("\uD83D\uDC4D") && s.length() > 2));
        assertTrue(inputs.stream().anyMatch(s -> s.endsWith("\uD83D\uDC4D") && s.length() > 2));
        assertTrue(inputs.stream().allMatch(s -> s.codePoints().allMatch(cp -> cp < 0xD800 || cp > 0xDFFF)));
    }

    @Test
    void discardedInputsDoNotCountAsTries() {
        List<Integer> checked = new ArrayList<>();
        new Runner(100).run("p", 5L, source -> new Object[] {Gen.integers(0, 9).generate(source)}, values -> {
            Property.assume((Integer) values[0] % 2 == 0);
            checked.add((Integer) values[0]);
        });

        assertEquals(100, checked.size());
        assertTrue(checked.stream().allMatch(value -> value % 2 == 0));
    }

    @Test
    void aPropertyWhoseInputsAreAllDiscardedFails() {
        assertThrows(AssertionError.class, () -> new Runner(10).run("p", 5L,
                source -> new Object[] {1}, values -> Property.assume(false)));
    }

    @Test
    void uniqueListsHoldDistinctElements() {
        Gen<List<String>> lists = Gen.string(Gen.charOf("abc"), 2, 2).uniqueList(1, 8);
        for (long seed = 0; seed < 200; seed++) {
            List<String> list = lists.generate(Source.seeded(seed));
            assertEquals(list.size(), list.stream().distinct().count());
            assertTrue(list.size() >= 1 && list.size() <= 8);
        }
    }

    private static List<String> drawn(long seed) {
        List<String> inputs = new ArrayList<>();
        new Runner(1000).run("p", seed, source -> new Object[] {WORDS.generate(source)},
                values -> inputs.add((String) values[0]));
        return inputs;
    }
}
