package org.lexdraft.drafting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.lexdraft.common.LexdraftConfig;

/** The comparison cache's bound: bytes, least recently used first out, nothing over half of it. */
class ComparisonCacheTest {

    @Test
    void theLeastRecentlyUsedGoesFirstWhenTheBytesRunOut() {
        ComparisonCache cache = cacheOf(100);
        cache.put("a", new byte[40]);
        cache.put("b", new byte[40]);
        cache.get("a");
        cache.put("c", new byte[40]);

        assertNull(cache.get("b"), "b was used least recently");
        assertEquals(40, cache.get("a").length);
        assertEquals(40, cache.get("c").length);
        assertEquals(80, cache.bytes());
    }

    @Test
    void aComparisonOverHalfTheBoundIsNotKeptAndOneOfHalfIs() {
        ComparisonCache cache = cacheOf(100);
        cache.put("big", new byte[51]);
        cache.put("half", new byte[50]);

        assertNull(cache.get("big"));
        assertEquals(50, cache.bytes());
        assertEquals(50, cache.get("half").length);
    }

    @Test
    void aReplacedEntryCountsOnceAndHitsAreCounted() {
        ComparisonCache cache = cacheOf(100);
        cache.put("a", new byte[30]);
        cache.put("a", new byte[10]);
        long hits = cache.hits();

        assertArrayEquals(new byte[10], cache.get("a"));
        assertNull(cache.get("missing"));
        assertEquals(10, cache.bytes());
        assertEquals(hits + 1, cache.hits(), "a miss is no hit");
    }

    @Test
    void aBoundOfZeroKeepsNothing() {
        ComparisonCache cache = cacheOf(0);
        cache.put("a", new byte[0]);
        cache.put("b", new byte[1]);

        assertNull(cache.get("b"));
        assertEquals(0, cache.bytes());
    }

    private static ComparisonCache cacheOf(long bytes) {
        LexdraftConfig.Limits limits = (LexdraftConfig.Limits) Proxy.newProxyInstance(
                ComparisonCacheTest.class.getClassLoader(), new Class<?>[] {LexdraftConfig.Limits.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("comparisonCacheBytes")) {
                        return bytes;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new ComparisonCache((LexdraftConfig) Proxy.newProxyInstance(ComparisonCacheTest.class.getClassLoader(),
                new Class<?>[] {LexdraftConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("limits")) {
                        return limits;
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
    }
}
