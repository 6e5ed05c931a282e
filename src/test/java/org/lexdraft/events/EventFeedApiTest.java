package org.lexdraft.events;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;
import org.lexdraft.support.Links;

/** GET /api/events with Accept: application/json, the audit trail: pages by after, limit and next. */
@QuarkusTest
class EventFeedApiTest {

    private static final String TEXT = "Cluster munition means a munition designed to disperse submunitions.";

    @Test
    void pagesFollowNextWithNothingLostOrRepeated() {
        Api.Team owner = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(owner.drafter(), slug, TEXT, "tabled");
        for (int v = 1; v <= 6; v++) {
            Api.version(owner.drafter(), draft, TEXT + " v" + (v + 1), v);
        }
        List<Integer> versions = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        long after = 0;
        for (int pages = 0; pages < 10; pages++) {
            Response page = Api.as(owner.observer()).accept("application/json")
                    .get("/api/events?term=" + slug + "&limit=3&after=" + after);
            page.then().statusCode(200).contentType("application/json");
            List<Long> pageIds = page.jsonPath().getList("items.id", Long.class);
            if (pageIds.isEmpty()) {
                assertEquals(after, page.jsonPath().getLong("next"), "an empty page names the same cursor");
                assertEquals(Map.of(), Links.of(page), "an empty page links nowhere");
                break;
            }
            assertEquals(pageIds.get(pageIds.size() - 1), page.jsonPath().getLong("next"));
            if (pageIds.size() == 3) {
                assertEquals(String.valueOf(pageIds.get(2)), Links.query(Links.target(page, "next"), "after"));
            }
            ids.addAll(pageIds);
            versions.addAll(page.jsonPath().getList("items.version", Integer.class));
            after = page.jsonPath().getLong("next");
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), versions);
        assertEquals(ids.stream().distinct().sorted().toList(), ids, "increasing, none repeated");
    }

    @Test
    void aChangeThatChangesNothingIsNoEvent() {
        Api.Team owner = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(owner.drafter(), slug, TEXT, "tabled");
        String updatedAt = Api.as(owner.drafter()).get("/api/drafts/" + draft).then().extract().path("updatedAt");

        Api.as(owner.drafter()).body(java.util.Map.of("title", "Draft of " + slug)).patch("/api/drafts/" + draft).then().statusCode(200);
        Api.as(owner.drafter()).body(java.util.Map.of("visibility", "tabled", "status", "active"))
                .patch("/api/drafts/" + draft).then().statusCode(200).body("updatedAt", equalTo(updatedAt));
        Api.as(owner.drafter()).accept("application/json").get("/api/events?term=" + slug).then().statusCode(200)
                .body("items.type", equalTo(List.of("draft.created")));

        Api.as(owner.drafter()).body(java.util.Map.of("title", "Retitled")).patch("/api/drafts/" + draft).then().statusCode(200);
        Api.as(owner.drafter()).accept("application/json").get("/api/events?term=" + slug).then().statusCode(200)
                .body("items.type", equalTo(List.of("draft.created", "draft.updated")));
    }

    @Test
    void itemsCarryTheEventFields() {
        Api.Team owner = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(owner.drafter(), slug, TEXT, "tabled");
        Api.as(owner.drafter()).accept("application/json").get("/api/events?term=" + slug).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].type", equalTo("draft.created"))
                .body("items[0].term", equalTo(slug))
                .body("items[0].draft", Api.id(draft))
                .body("items[0].version", equalTo(1))
                .body("items[0].comment", nullValue())
                .body("items[0].delegation", equalTo(owner.code()))
                .body("items[0].actor", equalTo(owner.drafter()))
                .body("items[0].at", containsString("T"));
    }

    @Test
    void badLimitsAndCursorsAre400ProblemsNamingTheField() {
        Api.Team owner = Api.Team.create();
        String slug = Api.term();
        for (String query : List.of("limit=0", "limit=201", "limit=1000000000000", "limit=-3", "limit=abc")) {
            Api.as(owner.drafter()).accept("application/json").get("/api/events?term=" + slug + "&" + query)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo(Problems.type("validation")))
                    .body("errors[0].field", equalTo("limit"));
        }
        for (String query : List.of("after=-1", "after=1.5", "after=abc", "after=99999999999999999999")) {
            Api.as(owner.drafter()).accept("application/json").get("/api/events?term=" + slug + "&" + query)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("after"));
        }
        Api.as(owner.drafter()).accept("application/json").get("/api/events?limit=200").then().statusCode(200);
    }

    @Test
    void unknownTermsAre404AndAnonymousCallers401() {
        Api.Team owner = Api.Team.create();
        Api.as(owner.drafter()).accept("application/json").get("/api/events?term=no-such-" + Api.code().toLowerCase())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(Problems.type("not-found")));
        Api.anonymous().accept("application/json").get("/api/events").then().statusCode(401)
                .contentType("application/problem+json");
        Api.as(owner.drafter(), "not-the-password").accept("application/json").get("/api/events").then().statusCode(401);
    }

    @Test
    void writesToTheFeedAreNotAllowed() {
        Api.Team owner = Api.Team.create();
        Api.as(owner.drafter()).body("{}").post("/api/events").then().statusCode(405)
                .contentType("application/problem+json");
    }
}
