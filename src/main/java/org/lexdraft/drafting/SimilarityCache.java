package org.lexdraft.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.lexdraft.common.LexdraftConfig;

/**
 * Exact similarities of pairs of versions, by version id. Versions never change, so an entry never
 * needs invalidating; a value is a function of the two texts alone, and a comparison only asks for
 * pairs of versions its caller can see, so nothing private can come out of it. Bounded by
 * {@code lexdraft.limits.similarity-cache-entries}, least recently used first out; one per instance
 * (another instance computes its own, and gets the same values). Estimates are never put here.
 */
@ApplicationScoped
public class SimilarityCache {

    /** A pair of version ids, smaller first. */
    record Pair(long low, long high) {
        static Pair of(long a, long b) {
            return a < b ? new Pair(a, b) : new Pair(b, a);
        }
    }

    @Inject
    LexdraftConfig config;

    private final Map<Pair, Double> entries = new LinkedHashMap<>(1024, 0.75f, true);
    /** Pairs some request is computing now, so that concurrent comparisons share the work. */
    private final Set<Pair> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicLong computed = new AtomicLong();

    /** The kept similarity of each pair, or null; one lock for the whole batch. */
    synchronized Double[] get(Pair[] pairs) {
        Double[] found = new Double[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            found[k] = entries.get(pairs[k]);
        }
        return found;
    }

    synchronized Double get(Pair pair) {
        return entries.get(pair);
    }

    /** Keeps an exact similarity just computed (and counts it, see {@link #exactPairsComputed}). */
    void put(Pair pair, double similarity) {
        computed.incrementAndGet();
        int limit = Math.max(0, config.limits().similarityCacheEntries());
        synchronized (this) {
            entries.put(pair, similarity);
            var eldest = entries.entrySet().iterator();
            while (entries.size() > limit && eldest.hasNext()) {
                eldest.next();
                eldest.remove();
            }
        }
    }

    /** False when another request is computing this pair now. */
    boolean claim(Pair pair) {
        return inFlight.add(pair);
    }

    void release(Pair pair) {
        inFlight.remove(pair);
    }

    /** How many exact similarities this instance has computed since it started. */
    public long exactPairsComputed() {
        return computed.get();
    }

    public synchronized int size() {
        return entries.size();
    }
}
