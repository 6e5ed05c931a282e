package org.lexdraft.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.lexdraft.text.DiffEngine;
import org.lexdraft.text.ThreeWayMerge;

/** The text engine is plain Java; this is where the service configures it. */
public class TextEngineProducer {

    @Produces
    @Singleton
    DiffEngine diffEngine(LexdraftConfig config) {
        return new DiffEngine(config.limits().diffDeadline());
    }

    /**
     * A merge takes two diffs; each gets half the deadline, so that a merged write (merge, then the
     * blame of the result) is bounded by about two deadlines in all.
     */
    @Produces
    @Singleton
    ThreeWayMerge threeWayMerge(SharedDeadline deadline) {
        return new ThreeWayMerge(deadline.amongst(2));
    }
}
