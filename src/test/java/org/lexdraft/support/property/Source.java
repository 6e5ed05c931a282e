package org.lexdraft.support.property;

import java.util.SplittableRandom;

/**
 * The randomness behind one try of a property: a seeded {@link SplittableRandom} and a bias towards
 * the ends of every range (empty strings and lists, single elements, the first and last code point
 * of a block), which is where text code breaks.
 */
public final class Source {

    private final SplittableRandom random;
    private final Mode mode;
    private final double edgeBias;

    /** How choices are made: all at the low end, all at the high end, only at the ends, or mostly at random. */
    enum Mode { LOWEST, HIGHEST, EDGES, RANDOM }

    Source(long seed, Mode mode, double edgeBias) {
        this.random = new SplittableRandom(seed);
        this.mode = mode;
        this.edgeBias = edgeBias;
    }

    /** A source for ad-hoc use (tests of generators themselves). */
    public static Source seeded(long seed) {
        return new Source(seed, Mode.RANDOM, Runner.EDGE_BIAS);
    }

    /** An int in {@code [min, max]}, both inclusive. */
    public int between(int min, int max) {
        return (int) between((long) min, (long) max);
    }

    /** A long in {@code [min, max]}, both inclusive. */
    public long between(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        if (min == max) {
            return min;
        }
        switch (mode) {
            case LOWEST:
                return min;
            case HIGHEST:
                return max;
            case EDGES:
                return edge(min, max);
            default:
                if (random.nextDouble() < edgeBias) {
                    return edge(min, max);
                }
                if (max - min + 1 <= 0) { // the whole long range, or more than Long.MAX_VALUE values
                    long value = random.nextLong();
                    return value < min ? min : value > max ? max : value;
                }
                return min + random.nextLong(max - min + 1);
        }
    }

    /** One of the ends, or 0 or 1 where the range holds them (the usual edge cases). */
    private long edge(long min, long max) {
        long[] edges = {min, max, min + 1, max - 1, 0, 1};
        for (int attempt = 0; attempt < 8; attempt++) {
            long candidate = edges[random.nextInt(edges.length)];
            if (candidate >= min && candidate <= max) {
                return candidate;
            }
        }
        return min;
    }

    public boolean nextBoolean() {
        return between(0, 1) == 1;
    }
}
