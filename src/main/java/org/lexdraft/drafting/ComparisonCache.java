package org.lexdraft.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.lexdraft.common.LexdraftConfig;

/**
 * Whole comparisons as sent, by a key that {@link ComparisonService} derives from everything a
 * comparison shows of the drafts one delegation can see (ids, heads, titles, status, visibility,
 * language versions): any change to any of them is a new key, so an entry is never stale and
 * never needs invalidating, on this instance or after another instance wrote. A reader only ever
 * gets an entry made under its own delegation's key. Bounded by
 * {@code lexdraft.limits.comparison-cache-bytes}, least recently used first out; a comparison
 * larger than half of it is not kept.
 */
@ApplicationScoped
public class ComparisonCache {

    private final BoundedBytes<String> entries;
    private final AtomicLong hits = new AtomicLong();

    @Inject
    public ComparisonCache(LexdraftConfig config) {
        long limit = Math.max(0, config.limits().comparisonCacheBytes());
        this.entries = new BoundedBytes<>(limit, limit / 2);
    }

    byte[] get(String key) {
        byte[] found = entries.get(key);
        if (found != null) {
            hits.incrementAndGet();
        }
        return found;
    }

    void put(String key, byte[] json) {
        entries.put(key, json);
    }

    /** How many comparisons this instance has sent from here since it started. */
    public long hits() {
        return hits.get();
    }

    public long bytes() {
        return entries.bytes();
    }
}
