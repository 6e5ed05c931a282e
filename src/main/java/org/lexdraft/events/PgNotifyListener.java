package org.lexdraft.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Learns of other instances' commits: LISTEN on one dedicated pgjdbc connection of its own (outside
 * the pool), waiting in {@code getNotifications(timeout)} with a timeout, never 0. A lost connection
 * is reopened with growing back-off; after every (re)connect the hub catches up from its cursor,
 * because notifications sent while nobody listened are gone.
 */
final class PgNotifyListener {

    private static final Logger LOG = Logger.getLogger(PgNotifyListener.class);
    static final String APPLICATION_NAME = "lexdraft-events-listener";
    private static final int WAIT_MILLIS = 500;
    private static final long PROBE_NANOS = Duration.ofSeconds(15).toNanos();

    private final Databases databases;
    private final EventHub hub;
    private final long maxBackoffMillis;
    private final Counter reconnects;
    private volatile boolean running;
    private volatile boolean connected;
    private volatile Connection connection;
    private Thread thread;

    PgNotifyListener(Databases databases, EventHub hub, Duration maxBackoff, MeterRegistry registry) {
        this.databases = databases;
        this.hub = hub;
        this.maxBackoffMillis = Math.max(100, maxBackoff.toMillis());
        this.reconnects = Counter.builder("lexdraft.events.listener.reconnects")
                .description("Times the LISTEN connection to PostgreSQL was lost and opened again").register(registry);
        Gauge.builder("lexdraft.events.listener.connected", this, l -> l.connected ? 1 : 0)
                .description("1 while the LISTEN connection to PostgreSQL is open").register(registry);
    }

    void start() {
        running = true;
        thread = EventHub.threads("lexdraft-events-listener").newThread(this::run);
        thread.start();
    }

    void stop() {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    boolean connected() {
        return connected;
    }

    private void run() {
        long backoff = 100;
        boolean first = true;
        while (running) {
            try (Connection c = open()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + EventService.CHANNEL);
                }
                connected = true;
                if (!first) {
                    LOG.info("The event listener is connected to PostgreSQL again");
                }
                first = false;
                backoff = 100;
                hub.wake();
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (connected) {
                    reconnects.increment();
                }
                connected = false;
                LOG.warnf("The event listener lost PostgreSQL (%s); reconnecting in %d ms", e.getMessage(), backoff);
                sleep(backoff);
                backoff = Math.min(maxBackoffMillis, backoff * 2);
            } finally {
                connected = false;
                connection = null;
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastProbe = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                hub.wake();
            }
            if (System.nanoTime() - lastProbe > PROBE_NANOS) {
                // a connection cut without a word (no FIN, no error) is found by using it
                try (Statement s = c.createStatement()) {
                    s.execute("select 1");
                }
                lastProbe = System.nanoTime();
            }
        }
    }

    private Connection open() throws SQLException {
        Properties props = new Properties();
        databases.username().ifPresent(u -> props.setProperty("user", u));
        databases.password().ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", APPLICATION_NAME);
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("connectTimeout", "5");
        props.setProperty("socketTimeout", "60");
        Connection c = new org.postgresql.Driver().connect(databases.url(), props);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: the event listener needs the PostgreSQL build");
        }
        c.setAutoCommit(true);
        return c;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
