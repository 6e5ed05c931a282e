package org.lexdraft.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lexdraft.support.Problems.TYPES;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

/** Positions through /api/drafts/{id}/positions[/{code}] and the matrix of /api/terms/{slug}/positions. */
@QuarkusTest
class PositionApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TEXT = "\"Cluster munition\" means a conventional munition that is designed to disperse"
            + " or release explosive submunitions each weighing less than 20 kilograms.";

    @Test
    void firstPutIs201AndTheNextOnesAre200KeepingHistory() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), TEXT, "tabled");
        Response first = put(other.drafter(), draft, other.code(), Map.of("stance", "oppose", "version", 1,
                "statement", "The weight limit is too high."));
        first.then().statusCode(201)
                .contentType("application/json")
                .body("draft", Api.id(draft))
                .body("delegation", equalTo(other.code()))
                .body("stance", equalTo("oppose"))
                .body("version", equalTo(1))
                .body("statement", equalTo("The weight limit is too high."))
                .body("author", equalTo(other.drafter()))
                .body("createdAt", notNullValue())
                .body("outdated", equalTo(false))
                .body("history", hasSize(0));
        first.then().header("Location", notNullValue());

        Api.version(owner.drafter(), draft, TEXT.replace("20 kilograms", "4 kilograms"), 1);
        put(other.drafter(), draft, other.code(), Map.of("stance", "reserve", "version", 2)).then().statusCode(200)
                .body("stance", equalTo("reserve"))
                .body("version", equalTo(2))
                .body("statement", nullValue())
                .body("outdated", equalTo(false))
                .body("history", hasSize(1))
                .body("history[0].stance", equalTo("oppose"))
                .body("history[0].version", equalTo(1))
                .body("history[0].statement", equalTo("The weight limit is too high."))
                .body("history[0].author", equalTo(other.drafter()))
                .body("history[0].createdAt", notNullValue());
        String colleague = Api.member(other.code(), "drafter");
        put(colleague, draft, other.code(), Map.of("stance", "accept", "version", 2, "statement", "We can live with it."))
                .then().statusCode(200)
                .body("stance", equalTo("accept"))
                .body("author", equalTo(colleague))
                .body("history", hasSize(2))
                .body("history[0].stance", equalTo("reserve"))
                .body("history[1].stance", equalTo("oppose"));

        Api.as(owner.observer()).get("/api/drafts/" + draft + "/positions").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].delegation", equalTo(other.code()))
                .body("[0].stance", equalTo("accept"))
                .body("[0].version", equalTo(2))
                .body("[0].statement", equalTo("We can live with it."))
                .body("[0].history", hasSize(2));
    }

    @Test
    void statementIsOptional() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "delegation");
        put(team.drafter(), draft, team.code(), Map.of("stance", "support", "version", 1)).then().statusCode(201)
                .body("stance", equalTo("support"))
                .body("statement", nullValue())
                .body("history", hasSize(0));
    }

    @Test
    void badPositionsAreAClear4xxAndChangeNothing() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "tabled");
        put(team.drafter(), draft, team.code(), Map.of("stance", "support", "version", 1)).then().statusCode(201);
        Map<Map<String, Object>, Integer> bad = new java.util.LinkedHashMap<>();
        bad.put(Map.of("stance", "maybe", "version", 1), 400);
        bad.put(Map.of("stance", "SUPPORT", "version", 1), 400);
        bad.put(Map.of("version", 1), 400);
        bad.put(Map.of("stance", "oppose"), 400);
        bad.put(Map.of("stance", "oppose", "version", 0), 400);
        bad.put(Map.of("stance", "oppose", "version", "one"), 400);
        bad.put(Map.of("stance", "oppose", "version", 2), 422);
        bad.put(Map.of("stance", "oppose", "version", 99), 422);
        bad.put(Map.of("stance", "oppose", "version", 1, "statement", "s".repeat(4001)), 400);
        bad.put(Map.of("stance", "oppose", "version", 1, "delegation", "XOTHER"), 400);
        for (var entry : bad.entrySet()) {
            put(team.drafter(), draft, team.code(), entry.getKey()).then().statusCode(entry.getValue())
                    .contentType(PROBLEM)
                    .body("status", equalTo(entry.getValue()))
                    .body("type", startsWith(TYPES))
                    .body("detail", notNullValue());
        }
        put(team.drafter(), draft, team.code(), Map.of("stance", "maybe", "version", 1)).then()
                .body("errors.field", hasItem("stance"));
        put(team.drafter(), draft, team.code(), Map.of("stance", "oppose", "version", 2)).then()
                .body("errors.field", hasItem("version"));
        Api.as(team.drafter()).body("{\"stance\": \"oppose\",").put("/api/drafts/" + draft + "/positions/" + team.code())
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "malformed-json"));
        assertUnchanged(team.drafter(), draft, team.code(), "support", 1);
    }

    @Test
    void drafterCannotStateAnotherDelegationsPosition403() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), TEXT, "tabled");
        put(other.drafter(), draft, owner.code(), Map.of("stance", "oppose", "version", 1)).then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "forbidden"));
        put(owner.drafter(), draft, other.code(), Map.of("stance", "support", "version", 1)).then().statusCode(403)
                .contentType(PROBLEM);
        Api.as(owner.drafter()).get("/api/drafts/" + draft + "/positions").then().statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void observerCannotStateAPosition403() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "tabled");
        put(team.observer(), draft, team.code(), Map.of("stance", "support", "version", 1)).then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "forbidden"));
        Api.as(team.drafter()).get("/api/drafts/" + draft + "/positions").then().statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void anonymousIs401() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(team.drafter(), slug, TEXT, "tabled");
        Api.anonymous().body(Map.of("stance", "support", "version", 1)).put("/api/drafts/" + draft + "/positions/" + team.code())
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Basic"));
        Api.anonymous().get("/api/drafts/" + draft + "/positions").then().statusCode(401).contentType(PROBLEM);
        Api.anonymous().get("/api/terms/" + slug + "/positions").then().statusCode(401).contentType(PROBLEM);
        Api.as(team.drafter()).get("/api/drafts/" + draft + "/positions").then().statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void anInvisiblePrivateDraftIs404() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), TEXT, "delegation");
        put(owner.drafter(), draft, owner.code(), Map.of("stance", "support", "version", 1, "statement", "Our own text."))
                .then().statusCode(201);
        put(other.drafter(), draft, other.code(), Map.of("stance", "oppose", "version", 1)).then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
        // even asking for the owner's code answers 404, not 403: the draft's existence is not revealed
        put(other.drafter(), draft, owner.code(), Map.of("stance", "oppose", "version", 1)).then().statusCode(404)
                .contentType(PROBLEM);
        Api.as(other.drafter()).get("/api/drafts/" + draft + "/positions").then().statusCode(404)
                .contentType(PROBLEM)
                .body(not(containsString("Our own text")));
        Api.admin().get("/api/drafts/" + draft + "/positions").then().statusCode(404).contentType(PROBLEM);
        put(owner.drafter(), draft + 1_000_000, owner.code(), Map.of("stance", "oppose", "version", 1))
                .then().statusCode(404).contentType(PROBLEM);
        assertUnchanged(owner.drafter(), draft, owner.code(), "support", 1);
    }

    @Test
    void listGivesTheCurrentStanceOfEachDelegation() {
        Api.Team owner = Api.Team.create();
        Api.Team a = Api.Team.create();
        Api.Team b = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), TEXT, "tabled");
        put(a.drafter(), draft, a.code(), Map.of("stance", "oppose", "version", 1)).then().statusCode(201);
        put(b.drafter(), draft, b.code(), Map.of("stance", "accept", "version", 1)).then().statusCode(201);
        put(a.drafter(), draft, a.code(), Map.of("stance", "support", "version", 1, "statement", "Convinced."))
                .then().statusCode(200);
        put(owner.drafter(), draft, owner.code(), Map.of("stance", "support", "version", 1)).then().statusCode(201);
        JsonPath list = Api.as(b.observer()).get("/api/drafts/" + draft + "/positions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, list.getList("$").size());
        Map<String, Map<String, Object>> byCode = byDelegation(list.getList("$"));
        assertEquals(java.util.Set.of(owner.code(), a.code(), b.code()), byCode.keySet());
        assertEquals("support", byCode.get(a.code()).get("stance"));
        assertEquals("Convinced.", byCode.get(a.code()).get("statement"));
        assertEquals(1, ((List<?>) byCode.get(a.code()).get("history")).size());
        assertEquals("accept", byCode.get(b.code()).get("stance"));
        assertEquals(0, ((List<?>) byCode.get(b.code()).get("history")).size());
        assertEquals("support", byCode.get(owner.code()).get("stance"));
        for (Map<String, Object> p : byCode.values()) {
            assertEquals(1, ((Number) p.get("version")).intValue());
            assertEquals(false, p.get("outdated"));
            assertEquals(draft, ((Number) p.get("draft")).longValue());
        }
        // a new version makes every stance given on version 1 outdated
        Api.version(owner.drafter(), draft, TEXT + " It includes those submunitions.", 1);
        Api.as(b.observer()).get("/api/drafts/" + draft + "/positions").then().statusCode(200)
                .body("outdated", equalTo(List.of(true, true, true)));
    }

    @Test
    void matrixShowsDelegationsByVisibleDraftsWithOutdatedStances() {
        String slug = Api.term();
        Api.Team a = Api.Team.create();
        Api.Team b = Api.Team.create();
        Api.Team c = Api.Team.create();
        long aDraft = Api.draft(a.drafter(), slug, TEXT, "tabled");
        long bDraft = Api.draft(b.drafter(), slug, TEXT.replace("20", "4"), "tabled");
        long cPrivate = Api.draft(c.drafter(), slug, TEXT.replace("20", "10"), "delegation");
        put(a.drafter(), aDraft, a.code(), Map.of("stance", "support", "version", 1)).then().statusCode(201);
        put(b.drafter(), aDraft, b.code(), Map.of("stance", "oppose", "version", 1)).then().statusCode(201);
        put(c.drafter(), aDraft, c.code(), Map.of("stance", "reserve", "version", 1)).then().statusCode(201);
        put(a.drafter(), bDraft, a.code(), Map.of("stance", "accept", "version", 1)).then().statusCode(201);
        put(c.drafter(), cPrivate, c.code(), Map.of("stance", "support", "version", 1, "statement", "Our fallback."))
                .then().statusCode(201);

        for (String viewer : List.of(b.drafter(), a.observer(), "admin")) {
            JsonPath m = matrix(viewer, slug);
            assertEquals(slug, m.getString("term"));
            assertTrue(m.getList("delegations", String.class).containsAll(List.of(a.code(), b.code(), c.code())));
            assertEquals(List.of(aDraft, bDraft), m.getList("drafts.id", Long.class), viewer);
            assertEquals(List.of(a.code(), b.code()), m.getList("drafts.delegation", String.class));
            assertEquals(List.of(1, 1), m.getList("drafts.head", Integer.class));
            assertEquals(List.of("Draft of " + slug, "Draft of " + slug), m.getList("drafts.title", String.class));
            List<Map<String, Object>> cells = m.getList("cells");
            assertEquals(4, cells.size(), viewer + ": " + cells);
            assertFalse(cells.stream().anyMatch(x -> ((Number) x.get("draft")).longValue() == cPrivate),
                    "no cell for the invisible draft");
            assertCell(cells, a.code(), aDraft, "support", 1, false);
            assertCell(cells, b.code(), aDraft, "oppose", 1, false);
            assertCell(cells, c.code(), aDraft, "reserve", 1, false);
            assertCell(cells, a.code(), bDraft, "accept", 1, false);
            assertFalse(m.prettify().contains("Our fallback"));
        }
        // the owner of the private draft sees it and its cell
        JsonPath forC = matrix(c.drafter(), slug);
        assertEquals(List.of(aDraft, bDraft, cPrivate), forC.getList("drafts.id", Long.class));
        assertCell(forC.getList("cells"), c.code(), cPrivate, "support", 1, false);
        assertEquals(5, forC.getList("cells").size());

        // a new version of A's draft makes the stances given on version 1 outdated; a new stance on the head is not
        Api.version(a.drafter(), aDraft, TEXT + " It includes those submunitions.", 1);
        put(a.drafter(), aDraft, a.code(), Map.of("stance", "support", "version", 2)).then().statusCode(200)
                .body("outdated", equalTo(false));
        JsonPath m = matrix(b.drafter(), slug);
        assertEquals(List.of(2, 1), m.getList("drafts.head", Integer.class));
        List<Map<String, Object>> cells = m.getList("cells");
        assertEquals(4, cells.size());
        assertCell(cells, a.code(), aDraft, "support", 2, false);
        assertCell(cells, b.code(), aDraft, "oppose", 1, true);
        assertCell(cells, c.code(), aDraft, "reserve", 1, true);
        assertCell(cells, a.code(), bDraft, "accept", 1, false);
        // the draft's own position list agrees
        Map<String, Map<String, Object>> byCode = byDelegation(Api.as(b.drafter())
                .get("/api/drafts/" + aDraft + "/positions").then().statusCode(200).extract().jsonPath().getList("$"));
        assertEquals(true, byCode.get(b.code()).get("outdated"));
        assertEquals(false, byCode.get(a.code()).get("outdated"));
    }

    @Test
    void matrixOfATermWithoutDraftsHasNoCellsAndAnUnknownTermIs404() {
        String slug = Api.term();
        Api.Team team = Api.Team.create();
        Api.as(team.observer()).get("/api/terms/" + slug + "/positions").then().statusCode(200)
                .body("term", equalTo(slug))
                .body("drafts", hasSize(0))
                .body("cells", hasSize(0))
                .body("delegations", hasItems(team.code()));
        Api.as(team.observer()).get("/api/terms/no-such-term-" + Api.code().toLowerCase() + "/positions")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
    }

    @Test
    void putAnswersTheLocationOfThePosition() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "tabled");
        put(team.drafter(), draft, team.code(), Map.of("stance", "support", "version", 1)).then().statusCode(201)
                .header("Location", endsWith("/api/drafts/" + draft + "/positions/" + team.code()));
    }

    // ----------------------------------------------------------------------------------------

    private static Response put(String username, long draft, String code, Map<String, ?> body) {
        return Api.signedIn(username).body(new HashMap<>(body)).put("/api/drafts/" + draft + "/positions/" + code);
    }

    private static JsonPath matrix(String username, String slug) {
        return Api.signedIn(username).get("/api/terms/" + slug + "/positions").then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Map<String, Object>> byDelegation(List<Map<String, Object>> positions) {
        Map<String, Map<String, Object>> out = new HashMap<>();
        for (Map<String, Object> p : positions) {
            assertTrue(out.put((String) p.get("delegation"), p) == null, "one position per delegation: " + positions);
        }
        return out;
    }

    private static void assertCell(List<Map<String, Object>> cells, String code, long draft, String stance, int version,
                                   boolean outdated) {
        List<Map<String, Object>> matching = cells.stream()
                .filter(x -> code.equals(x.get("delegation")) && ((Number) x.get("draft")).longValue() == draft)
                .toList();
        assertEquals(1, matching.size(), "one cell for " + code + " on " + draft + ": " + cells);
        Map<String, Object> cell = matching.get(0);
        assertEquals(stance, cell.get("stance"));
        assertEquals(version, ((Number) cell.get("version")).intValue());
        assertEquals(outdated, cell.get("outdated"), "outdated of " + cell);
    }

    private static void assertUnchanged(String username, long draft, String code, String stance, int version) {
        List<Map<String, Object>> list = Api.signedIn(username).get("/api/drafts/" + draft + "/positions")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(1, list.size(), "positions: " + list);
        assertEquals(code, list.get(0).get("delegation"));
        assertEquals(stance, list.get(0).get("stance"));
        assertEquals(version, ((Number) list.get(0).get("version")).intValue());
        assertEquals(0, ((List<?>) list.get(0).get("history")).size());
    }
}
