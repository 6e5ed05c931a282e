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

    @Produces
    @Singleton
    ThreeWayMerge threeWayMerge(DiffEngine engine) {
        return new ThreeWayMerge(engine);
    }
}
