package org.lexdraft.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lexdraft.delegation.Member;
import org.lexdraft.drafting.Draft;
import org.lexdraft.support.Api;
import org.lexdraft.support.EventStreamReader;
import org.lexdraft.support.EventStreamReader.Sse;

/**
 * Positions follow commit order under concurrent writers, so a stream and a reader resuming "after N"
 * hold every acknowledged write exactly once, in order; and a transaction that holds a lower position
 * is never overtaken (the commit-order pitfall of identity ids).
 */
@QuarkusTest
class EventOrderingTest {

    private static final int WRITERS = 8;
    private static final int WRITES = 20;
    private static final String TEXT = "Cluster munition means a conventional munition designed to disperse submunitions.";

    @Inject
    EventService events;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eightWritersTimesTwentyWritesArriveOnceEachInCommitOrder() throws Exception {
        Api.Team watcher = Api.Team.create();
        String slug = Api.term();
        String code = Api.delegation();
        List<String> writers = new ArrayList<>();
        List<Long> drafts = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String writer = Api.member(code, "drafter");
            writers.add(writer);
            drafts.add(Api.draft(writer, slug, TEXT + " Writer " + w + ".", "tabled"));
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (EventStreamReader stream = EventStreamReader.open(watcher.observer(), "term=" + slug)) {
            stream.nextComment(Duration.ofSeconds(10));
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String writer = writers.get(w);
                long draft = drafts.get(w);
                done.add(pool.submit(() -> {
                    for (int v = 1; v <= WRITES; v++) {
                        Api.version(writer, draft, TEXT + " Writer's edit " + v + ".", v);
                        acknowledged.add(draft + ":" + (v + 1));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertEquals(WRITERS * WRITES, acknowledged.size());

            List<Sse> received = stream.take(WRITERS * WRITES, Duration.ofSeconds(60));
            assertEquals(WRITERS * WRITES, received.size(), "one event per acknowledged write");
            assertEquals(acknowledged, toSet(received.stream().map(e -> e.json().getLong("draft") + ":" + e.json().getInt("version")).toList()));
            assertIncreasing(received.stream().map(Sse::id).toList());
            Map<Long, List<Integer>> perDraft = new HashMap<>();
            for (Sse e : received) {
                assertEquals("version.created", e.type());
                perDraft.computeIfAbsent(e.json().getLong("draft"), k -> new ArrayList<>()).add(e.json().getInt("version"));
            }
            for (List<Integer> numbers : perDraft.values()) {
                assertEquals(rangeFrom2(WRITES), numbers, "each draft's versions in the order they were numbered");
            }
            assertEquals(null, stream.next(Duration.ofMillis(500)), "nothing repeated");

            // the audit trail holds the same events in the same order
            List<Long> feed = new ArrayList<>();
            long after = received.get(0).id() - 1;
            while (true) {
                var page = Api.as(watcher.observer()).accept("application/json")
                        .get("/api/events?term=" + slug + "&limit=37&after=" + after).then().statusCode(200).extract().jsonPath();
                List<Long> ids = page.getList("items.id", Long.class);
                if (ids.isEmpty()) {
                    break;
                }
                feed.addAll(ids);
                after = page.getLong("next");
            }
            assertEquals(received.stream().map(Sse::id).toList(), feed);
        }
        assertGapless();
    }

    @Test
    void aSlowTransactionHoldingALowerPositionIsNotOvertaken() throws Exception {
        Api.Team owner = Api.Team.create();
        String slug = Api.term();
        long slowDraft = Api.draft(owner.drafter(), slug, TEXT, "tabled");
        long fastDraft = Api.draft(owner.drafter(), slug, TEXT, "tabled");
        long before = Api.as(owner.drafter()).accept("application/json").get("/api/events?term=" + slug)
                .then().statusCode(200).extract().jsonPath().getLong("next");
        CountDownLatch positioned = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (EventStreamReader stream = EventStreamReader.open(owner.observer(), "term=" + slug)) {
            stream.nextComment(Duration.ofSeconds(10));
            Future<?> slow = pool.submit(() -> {
                QuarkusTransaction.requiringNew().timeout(60).run(() -> {
                    Draft d = Draft.findById(slowDraft);
                    d.title = "Retitled slowly";
                    events.draftChanged(d, Member.findByUsername(owner.drafter()).orElseThrow(), false, true);
                    positioned.countDown();
                    await(release);
                });
                return null;
            });
            assertTrue(positioned.await(10, TimeUnit.SECONDS));
            Future<Integer> fast = pool.submit(() -> Api.as(owner.drafter())
                    .body(Map.of("text", TEXT + " Fast.", "baseVersion", 1))
                    .post("/api/drafts/" + fastDraft + "/versions").statusCode());
            Thread.sleep(700);
            assertFalse(fast.isDone(), "a later writer waits for the position held by the open transaction");
            // a reader that resumes meanwhile finds nothing new, rather than the later write alone
            assertEquals(List.of(), Api.as(owner.observer()).accept("application/json")
                    .get("/api/events?term=" + slug + "&after=" + before).then().statusCode(200).extract().jsonPath()
                    .getList("items.id", Long.class));
            release.countDown();
            slow.get(30, TimeUnit.SECONDS);
            assertEquals(201, fast.get(30, TimeUnit.SECONDS));

            List<Sse> live = stream.take(2, Duration.ofSeconds(10));
            assertEquals(List.of("draft.updated", "version.created"), live.stream().map(Sse::type).toList());
            assertEquals(slowDraft, live.get(0).json().getLong("draft"));
            assertTrue(live.get(0).id() < live.get(1).id(), "ids increase along the stream");
            var resumed = Api.as(owner.observer()).accept("application/json")
                    .get("/api/events?term=" + slug + "&after=" + before).then().statusCode(200).extract().jsonPath();
            assertEquals(live.stream().map(Sse::id).toList(), resumed.getList("items.id", Long.class));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackChangeLeavesNoEvent() {
        Api.Team owner = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(owner.drafter(), slug, TEXT, "tabled");
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Draft d = Draft.findById(draft);
                d.title = "Never committed";
                events.draftChanged(d, Member.findByUsername(owner.drafter()).orElseThrow(), false, true);
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        Api.version(owner.drafter(), draft, TEXT + " Committed.", 1);
        List<String> types = Api.as(owner.drafter()).accept("application/json").get("/api/events?term=" + slug)
                .then().statusCode(200).extract().jsonPath().getList("items.type", String.class);
        assertEquals(List.of("draft.created", "version.created"), types);
        assertGapless();
    }

    private void assertGapless() throws RuntimeException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), min(id), max(id) from event_outbox")) {
            rs.next();
            assertEquals(1, rs.getLong(2), "positions start at 1");
            assertEquals(rs.getLong(1), rs.getLong(3), "positions have no gaps");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Integer> rangeFrom2(int writes) {
        List<Integer> numbers = new ArrayList<>();
        for (int v = 2; v <= writes + 1; v++) {
            numbers.add(v);
        }
        return numbers;
    }

    private static void assertIncreasing(List<Long> ids) {
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i) > ids.get(i - 1), "ids increase along the stream at " + i + ": " + ids);
        }
    }

    private static Set<String> toSet(List<String> values) {
        Set<String> set = new TreeSet<>(values);
        assertEquals(values.size(), set.size(), "no event twice");
        return set;
    }
}
