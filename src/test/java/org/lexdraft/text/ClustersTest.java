package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ends of the code point ranges that {@link Clusters} joins to the character before them. */
class ClustersTest {

    private static final int THUMBS_UP = 0x1F44D;
    private static final int WAVING_BLACK_FLAG = 0x1F3F4;

    @Test
    void everySkinToneModifiesTheEmojiBeforeIt() {
        for (int tone = 0x1F3FB; tone <= 0x1F3FF; tone++) {
            assertTrue(Clusters.continues(THUMBS_UP, tone, 0), Integer.toHexString(tone));
        }
        // Just outside: the amphora and the rat are emoji of their own.
        assertFalse(Clusters.continues(THUMBS_UP, 0x1F3FA, 0));
        assertFalse(Clusters.continues(THUMBS_UP, 0x1F400, 0));
    }

    @Test
    void regionalIndicatorsFromAToZPairUp() {
        int a = 0x1F1E6;
        int z = 0x1F1FF;
        assertTrue(Clusters.continues(a, 0x1F1E9, 1), "Andorra");
        assertTrue(Clusters.continues(z, a, 1), "South Africa");
        assertTrue(Clusters.continues(0x1F1E7, z, 1), "Belize");
        assertTrue(Clusters.continues(0x1F1FA, a, 1), "Ukraine");
        assertTrue(Clusters.isRegionalIndicator(a));
        assertTrue(Clusters.isRegionalIndicator(z));
        assertFalse(Clusters.isRegionalIndicator(a - 1));
        assertFalse(Clusters.isRegionalIndicator(z + 1));
        // A third indicator starts the next flag.
        assertFalse(Clusters.continues(a, 0x1F1E9, 2));
    }

    @Test
    void everyTagCharacterContinuesASubdivisionFlag() {
        for (int tag = 0xE0020; tag <= 0xE007F; tag++) {
            assertTrue(Clusters.continues(WAVING_BLACK_FLAG, tag, 0), Integer.toHexString(tag));
        }
        assertFalse(Clusters.continues(WAVING_BLACK_FLAG, 0xE001F, 0));
        assertFalse(Clusters.continues(WAVING_BLACK_FLAG, 0xE0080, 0));
        assertFalse(Clusters.continues(WAVING_BLACK_FLAG, 'E', 0));
    }
}
