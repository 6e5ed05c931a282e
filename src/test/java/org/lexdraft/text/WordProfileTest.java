package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordProfileTest {

    @Test
    void textsWithoutACommonWordPairEstimateZero() {
        assertEquals(0.0, WordProfile.of("cluster munition means").estimate(WordProfile.of("a weapon scattering bomblets")));
    }

    @Test
    void whitespaceDoesNotCount() {
        assertEquals(1.0, WordProfile.of("cluster  munition\nmeans").estimate(WordProfile.of("cluster munition means")));
    }

    @Test
    void wordOrderCountsAPart() {
        double sameOrder = WordProfile.of("a b c d e f").estimate(WordProfile.of("a b c d e g"));
        double shuffled = WordProfile.of("a b c d e f").estimate(WordProfile.of("f e d c b a"));

        assertTrue(sameOrder > shuffled, sameOrder + " > " + shuffled);
    }

    @Test
    void longTextsAreTellApartFromAFixedSample() {
        StringBuilder a = new StringBuilder();
        StringBuilder unrelated = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            a.append("word").append(i).append(' ');
            // every word pair of this text has an odd word that the other text spells differently
            unrelated.append(i % 2 == 0 ? "word" : "other").append(i).append(' ');
        }
        String edited = a.toString().replace("word777 ", "changed ");

        assertTrue(WordProfile.of(a.toString()).estimate(WordProfile.of(unrelated.toString())) < 0.05);
        assertTrue(WordProfile.of(a.toString()).estimate(WordProfile.of(edited)) > 0.95);
    }
}
