package org.lexdraft.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.EventStreamReader;
import org.lexdraft.support.EventStreamReader.Sse;

/**
 * A caller sees exactly what it could see when each change happened, live and replayed, on the stream
 * and in the JSON feed: nothing of a draft's private phase, no other delegation's private comment.
 * Each case ends with a public marker, so "the next event is the marker" proves nothing came before.
 */
@QuarkusTest
class EventVisibilityTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String TEXT = "Explosive submunition means a conventional munition that is dispersed.";

    @Test
    void aPrivateDraftIsStreamedOnlyToItsDelegationAndItsPrivatePhaseStaysPrivateAfterTabling() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        String slug = Api.term();
        try (EventStreamReader own = EventStreamReader.open(owner.observer(), "term=" + slug);
             EventStreamReader foreign = EventStreamReader.open(other.drafter(), "term=" + slug);
             EventStreamReader chair = EventStreamReader.open("admin", "term=" + slug)) {
            own.nextComment(WAIT);
            foreign.nextComment(WAIT);
            chair.nextComment(WAIT);
            long draft = Api.draft(owner.drafter(), slug, TEXT, "delegation");
            Api.version(owner.drafter(), draft, TEXT + " Two.", 1);
            Api.comment(owner.drafter(), draft, Map.of("version", 2, "body", "Our own note, public in form."));
            Api.as(owner.drafter()).body(Map.of("stance", "support", "version", 2))
                    .put("/api/drafts/" + draft + "/positions/" + owner.code()).then().statusCode(201);
            Api.as(owner.drafter()).body(Map.of("visibility", "tabled")).patch("/api/drafts/" + draft).then().statusCode(200);
            Api.version(owner.drafter(), draft, TEXT + " Three.", 2);

            assertEquals(List.of("draft.created", "version.created", "comment.created", "position.changed", "draft.tabled",
                    "version.created"), types(own.take(6, WAIT)));
            for (EventStreamReader outsider : List.of(foreign, chair)) {
                List<Sse> seen = outsider.take(2, WAIT);
                assertEquals(List.of("draft.tabled", "version.created"), types(seen));
                assertEquals(3, seen.get(1).json().getInt("version"));
            }
        }
        // replayed, and in the audit trail, the same holds
        try (EventStreamReader replay = EventStreamReader.open(other.drafter(), "term=" + slug + "&after=0")) {
            assertEquals(List.of("draft.tabled", "version.created"), types(replay.take(2, WAIT)));
            assertEquals(null, replay.next(Duration.ofMillis(1000)));
        }
        Api.as(other.drafter()).accept("application/json").get("/api/events?term=" + slug).then().statusCode(200)
                .body("items.type", org.hamcrest.Matchers.equalTo(List.of("draft.tabled", "version.created")));
        Api.admin().accept("application/json").get("/api/events?term=" + slug).then().statusCode(200)
                .body("items.type", org.hamcrest.Matchers.equalTo(List.of("draft.tabled", "version.created")));
        Api.as(owner.observer()).accept("application/json").get("/api/events?term=" + slug).then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(6));
    }

    @Test
    void aDelegationPrivateCommentReachesOnlyThatDelegation() {
        Api.Team owner = Api.Team.create();
        Api.Team reviewer = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(owner.drafter(), slug, TEXT, "tabled");
        try (EventStreamReader ownerStream = EventStreamReader.open(owner.drafter(), "term=" + slug);
             EventStreamReader reviewerStream = EventStreamReader.open(reviewer.observer(), "term=" + slug);
             EventStreamReader chair = EventStreamReader.open("admin", "term=" + slug)) {
            ownerStream.nextComment(WAIT);
            reviewerStream.nextComment(WAIT);
            chair.nextComment(WAIT);
            long note = Api.comment(reviewer.drafter(), draft, Map.of("version", 1, "body", "Internal: we oppose.",
                    "visibility", "delegation"));
            Api.as(reviewer.drafter()).body(Map.of("body", "Internal: we strongly oppose.")).patch("/api/comments/" + note)
                    .then().statusCode(200);
            long reply = Api.comment(reviewer.drafter(), draft, Map.of("version", 1, "body", "Agreed.", "replyTo", note));
            Api.as(reviewer.drafter()).body(Map.of("status", "resolved")).patch("/api/comments/" + note).then().statusCode(200);
            long marker = Api.comment(reviewer.drafter(), draft, Map.of("version", 1, "body", "Public: please narrow it."));

            List<Sse> own = reviewerStream.take(5, WAIT);
            assertEquals(List.of(note, note, reply, note, marker), own.stream().map(e -> e.json().getLong("comment")).toList());
            for (EventStreamReader outsider : List.of(ownerStream, chair)) {
                Sse first = outsider.next(WAIT);
                assertEquals("comment.created", first.type());
                assertEquals(marker, first.json().getLong("comment"), "the private thread is not streamed to others");
            }
        }
        try (EventStreamReader replay = EventStreamReader.open("admin", "term=" + slug + "&after=0")) {
            List<Sse> seen = replay.take(3, Duration.ofSeconds(3));
            assertEquals(List.of("draft.created", "comment.created"), types(seen));
        }
    }

    @Test
    void aCommentOnADraftInPreparationStaysWithItsDelegationAfterTabling() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(owner.drafter(), slug, TEXT, "delegation");
        Api.comment(owner.drafter(), draft, Map.of("version", 1, "body", "Check the weight limit."));
        Api.as(owner.drafter()).body(Map.of("visibility", "tabled")).patch("/api/drafts/" + draft).then().statusCode(200);
        List<String> seen = Api.as(other.observer()).accept("application/json").get("/api/events?term=" + slug)
                .then().statusCode(200).extract().jsonPath().getList("items.type", String.class);
        assertEquals(List.of("draft.tabled"), seen);
    }

    @Test
    void aStreamOfOneTermCarriesNothingOfAnother() {
        Api.Team owner = Api.Team.create();
        String watched = Api.term();
        String elsewhere = Api.term();
        try (EventStreamReader stream = EventStreamReader.open(owner.drafter(), "term=" + watched)) {
            stream.nextComment(WAIT);
            long other = Api.draft(owner.drafter(), elsewhere, TEXT, "tabled");
            Api.version(owner.drafter(), other, TEXT + " Two.", 1);
            long marker = Api.draft(owner.drafter(), watched, TEXT, "tabled");
            Sse first = stream.next(WAIT);
            assertEquals(marker, first.json().getLong("draft"));
            assertEquals(watched, first.json().getString("term"));
        }
        List<String> terms = Api.as(owner.drafter()).accept("application/json").get("/api/events?term=" + watched)
                .then().statusCode(200).extract().jsonPath().getList("items.term", String.class);
        assertFalse(terms.isEmpty());
        assertEquals(List.of(watched), terms.stream().distinct().toList());
    }

    private static List<String> types(List<Sse> events) {
        return events.stream().map(Sse::type).toList();
    }

    /**
     * Event ids are the microsecond of each event (raised by at most a few where events share one), so
     * they grow along the stream but count nothing: between two of its own events a delegation cannot
     * tell whether, or how many, events it may not see happened. Gapless positions told it exactly.
     */
    @Test
    void eventIdsCarryTimeNotTheNumberOfEventsOneCannotSee() {
        Api.Team norway = Api.Team.create();
        Api.Team russia = Api.Team.create();
        String slug = Api.term();
        long own = Api.draft(norway.drafter(), slug, TEXT, "tabled");
        long hidden = Api.draft(russia.drafter(), slug, TEXT, "delegation");
        Api.version(russia.drafter(), hidden, TEXT + " Two.", 1);
        Api.version(russia.drafter(), hidden, TEXT + " Three.", 2);
        Api.version(norway.drafter(), own, TEXT + " Two.", 1);
        Api.version(norway.drafter(), own, TEXT + " Three.", 2);

        var feed = Api.as(norway.drafter()).accept("application/json").get("/api/events?term=" + slug)
                .then().statusCode(200).extract().jsonPath();
        List<Long> ids = feed.getList("items.id", Long.class);
        List<String> at = feed.getList("items.at", String.class);
        assertEquals(List.of("draft.created", "version.created", "version.created"), feed.getList("items.type"));
        for (int i = 0; i < ids.size(); i++) {
            Instant when = Instant.parse(at.get(i));
            long micros = when.getEpochSecond() * 1_000_000L + when.getNano() / 1_000;
            assertTrue(ids.get(i) >= micros && ids.get(i) < micros + 10, "id " + ids.get(i) + " is the time " + at.get(i));
            assertTrue(i == 0 || ids.get(i) > ids.get(i - 1), "ids increase: " + ids);
        }
        // Russia's own reader sees its three events between Norway's, with the same ids for Norway's
        var all = Api.as(russia.drafter()).accept("application/json").get("/api/events?term=" + slug)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("draft.created", "draft.created", "version.created", "version.created", "version.created",
                "version.created"), all.getList("items.type"));
        List<Long> allIds = all.getList("items.id", Long.class);
        assertEquals(List.of(ids.get(1), ids.get(2)), allIds.subList(4, 6));
        // resuming after one of them gives exactly what follows, for either reader
        Api.as(norway.drafter()).accept("application/json").get("/api/events?term=" + slug + "&after=" + ids.get(1))
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.equalTo(List.of(ids.get(2))))
                .body("next", Api.id(ids.get(2)));
        Api.as(russia.drafter()).accept("application/json").get("/api/events?term=" + slug + "&after=" + allIds.get(1))
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(4));
    }
}
