package org.lexdraft.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The buffer policy of one stream, without HTTP: where replay meets live delivery, and what a client
 * that does not read costs. The outbox here is a list of committed rows.
 */
class EventStreamTest {

    private static final EventScope SCOPE = new EventScope(7, null);

    private final List<EventRecord> outbox = new ArrayList<>();
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final AtomicInteger overflowed = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();

    @Test
    void aClientThatStopsReadingIsClosedOnceItsBufferIsFull() {
        EventStream<String> stream = stream(0, 4);
        AssertSubscriber<String> client = stream.multi().subscribe().withSubscriber(AssertSubscriber.create(1));
        runTasks();
        assertEquals(List.of("hello"), client.getItems());
        for (long id = 1; id <= 4; id++) {
            stream.offer(event(id));
        }
        client.assertNotTerminated();
        stream.offer(event(5));
        client.assertCompleted();
        assertEquals(1, overflowed.get());
        assertEquals(0, open.get(), "a closed stream is released");
        assertEquals(List.of("hello"), client.getItems());
    }

    @Test
    void aClientThatReadsAsEventsComeIsNeverClosed() {
        EventStream<String> stream = stream(0, 4);
        AssertSubscriber<String> client = stream.multi().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        runTasks();
        for (long id = 1; id <= 50; id++) {
            stream.offer(event(id));
        }
        client.assertNotTerminated();
        assertEquals(51, client.getItems().size());
        assertEquals(0, overflowed.get());
    }

    @Test
    void replayAndLiveMeetWithoutGapOrRepeat() {
        for (long id = 1; id <= 5; id++) {
            outbox.add(event(id));
        }
        EventStream<String> stream = stream(2, 100);
        AssertSubscriber<String> client = stream.multi().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        stream.offer(event(4)); // the hub is behind the replay: offered while replaying, read from the outbox
        runTasks();
        stream.offer(event(5)); // already replayed
        outbox.add(event(6));
        stream.offer(event(6));
        assertEquals(List.of("hello", "3", "4", "5", "6"), client.getItems());
    }

    @Test
    void anEventCommittedDuringTheLastReplayReadIsNotLost() {
        EventStream<String>[] holder = new EventStream[1];
        AtomicInteger reads = new AtomicInteger();
        EventStream.Source source = (scope, after, limit) -> {
            if (reads.getAndIncrement() == 0) {
                // committed and fanned out by the hub while this read ran, after its snapshot
                outbox.add(event(1));
                holder[0].offer(event(1));
                return List.of();
            }
            return outbox.stream().filter(e -> e.id() > after).limit(limit).toList();
        };
        holder[0] = new EventStream<>(SCOPE, 0, source, tasks::add, format(), listener(), 100, 10);
        AssertSubscriber<String> client = holder[0].multi().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        runTasks();
        assertEquals(List.of("hello", "1"), client.getItems());
        assertEquals(2, reads.get(), "the stream read again before going live");
    }

    @Test
    void eventsOutsideTheScopeAreNotSent() {
        EventStream<String> stream = stream(0, 100);
        AssertSubscriber<String> client = stream.multi().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        runTasks();
        stream.offer(new EventRecord(1, 1, "version.created", 1, "t", 1, 2, null, "NOR", "hansen", 8L, Instant.now()));
        stream.offer(event(2));
        assertEquals(List.of("hello", "2"), client.getItems());
    }

    @Test
    void cancellingReleasesTheStream() {
        EventStream<String> stream = stream(0, 100);
        AssertSubscriber<String> client = stream.multi().subscribe().withSubscriber(AssertSubscriber.create(1));
        runTasks();
        assertEquals(1, open.get());
        client.cancel();
        assertEquals(0, open.get());
    }

    private EventStream<String> stream(long after, int capacity) {
        EventStream.Source source = (scope, from, limit) -> outbox.stream()
                .filter(e -> e.id() > from && scope.includes(e)).limit(limit).toList();
        return new EventStream<>(SCOPE, after, source, tasks::add, format(), listener(), capacity, 10);
    }

    private void runTasks() {
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
            task.run();
        }
    }

    private static EventRecord event(long id) {
        return new EventRecord(id, id, "version.created", 1, "t", 1, (int) id, null, "RUS", "ivanov", null, Instant.now());
    }

    private static EventStream.Format<String> format() {
        return new EventStream.Format<>() {
            @Override
            public String hello() {
                return "hello";
            }

            @Override
            public String event(EventRecord e) {
                return Long.toString(e.id());
            }

            @Override
            public String keepAlive() {
                return "keep-alive";
            }
        };
    }

    private EventStream.Listener listener() {
        return new EventStream.Listener() {
            @Override
            public void opened(EventStream<?> stream) {
                open.incrementAndGet();
            }

            @Override
            public void closed(EventStream<?> stream) {
                open.decrementAndGet();
            }

            @Override
            public void delivered() {
            }

            @Override
            public void overflowed() {
                overflowed.incrementAndGet();
            }
        };
    }
}
