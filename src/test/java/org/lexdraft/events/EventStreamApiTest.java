package org.lexdraft.events;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.delegation.Member;
import org.lexdraft.drafting.Draft;
import org.lexdraft.support.Api;
import org.lexdraft.support.EventStreamReader;
import org.lexdraft.support.EventStreamReader.Sse;

/** GET /api/events as text/event-stream: live delivery, resumption, keep-alive and refusals before the stream. */
@QuarkusTest
class EventStreamApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String TEXT = "Cluster munition means a conventional munition. It disperses explosive submunitions.";

    @Inject
    EventService events;

    @Test
    void everyKindOfChangeArrivesLiveWithItsFields() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        String slug = Api.term();
        try (EventStreamReader stream = EventStreamReader.open(owner.drafter(), "term=" + slug)) {
            assertEquals(200, stream.status());
            assertTrue(stream.contentType().startsWith("text/event-stream"), stream.contentType());
            assertEquals("lexdraft events", stream.nextComment(WAIT).text());
            assertEquals(3000, stream.retry(WAIT));

            long draft = Api.draft(owner.drafter(), slug, TEXT, "delegation");
            Sse created = stream.next(WAIT);
            assertEquals("draft.created", created.type());
            JsonPath data = created.json();
            assertEquals(created.id(), data.getLong("id"));
            assertEquals("draft.created", data.getString("type"));
            assertEquals(slug, data.getString("term"));
            assertEquals(draft, data.getLong("draft"));
            assertEquals(1, data.getInt("version"));
            assertEquals(owner.code(), data.getString("delegation"));
            assertEquals(owner.drafter(), data.getString("actor"));
            assertNotNull(data.getString("at"));
            assertNull(data.get("text"), "no texts in events");

            Api.as(owner.drafter()).body(Map.of("visibility", "tabled")).patch("/api/drafts/" + draft).then().statusCode(200);
            assertEquals("draft.tabled", stream.next(WAIT).type());
            Api.as(owner.drafter()).body(Map.of("title", "Revised title")).patch("/api/drafts/" + draft).then().statusCode(200);
            assertEquals("draft.updated", stream.next(WAIT).type());

            Api.version(owner.drafter(), draft, TEXT.replace("conventional", "CONVENTIONAL"), 1);
            Sse version = stream.next(WAIT);
            assertEquals("version.created", version.type());
            assertEquals(2, version.json().getInt("version"));
            // a stale base with disjoint edits is merged: the merged write is an event too
            Api.as(owner.drafter()).body(Map.of("text", TEXT.replace("explosive", "EXPLOSIVE"), "baseVersion", 1))
                    .post("/api/drafts/" + draft + "/versions").then().statusCode(201).body("merged", equalTo(true));
            Sse merged = stream.next(WAIT);
            assertEquals("version.created", merged.type());
            assertEquals(3, merged.json().getInt("version"));

            long comment = Api.comment(other.drafter(), draft, Map.of("version", 3, "body", "Too broad."));
            Sse commented = stream.next(WAIT);
            assertEquals("comment.created", commented.type());
            assertEquals(comment, commented.json().getLong("comment"));
            assertEquals(3, commented.json().getInt("version"));
            assertEquals(other.code(), commented.json().getString("delegation"));
            assertEquals(other.drafter(), commented.json().getString("actor"));

            Api.as(other.drafter()).body(Map.of("body", "Far too broad.")).patch("/api/comments/" + comment).then().statusCode(200);
            Sse edited = stream.next(WAIT);
            assertEquals("comment.updated", edited.type());
            assertEquals(comment, edited.json().getLong("comment"));
            Api.as(owner.drafter()).body(Map.of("status", "resolved")).patch("/api/comments/" + comment).then().statusCode(403);
            Api.as(other.drafter()).body(Map.of("status", "resolved")).patch("/api/comments/" + comment).then().statusCode(200);
            Sse resolved = stream.next(WAIT);
            assertEquals("comment.updated", resolved.type());
            assertEquals(other.drafter(), resolved.json().getString("actor"));

            Api.as(other.drafter()).body(Map.of("stance", "oppose", "version", 3))
                    .put("/api/drafts/" + draft + "/positions/" + other.code()).then().statusCode(201);
            Sse position = stream.next(WAIT);
            assertEquals("position.changed", position.type());
            assertEquals(other.code(), position.json().getString("delegation"));
            assertEquals(3, position.json().getInt("version"));

            QuarkusTransaction.requiringNew().run(() -> events.translationCreated(Draft.findById(draft),
                    Member.findByUsername(owner.drafter()).orElseThrow()));
            Sse translation = stream.next(WAIT);
            assertEquals("translation.created", translation.type());
            assertEquals(draft, translation.json().getLong("draft"));

            List<Long> ids = List.of(created.id(), version.id(), merged.id(), commented.id(), edited.id(), resolved.id(),
                    position.id(), translation.id());
            for (int i = 1; i < ids.size(); i++) {
                assertTrue(ids.get(i) > ids.get(i - 1), "ids increase along the stream: " + ids);
            }
        }
    }

    @Test
    void refusedWritesLeaveNoEvent() {
        Api.Team owner = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(owner.drafter(), slug, TEXT, "tabled");
        try (EventStreamReader stream = EventStreamReader.open(owner.drafter(), "term=" + slug)) {
            stream.nextComment(WAIT);
            Api.as(owner.observer()).body(Map.of("text", "x", "baseVersion", 1)).post("/api/drafts/" + draft + "/versions")
                    .then().statusCode(403);
            Api.as(owner.drafter()).body(Map.of("text", "x", "baseVersion", 7)).post("/api/drafts/" + draft + "/versions")
                    .then().statusCode(422);
            Api.as(owner.drafter()).body(Map.of("visibility", "delegation")).patch("/api/drafts/" + draft).then().statusCode(409);
            Api.as(owner.drafter()).body(Map.of("version", 1, "body", "  ")).post("/api/drafts/" + draft + "/comments")
                    .then().statusCode(400);
            Api.version(owner.drafter(), draft, TEXT + " Marker.", 1);
            Sse next = stream.next(WAIT);
            assertEquals("version.created", next.type(), "the first event after the refusals is the accepted write");
            assertEquals(2, next.json().getInt("version"));
        }
        Api.as(owner.drafter()).accept("application/json").get("/api/events?term=" + slug).then().statusCode(200)
                .body("items.type", equalTo(List.of("draft.created", "version.created")));
    }

    @Test
    void resumesAfterLastEventIdWithNothingLostOrRepeated() {
        Api.Team owner = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(owner.drafter(), slug, TEXT, "tabled");
        long first;
        try (EventStreamReader stream = EventStreamReader.open(owner.drafter(), "term=" + slug + "&after=0")) {
            first = stream.next(WAIT).id();
        }
        // written while no stream was open
        for (int v = 1; v <= 3; v++) {
            Api.version(owner.drafter(), draft, TEXT + " v" + (v + 1), v);
        }
        try (EventStreamReader stream = EventStreamReader.open(owner.drafter(), "term=" + slug + "&after=0",
                Map.of("Last-Event-ID", Long.toString(first)))) {
            List<Sse> replayed = stream.take(3, WAIT);
            assertEquals(List.of(2, 3, 4), replayed.stream().map(e -> e.json().getInt("version")).toList(),
                    "Last-Event-ID wins over after");
            Api.version(owner.drafter(), draft, TEXT + " v5", 4);
            Sse live = stream.next(WAIT);
            assertEquals(5, live.json().getInt("version"));
            assertTrue(live.id() > replayed.get(2).id());
            assertNull(stream.next(Duration.ofMillis(1500)), "nothing repeated after the live event");
        }
    }

    @Test
    void resumesAfterTheQueryParameter() {
        Api.Team owner = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(owner.drafter(), slug, TEXT, "tabled");
        Api.version(owner.drafter(), draft, TEXT + " two", 1);
        Api.version(owner.drafter(), draft, TEXT + " three", 2);
        List<Long> ids = Api.as(owner.drafter()).accept("application/json").get("/api/events?term=" + slug)
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertEquals(3, ids.size());
        try (EventStreamReader stream = EventStreamReader.open(owner.drafter(), "term=" + slug + "&after=" + ids.get(0))) {
            List<Sse> replayed = stream.take(2, WAIT);
            assertEquals(ids.subList(1, 3), replayed.stream().map(Sse::id).toList());
            assertNull(stream.next(Duration.ofMillis(1000)));
        }
    }

    @Test
    void aStreamWithoutACursorIsLiveOnly() {
        Api.Team owner = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(owner.drafter(), slug, TEXT, "tabled");
        try (EventStreamReader stream = EventStreamReader.open(owner.drafter(), "term=" + slug)) {
            stream.nextComment(WAIT);
            Api.version(owner.drafter(), draft, TEXT + " two", 1);
            Sse first = stream.next(WAIT);
            assertEquals("version.created", first.type(), "the draft's creation, before the stream, is not replayed");
        }
    }

    @Test
    void withoutATermEveryTermIsStreamed() {
        Api.Team owner = Api.Team.create();
        String one = Api.term();
        String two = Api.term();
        try (EventStreamReader stream = EventStreamReader.open(owner.drafter(), "")) {
            stream.nextComment(WAIT);
            long a = Api.draft(owner.drafter(), one, TEXT, "tabled");
            long b = Api.draft(owner.drafter(), two, TEXT, "tabled");
            assertEquals(one, stream.until("draft.created", a, WAIT).json().getString("term"));
            assertEquals(two, stream.until("draft.created", b, WAIT).json().getString("term"));
        }
    }

    @Test
    void keepAliveCommentsAreSentWhileIdle() {
        Api.Team owner = Api.Team.create();
        try (EventStreamReader stream = EventStreamReader.open(owner.observer(), "term=" + Api.term())) {
            assertEquals("lexdraft events", stream.nextComment(WAIT).text());
            // the test profile sets lexdraft.events.keep-alive=1s
            assertEquals("keep-alive", stream.nextComment(WAIT).text());
            assertEquals("keep-alive", stream.nextComment(WAIT).text());
        }
    }

    @Test
    void anonymousCallersGet401ProblemBeforeAnyStream() {
        try (EventStreamReader stream = EventStreamReader.open(null, "")) {
            assertEquals(401, stream.status());
            assertTrue(stream.contentType().startsWith("application/problem+json"));
            assertTrue(stream.body().contains("/problems/unauthorized"));
        }
        try (EventStreamReader stream = EventStreamReader.open("http://localhost:" + io.restassured.RestAssured.port,
                "nobody", "wrong-password", "", Map.of())) {
            assertEquals(401, stream.status());
            assertTrue(stream.contentType().startsWith("application/problem+json"));
        }
        Api.anonymous().accept("application/json").get("/api/events").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownTermIs404ProblemBeforeAnyStream() {
        Api.Team owner = Api.Team.create();
        try (EventStreamReader stream = EventStreamReader.open(owner.drafter(), "term=no-such-term-" + Api.code().toLowerCase())) {
            assertEquals(404, stream.status());
            assertTrue(stream.contentType().startsWith("application/problem+json"));
            assertTrue(stream.body().contains("/problems/not-found"));
        }
    }

    @Test
    void malformedCursorsAre400ProblemsNamingTheField() {
        Api.Team owner = Api.Team.create();
        String slug = Api.term();
        for (Map.Entry<String, Map<String, String>> bad : List.of(
                Map.entry("term=" + slug + "&after=-1", Map.<String, String>of()),
                Map.entry("term=" + slug + "&after=abc", Map.<String, String>of()),
                Map.entry("term=" + slug + "&after=99999999999999999999999", Map.<String, String>of()),
                Map.entry("term=" + slug, Map.of("Last-Event-ID", "abc")),
                Map.entry("term=" + slug, Map.of("Last-Event-ID", "-5")))) {
            try (EventStreamReader stream = EventStreamReader.open(owner.drafter(), bad.getKey(), bad.getValue())) {
                assertEquals(400, stream.status(), bad.toString());
                assertTrue(stream.contentType().startsWith("application/problem+json"), bad.toString());
                String body = stream.body();
                assertTrue(body.contains("/problems/validation"), body);
                assertTrue(body.contains(bad.getValue().isEmpty() ? "\"after\"" : "\"Last-Event-ID\""), body);
            }
        }
    }

    @Test
    void anAcceptWithNeitherRepresentationIs406() {
        Api.Team owner = Api.Team.create();
        Api.as(owner.drafter()).accept("text/html").get("/api/events").then().statusCode(406)
                .contentType("application/problem+json").body("type", containsString("not-acceptable"));
    }

    @Test
    void closedStreamsAreFreed() {
        Api.Team owner = Api.Team.create();
        String slug = Api.term();
        int before = openStreams();
        EventStreamReader one = EventStreamReader.open(owner.drafter(), "term=" + slug);
        EventStreamReader two = EventStreamReader.open(owner.drafter(), "term=" + slug);
        one.nextComment(WAIT);
        two.nextComment(WAIT);
        assertEquals(before + 2, openStreams());
        one.close();
        two.close();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (openStreams() > before && System.nanoTime() < deadline) {
            Api.draft(owner.drafter(), slug, TEXT, "tabled"); // a write makes the server notice a dead connection
            sleep(200);
        }
        assertEquals(before, openStreams());
    }

    private static int openStreams() {
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("lexdraft_events_streams_open "))
                .map(l -> (int) Double.parseDouble(l.substring(l.indexOf(' ') + 1))).findFirst().orElseThrow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
