package org.lexdraft.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.EventStreamReader;

/** The event stream takes every kind of sign-in: a Bearer token, the session cookie (EventSource), Basic. */
@QuarkusTest
class EventStreamSignInTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aBearerTokenFollowsTheStream() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        String token = Api.token(team.observer());
        try (var stream = EventStreamReader.open(null, "term=" + slug, Map.of("Authorization", "Bearer " + token))) {
            assertEquals(200, stream.status());
            long draft = Api.draft(team.drafter(), slug, "Cluster munition means a munition.", "tabled");
            assertNotNull(stream.until("draft.created", draft, WAIT));
        }
    }

    @Test
    void theSessionCookieFollowsTheStreamAsABrowsersEventSourceWould() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        String session = Api.session(team.observer(), Api.PASSWORD);
        try (var stream = EventStreamReader.open(null, "term=" + slug, Map.of("Cookie", "lexdraft_session=" + session))) {
            assertEquals(200, stream.status());
            long draft = Api.draft(team.drafter(), slug, "Cluster munition means a munition.", "tabled");
            assertNotNull(stream.until("draft.created", draft, WAIT));
        }
    }

    @Test
    void aRevokedTokenOrEndedSessionIsRefusedBeforeTheStreamStarts() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        var created = Api.as(team.observer()).body(Map.of("label", "x")).post("/api/tokens").then().statusCode(201)
                .extract().jsonPath();
        Api.as(team.observer()).delete("/api/tokens/" + created.getLong("id")).then().statusCode(204);
        try (var stream = EventStreamReader.open(null, "term=" + slug,
                Map.of("Authorization", "Bearer " + created.getString("token")))) {
            assertEquals(401, stream.status());
            assertEquals("application/problem+json", stream.contentType());
        }
        try (var stream = EventStreamReader.open(null, "term=" + slug, Map.of("Cookie", "lexdraft_session=lxs_none"))) {
            assertEquals(401, stream.status());
        }
    }
}
