package org.lexdraft.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class H2DurabilityTest {

    @Test
    void aBareH2UrlGetsNoWriteDelayALockTimeoutAndAQueryCache() {
        assertEquals("jdbc:h2:file:./data/x;WRITE_DELAY=0;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64",
                H2Durability.durable("jdbc:h2:file:./data/x"));
    }

    @Test
    void aWriteDelayOfTheOperatorIsReplacedAndTheirLockTimeoutAndQueryCacheKept() {
        assertEquals("jdbc:h2:file:x;LOCK_TIMEOUT=2000;AUTO_SERVER=TRUE;query_cache_size=0;WRITE_DELAY=0",
                H2Durability.durable("jdbc:h2:file:x;write_delay=500;LOCK_TIMEOUT=2000;AUTO_SERVER=TRUE;query_cache_size=0"));
    }

    @Test
    void otherUrlsAreLeftAlone() {
        assertEquals("jdbc:postgresql://db:5432/lexdraft", H2Durability.durable("jdbc:postgresql://db:5432/lexdraft"));
    }
}
