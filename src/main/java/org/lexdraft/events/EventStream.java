package org.lexdraft.events;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * One client's stream: replays the outbox after its cursor, then takes the events the hub fans out,
 * dropping what it already has, and writes them only as fast as the client reads (the SSE writer
 * requests one item at a time). At most {@code capacity} events wait for a slow client; one more
 * closes the stream, and the client resumes from the outbox with Last-Event-ID.
 *
 * <p>Replaying and going live meet without a gap: the stream is registered with the hub before it
 * reads the outbox, and it stays in replay until a read has reached the end and the hub has offered
 * nothing newer meanwhile. Every event the hub offers is committed, so a further read finds it.
 *
 * @param <T> what the client is sent (an SSE event)
 */
public final class EventStream<T> {

    private static final Logger LOG = Logger.getLogger(EventStream.class);

    /** The outbox as a stream reads it. */
    public interface Source {
        List<EventRecord> visible(EventScope scope, long after, int limit);
    }

    /** How events and comments are written for the client. */
    public interface Format<T> {
        T hello();

        T event(EventRecord e);

        T keepAlive();
    }

    /** What a stream reports to whoever runs it. */
    public interface Listener {
        void opened(EventStream<?> stream);

        void closed(EventStream<?> stream);

        void delivered();

        void overflowed();
    }

    private final EventScope scope;
    private final Source source;
    private final Executor executor;
    private final Format<T> format;
    private final Listener listener;
    private final int capacity;
    private final int batch;

    private final ArrayDeque<EventRecord> queue = new ArrayDeque<>();
    private MultiEmitter<? super T> emitter;
    /** The newest position taken from the outbox or the hub (sent or waiting in the queue). */
    private long lastQueued;
    /** The newest position the hub offered while the stream was still replaying. */
    private long offeredDuringReplay;
    private boolean replaying = true;
    private boolean replayScheduled;
    private boolean helloSent;
    private boolean closed;
    private boolean draining;

    public EventStream(EventScope scope, long after, Source source, Executor executor, Format<T> format,
                       Listener listener, int capacity, int batch) {
        this.scope = scope;
        this.lastQueued = after;
        this.source = source;
        this.executor = executor;
        this.format = format;
        this.listener = listener;
        this.capacity = Math.max(1, capacity);
        this.batch = Math.max(1, Math.min(batch, Math.max(1, capacity / 2)));
    }

    /** The stream as the HTTP layer subscribes to it; nothing is held until it subscribes. */
    public Multi<T> multi() {
        return Multi.createFrom().emitter(e -> {
            synchronized (this) {
                emitter = e;
            }
            e.onRequest(n -> drain());
            e.onTermination(this::terminated);
            listener.opened(this);
            drain();
        });
    }

    public EventScope scope() {
        return scope;
    }

    /** A committed event, in position order, from the hub. */
    public synchronized void offer(EventRecord e) {
        if (closed || !scope.includes(e)) {
            return;
        }
        if (replaying) {
            offeredDuringReplay = Math.max(offeredDuringReplay, e.id());
            return;
        }
        if (e.id() <= lastQueued) {
            return;
        }
        if (queue.size() >= capacity) {
            overflow();
            return;
        }
        queue.add(e);
        lastQueued = e.id();
        drain();
    }

    /** A comment line, so that proxies and clients know the connection is alive. */
    public synchronized void keepAlive() {
        if (!closed && emitter != null && helloSent && emitter.requested() > 0) {
            emitter.emit(format.keepAlive());
        }
    }

    /** Ends the stream (shutdown); the client reconnects elsewhere and resumes. */
    public synchronized void close() {
        if (!closed) {
            closed = true;
            queue.clear();
            if (emitter != null) {
                emitter.complete();
            }
        }
    }

    private synchronized void drain() {
        if (closed || emitter == null) {
            return;
        }
        if (draining) {
            // a request made from inside emit(): the loop below goes on, without a deeper stack
            return;
        }
        draining = true;
        try {
            while (!closed && emitter.requested() > 0) {
                if (!helloSent) {
                    helloSent = true;
                    emitter.emit(format.hello());
                    continue;
                }
                EventRecord next = queue.poll();
                if (next == null) {
                    break;
                }
                emitter.emit(format.event(next));
                listener.delivered();
            }
        } finally {
            draining = false;
        }
        if (closed) {
            return;
        }
        if (replaying && !replayScheduled && queue.size() <= capacity / 2) {
            replayScheduled = true;
            executor.execute(this::replayStep);
        }
    }

    /** Reads one batch of the outbox after the cursor; schedules itself again from drain() while there is more. */
    private void replayStep() {
        long from;
        synchronized (this) {
            if (closed) {
                return;
            }
            from = lastQueued;
        }
        List<EventRecord> page;
        try {
            page = source.visible(scope, from, batch);
        } catch (RuntimeException e) {
            LOG.warnf("Closing an event stream: the outbox cannot be read (%s)", e.getMessage());
            synchronized (this) {
                replayScheduled = false;
                fail(e);
            }
            return;
        }
        synchronized (this) {
            replayScheduled = false;
            if (closed) {
                return;
            }
            for (EventRecord e : page) {
                if (e.id() > lastQueued) {
                    queue.add(e);
                    lastQueued = e.id();
                }
            }
            if (page.size() < batch && offeredDuringReplay <= lastQueued) {
                replaying = false;
            }
            drain();
        }
    }

    private void overflow() {
        LOG.debugf("Closing an event stream whose client is %d events behind", queue.size());
        listener.overflowed();
        close();
    }

    private void fail(Throwable failure) {
        if (!closed) {
            closed = true;
            queue.clear();
            emitter.fail(failure);
        }
    }

    private void terminated() {
        synchronized (this) {
            closed = true;
            queue.clear();
        }
        listener.closed(this);
    }
}
