package org.lexdraft.common;

import java.security.SecureRandom;

/**
 * Ids that tell nothing: random, positive and below 2^53 (so JavaScript reads them exactly).
 * Sequential ids let a delegation count, and time, the private drafts and comments of others
 * from the gaps between the ids it sees. At these numbers a collision is as good as impossible,
 * and the primary key would refuse one (a 409, never a silent overwrite).
 */
public final class RandomIds {

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
