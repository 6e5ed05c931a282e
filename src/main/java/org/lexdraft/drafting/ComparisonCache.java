package org.lexdraft.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
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

    @Inject
    LexdraftConfig config;

    private final Map<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private final AtomicLong hits = new AtomicLong();

    synchronized byte[] get(String key) {
        byte[] found = entries.get(key);
        if (found != null) {
            hits.incrementAndGet();
        }
        return found;
    }

    synchronized void put(String key, byte[] json) {
        long limit = Math.max(0, config.limits().comparisonCacheBytes());
        if (json.length > limit / 2) {
            return;
        }
        byte[] before = entries.put(key, json);
        bytes += json.length - (before == null ? 0 : before.length);
        var eldest = entries.values().iterator();
        while (bytes > limit && eldest.hasNext()) {
            bytes -= eldest.next().length;
            eldest.remove();
        }
    }

    /** How many comparisons this instance has sent from here since it started. */
    public long hits() {
        return hits.get();
    }

    public synchronized long bytes() {
        return bytes;
    }
}
