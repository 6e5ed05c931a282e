package org.lexdraft.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the event stream ({@code lexdraft.events.*}, or LEXDRAFT_EVENTS_* variables). */
@ConfigMapping(prefix = "lexdraft.events")
public interface EventsConfig {

    /** Interval of the keep-alive comments on an open stream (the contract promises at most 25 s). */
    @WithDefault("20s")
    Duration keepAlive();

    /** The reconnection delay a stream tells its clients ({@code retry:}). */
    @WithDefault("3s")
    Duration retry();

    /** Events a stream holds for a client that reads slower than they come; past it the stream closes. */
    @WithDefault("1000")
    int buffer();

    /** Rows read from the outbox at a time, when replaying and when the hub catches up. */
    @WithDefault("200")
    int batch();

    /** The hub reads the outbox this often even when nothing woke it (NOTIFY promises no delivery). */
    @WithDefault("10s")
    Duration safetyPoll();

    /** Longest wait between two attempts to reconnect the LISTEN connection (PostgreSQL). */
    @WithDefault("10s")
    Duration listenerMaxBackoff();
}
