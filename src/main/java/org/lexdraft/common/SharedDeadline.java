package org.lexdraft.common;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.lexdraft.text.DiffEngine;

/**
 * Diff engines for requests that run several diffs: each diff gets an equal share of the configured
 * deadline (at least {@link #MIN_SHARE}), so the whole request is bounded about as one diff is.
 */
@Singleton
public class SharedDeadline {

    static final Duration MIN_SHARE = Duration.ofMillis(5);

    @Inject
    DiffEngine engine;

    @Inject
    LexdraftConfig config;

    /** An engine for one of {@code diffs} diffs; the configured engine itself when there is only one. */
    public DiffEngine amongst(long diffs) {
        if (diffs <= 1) {
            return engine;
        }
        Duration share = config.limits().diffDeadline().dividedBy(diffs);
        return new DiffEngine(share.compareTo(MIN_SHARE) < 0 ? MIN_SHARE : share);
    }
}
