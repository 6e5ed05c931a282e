package org.lexdraft.support.property;

import java.util.SplittableRandom;

/**
 * Runs a property: {@code tries} inputs, each from its own seeded {@link Source}. The first tries
 * choose only ends of ranges (all lowest: empty strings and lists; all highest; then ends at random),
 * the rest at random with a bias towards the ends. On failure it reports the property, the try, the
 * seed that reproduces it and the failing input.
 */
final class Runner {

    /*
     * Not under "lexdraft.": that prefix is the service's configuration mapping, and a @QuarkusTest
     * refuses to start with a system property under it that maps to nothing (SRCFG00050), so the
     * seed of a failed property over HTTP could not be replayed.
     */

    /** The seed of a run: a number, or {@code random} for a new one (printed). */
    static final String SEED_PROPERTY = "property.seed";
    /** Multiplies every property's tries (for a longer hunt); default 1. */
    static final String TRIES_FACTOR_PROPERTY = "property.tries-factor";
    /** The default seed: the year the cluster munition negotiations began, so runs repeat. */
    static final long DEFAULT_SEED = 2007L;
    static final double EDGE_BIAS = 0.05;
    /** Tries that draw only ends of ranges, after the all-lowest and all-highest ones. */
    private static final int EDGE_TRIES = 8;
    /** A property stops drawing once this many times its tries were discarded by assumptions. */
    private static final int MAX_DISCARD_RATIO = 5;

    private static final long RUN_SEED = runSeed();

    private final int tries;

    Runner(int tries) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries " + tries);
        }
        this.tries = tries;
    }

    /** Tries as a property states them, times the factor of this run. */
    static int scaled(int tries) {
        return tries * Math.max(1, Integer.getInteger(TRIES_FACTOR_PROPERTY, 1));
    }

    static long runSeed() {
        String configured = System.getProperty(SEED_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return DEFAULT_SEED;
        }
        if (configured.equals("random")) {
            long seed = new SplittableRandom().nextLong();
            System.err.println("[property] -D" + SEED_PROPERTY + "=" + seed);
            return seed;
        }
        try {
            return Long.parseLong(configured.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED_PROPERTY + " must be a number or 'random', not " + configured);
        }
    }

    /** Runs the property named {@code name}; {@code check} throws on failure, {@link Discarded} to skip. */
    void run(String name, Gen<Object[]> input, Check check) {
        run(name, RUN_SEED, input, check);
    }

    void run(String name, long runSeed, Gen<Object[]> input, Check check) {
        long propertySeed = mix(runSeed ^ mix(name.hashCode()));
        int checked = 0;
        int discarded = 0;
        for (int attempt = 0; checked < tries && discarded <= MAX_DISCARD_RATIO * tries; attempt++) {
            Source source = new Source(mix(propertySeed + attempt * 0x9E3779B97F4A7C15L), mode(attempt), EDGE_BIAS);
            Object[] values = input.generate(source);
            try {
                check.accept(values);
                checked++;
            } catch (Discarded e) {
                discarded++;
            } catch (Throwable failure) {
                throw new AssertionError(report(name, runSeed, attempt, values, failure), failure);
            }
        }
        if (checked == 0) {
            throw new AssertionError("Property " + name + " checked nothing: every one of " + discarded
                    + " inputs was discarded by its assumptions");
        }
    }

    private static Source.Mode mode(int attempt) {
        return attempt == 0 ? Source.Mode.LOWEST
                : attempt == 1 ? Source.Mode.HIGHEST
                : attempt < 2 + EDGE_TRIES ? Source.Mode.EDGES
                : Source.Mode.RANDOM;
    }

    private static String report(String name, long runSeed, int attempt, Object[] values, Throwable failure) {
        StringBuilder sb = new StringBuilder("Property ").append(name).append(" failed on try ").append(attempt + 1)
                .append(" with seed ").append(runSeed).append(" (reproduce with -D").append(SEED_PROPERTY)
                .append('=').append(runSeed).append(")\n");
        for (int i = 0; i < values.length; i++) {
            sb.append("  input ").append(i + 1).append(": ").append(Describe.value(values[i])).append('\n');
        }
        sb.append("  failure: ").append(failure);
        return sb.toString();
    }

    /** SplitMix64's finaliser: nearby seeds give unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @FunctionalInterface
    interface Check {
        void accept(Object[] values) throws Throwable;
    }

    /** Thrown by {@link Property#assume} to skip an input. */
    static final class Discarded extends RuntimeException {
        Discarded() {
            super(null, null, false, false);
        }
    }
}
