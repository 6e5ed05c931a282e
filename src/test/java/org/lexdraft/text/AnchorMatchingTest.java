package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnchorMatchingTest {

    @Test
    void regionEqualsComparesTheWholeRegionWithinTheText() {
        int[] text = AnchorMatching.codePoints("use cluster munitions");

        assertTrue(AnchorMatching.regionEquals(text, 0, 3, AnchorMatching.codePoints("use")));
        assertTrue(AnchorMatching.regionEquals(text, 12, 21, AnchorMatching.codePoints("munitions")));
        assertTrue(AnchorMatching.regionEquals(text, 4, 11, AnchorMatching.codePoints("cluster")));
        assertTrue(AnchorMatching.regionEquals(text, 21, 21, new int[0]));
        assertFalse(AnchorMatching.regionEquals(text, 4, 11, AnchorMatching.codePoints("clusters")));
        assertFalse(AnchorMatching.regionEquals(text, 4, 12, AnchorMatching.codePoints("cluster")));
        assertFalse(AnchorMatching.regionEquals(text, 5, 12, AnchorMatching.codePoints("cluster")));
        // Ranges reaching out of the text are never equal, and never read outside it.
        assertFalse(AnchorMatching.regionEquals(text, -1, 2, AnchorMatching.codePoints("xus")));
        assertFalse(AnchorMatching.regionEquals(text, 19, 22, AnchorMatching.codePoints("ns ")));
        assertFalse(AnchorMatching.regionEquals(text, 3, 2, AnchorMatching.codePoints("")));
    }

    @Test
    void wordEdgesAreBoundariesButNotTheInsideOfAWord() {
        int[] text = AnchorMatching.codePoints("to employ cluster");

        assertTrue(AnchorMatching.isBoundary(text, 0));
        assertTrue(AnchorMatching.isBoundary(text, 2));
        assertTrue(AnchorMatching.isBoundary(text, 3));
        assertFalse(AnchorMatching.isBoundary(text, 4));
        assertTrue(AnchorMatching.isBoundary(text, text.length));
        assertEquals(9, AnchorMatching.boundaryAtOrAfter(text, 4));
        assertEquals(3, AnchorMatching.boundaryAtOrBefore(text, 4));
        assertEquals(9, AnchorMatching.boundaryAtOrAfter(text, 9));
    }

    @Test
    void anEmojiSequenceIsNeverCutAndEachIdeographStandsAlone() {
        // Thumbs up, skin tone, then a family joined by ZWJs, then three ideographs.
        int[] text = AnchorMatching.codePoints("a 👍🏽 👩\u200D👩\u200D👧 缔约国");

        assertFalse(AnchorMatching.isBoundary(text, 3));
        assertEquals(4, AnchorMatching.boundaryAtOrAfter(text, 3));
        assertEquals(2, AnchorMatching.boundaryAtOrBefore(text, 3));
        assertEquals(10, AnchorMatching.boundaryAtOrAfter(text, 7));
        assertTrue(AnchorMatching.isBoundary(text, 12));
        assertTrue(AnchorMatching.isBoundary(text, 13));
    }

    @Test
    void noBoundaryNearGivesThePositionBack() {
        int[] text = AnchorMatching.codePoints("x " + "a".repeat(500) + " y");

        assertEquals(250, AnchorMatching.boundaryAtOrAfter(text, 250));
        assertEquals(250, AnchorMatching.boundaryAtOrBefore(text, 250));
    }

    @Test
    void occurrencesOverlap() {
        assertArrayEquals(new int[] {0, 1, 2}, AnchorMatching.occurrences(AnchorMatching.codePoints("aaaa"),
                AnchorMatching.codePoints("aa")));
        assertArrayEquals(new int[] {0, 1, 2}, AnchorMatching.occurrences(AnchorMatching.codePoints("ab"), new int[0]));
        assertArrayEquals(new int[0], AnchorMatching.occurrences(new int[0], AnchorMatching.codePoints("a")));
    }

    @Test
    void contextDistanceCountsAnInsertionIntoTheContextOnce() {
        AnchorMatching.Context context = new AnchorMatching.Context("shall not ", " cluster munitions");
        int[] text = AnchorMatching.codePoints("shall not ever use any cluster munitions");

        // "ever " between the prefix and the quote, "any" between the quote and the suffix.
        assertEquals(5 + 4, context.distance(text, 15, 18));
        assertEquals(0, new AnchorMatching.Context("", null).distance(text, 15, 18));
    }

    @Test
    void onlyTheThirtyTwoCodePointsNextToTheQuoteCount() {
        String near = "b".repeat(32);
        AnchorMatching.Context context = new AnchorMatching.Context("x".repeat(40) + near, near + "y".repeat(40));
        int[] text = AnchorMatching.codePoints(near + "Q" + near);

        assertEquals(0, context.distance(text, 32, 33));
    }

    @Test
    void aPatternIsAtMostSixtyFourCodePoints() {
        assertThrows(IllegalArgumentException.class, () -> new AnchorMatching.Pattern(new int[65]));
        assertEquals(0, new AnchorMatching.Pattern(new int[64]).distance(new int[64], 0, 1, 64));
    }
}
