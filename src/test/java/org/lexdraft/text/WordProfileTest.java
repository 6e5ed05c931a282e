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

    /**
     * Below the sample size the estimate is exact: 60 distinct words with the 30th replaced share 58
     * of their 60 word pairs (the pair before and the pair after the word change), 62 in all; the
     * estimate is 2J / (1 + J) for J = 58 / 62, the share of matched words a word diff would give.
     */
    @Test
    void shortTextsAreEstimatedExactlyFromTheirWordPairs() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 60; k++) {
            String word = "w" + Integer.toString(k * 7919 % 1000, 36) + "x" + k;
            a.append(word).append(' ');
            b.append(k == 29 ? "replaced" : word).append(' ');
        }
        double jaccard = 58.0 / 62;

        assertEquals(2 * jaccard / (1 + jaccard), WordProfile.of(a.toString()).estimate(WordProfile.of(b.toString())), 1e-12);
        // repeated word pairs count once: the text twice over adds only the pair across the seam
        assertEquals(120.0 / 121, WordProfile.of(a.toString()).estimate(WordProfile.of(a + a.toString())), 1e-12);
    }
}
