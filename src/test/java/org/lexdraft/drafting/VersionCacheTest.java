package org.lexdraft.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The version cache's bound, in bytes of JSON, and what it never keeps. */
class VersionCacheTest {

    private static final int EIGHTH = (int) (VersionCache.MAX_BYTES / 16);

    @Test
    void theLeastRecentlyReadGoesFirstWhenTheBytesRunOut() {
        VersionCache cache = new VersionCache();
        for (int n = 1; n <= 16; n++) {
            cache.put(1, version(7, n, null), false, new byte[EIGHTH]);
        }
        assertEquals(VersionCache.MAX_BYTES, cache.bytes());
        assertNotNull(cache.get(1, 7, 1)); // read: now the most recent

        cache.put(1, version(7, 17, null), false, new byte[EIGHTH]);

        assertNull(cache.get(1, 7, 2), "version 2 was read least recently");
        assertNotNull(cache.get(1, 7, 1));
        assertNotNull(cache.get(1, 7, 17));
        assertEquals(VersionCache.MAX_BYTES, cache.bytes());
    }

    @Test
    void oneOverASixteenthOfTheBoundIsNotKept() {
        VersionCache cache = new VersionCache();
        cache.put(1, version(7, 1, null), false, new byte[EIGHTH + 1]);
        cache.put(1, version(7, 2, null), false, new byte[EIGHTH]);

        assertNull(cache.get(1, 7, 1));
        assertEquals(EIGHTH, cache.get(1, 7, 2).length);
        assertEquals(EIGHTH, cache.bytes());
    }

    @Test
    void aVersionWhoseParentTheReaderCouldNotSeeIsNotKept() {
        VersionCache cache = new VersionCache();
        cache.put(1, version(7, 1, 3L), false, new byte[10]);
        cache.put(2, version(7, 1, 3L), true, new byte[12]);

        assertNull(cache.get(1, 7, 1), "the parent's draft may be tabled later");
        assertEquals(12, cache.get(2, 7, 1).length);
    }

    @Test
    void entriesArePerDelegationAndAReplacedOneCountsOnce() {
        VersionCache cache = new VersionCache();
        cache.put(1, version(7, 1, null), false, new byte[10]);
        cache.put(1, version(7, 1, null), false, new byte[30]);
        cache.put(2, version(7, 1, null), false, new byte[5]);

        assertEquals(30, cache.get(1, 7, 1).length);
        assertEquals(5, cache.get(2, 7, 1).length);
        assertNull(cache.get(3, 7, 1));
        assertEquals(35, cache.bytes());
    }

    private static DraftVersion version(long draftId, int number, Long parentDraftId) {
        Draft d = new Draft();
        d.id = draftId;
        DraftVersion v = new DraftVersion();
        v.draft = d;
        v.number = number;
        v.parentDraftId = parentDraftId;
        v.parentNumber = parentDraftId == null ? null : 1;
        return v;
    }
}
