package org.lexdraft.common;

import java.security.SecureRandom;

/**
 * Ids that tell nothing: random, from 1 to 2^53 - 1 (so that JavaScript reads them exactly).
 * Sequential ids would let a delegation count, and time, the private drafts and comments of others
 * from the gaps between the ids it sees. Among a million ids a collision has a chance of about one
 * in 18,000, and the primary key refuses it (a 409 problem, never a silent overwrite).
 */
public final class RandomIds {

    /** Every id is below this: 2^53, the first integer a JavaScript number cannot tell from its neighbour. */
    public static final long LIMIT = 1L << 53;

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    public static long next() {
        long id;
        do {
            id = RANDOM.nextLong() >>> 11; // 53 random bits
        } while (id == 0);
        return id;
    }
}
