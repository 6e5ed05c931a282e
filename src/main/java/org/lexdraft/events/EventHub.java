package org.lexdraft.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The instance's one reader of the outbox: it reads the rows after its cursor and offers each to every
 * open stream. It is woken after each local commit that appended events, by the PostgreSQL listener
 * for other instances' commits, and by a slow safety poll; it reads from its cursor whatever woke it,
 * so a lost wake-up delays delivery but loses nothing.
 */
@ApplicationScoped
public class EventHub implements EventStream.Listener {

    private static final Logger LOG = Logger.getLogger(EventHub.class);

    @Inject
    EventStore store;

    @Inject
    EventsConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    Databases databases;

    private final Set<EventStream<?>> streams = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private volatile long cursor;
    private volatile double lagSeconds;
    private Thread reader;
    private ScheduledExecutorService keepAlive;
    private ExecutorService replay;
    private PgNotifyListener listener;
    private Counter delivered;
    private Counter overflowed;

    void start(@Observes StartupEvent startup) {
        cursor = store.head();
        delivered = Counter.builder("lexdraft.events.delivered")
                .description("Events written to event streams").register(registry);
        overflowed = Counter.builder("lexdraft.events.streams.overflowed")
                .description("Streams closed because their client fell too far behind").register(registry);
        Gauge.builder("lexdraft.events.streams.open", streams, Set::size)
                .description("Open event streams on this instance").register(registry);
        Gauge.builder("lexdraft.events.hub.lag", this, hub -> hub.lagSeconds).baseUnit("seconds")
                .description("Time from the append of the newest event fanned out to its fan-out").register(registry);
        Gauge.builder("lexdraft.events.hub.position", this, hub -> hub.cursor)
                .description("Position of the newest event this instance has fanned out").register(registry);
        running = true;
        replay = Executors.newFixedThreadPool(2, threads("lexdraft-events-replay"));
        keepAlive = Executors.newSingleThreadScheduledExecutor(threads("lexdraft-events-keepalive"));
        long interval = Math.max(1, config.keepAlive().toMillis());
        keepAlive.scheduleAtFixedRate(() -> streams.forEach(EventStream::keepAlive), interval, interval, TimeUnit.MILLISECONDS);
        reader = threads("lexdraft-events-hub").newThread(this::run);
        reader.start();
        if (databases.isPostgresql()) {
            listener = new PgNotifyListener(databases, this, config.listenerMaxBackoff(), registry);
            listener.start();
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wake();
        if (listener != null) {
            listener.stop();
        }
        streams.forEach(EventStream::close);
        if (keepAlive != null) {
            keepAlive.shutdownNow();
        }
        if (replay != null) {
            replay.shutdownNow();
        }
    }

    /** After the commit of a local transaction that appended events. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsAppended appended) {
        wake();
    }

    /** Something may have been committed: read the outbox from the cursor. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** A stream of the caller's scope after {@code after}, replayed from the outbox and then live. */
    public <T> EventStream<T> stream(EventScope scope, long after, EventStream.Format<T> format) {
        return new EventStream<>(scope, after, store::visible, replay, format, this, config.buffer(), config.batch());
    }

    /** Whether the PostgreSQL listener is connected (always true on H2, which has none). */
    public boolean listening() {
        return listener == null || listener.connected();
    }

    public long position() {
        return cursor;
    }

    public int openStreams() {
        return streams.size();
    }

    @Override
    public void opened(EventStream<?> stream) {
        streams.add(stream);
    }

    @Override
    public void closed(EventStream<?> stream) {
        streams.remove(stream);
    }

    @Override
    public void delivered() {
        delivered.increment();
    }

    @Override
    public void overflowed() {
        overflowed.increment();
    }

    private void run() {
        long poll = Math.max(10, config.safetyPoll().toMillis());
        while (running) {
            try {
                synchronized (signal) {
                    if (!woken) {
                        signal.wait(poll);
                    }
                    woken = false;
                }
                if (running) {
                    catchUp();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("The event hub cannot read the outbox (%s); it tries again", e.getMessage());
                sleep(Math.min(poll, 1000));
            }
        }
    }

    private void catchUp() {
        int batch = Math.max(1, config.batch());
        List<EventRecord> events;
        do {
            events = store.after(cursor, batch);
            for (EventRecord e : events) {
                for (EventStream<?> stream : streams) {
                    stream.offer(e);
                }
                cursor = e.id();
            }
            if (!events.isEmpty()) {
                Instant at = events.get(events.size() - 1).at();
                lagSeconds = Math.max(0, Duration.between(at, Instant.now()).toNanos() / 1e9);
            }
        } while (events.size() == batch && running);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
