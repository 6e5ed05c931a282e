package org.lexdraft.security;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

/**
 * Draft and comment ids are random positive integers below 2^53: from the ids it sees a delegation
 * learns nothing of how many private drafts or comments others made between them, and lists keep
 * the order of creation without the ids.
 */
@QuarkusTest
class IdsRevealNothingTest {

    private static final long LIMIT = 1L << 53;

    @Test
    void draftIdsOneSeesSayNothingOfAnotherDelegationsPrivateDraftsInBetween() {
        Api.Team russia = Api.Team.create();
        Api.Team norway = Api.Team.create();
        String slug = Api.term();
        List<Long> seenByNorway = new ArrayList<>();
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long tabled = Api.draft(russia.drafter(), slug, "Russian tabled text " + i + ".", "tabled");
            long hidden = Api.draft(russia.drafter(), slug, "Russian private text " + i + ".", "delegation");
            long own = Api.draft(norway.drafter(), slug, "Norwegian text " + i + ".", "delegation");
            seenByNorway.addAll(List.of(tabled, own));
            made.addAll(List.of(tabled, hidden, own));
        }

        List<Long> listed = Api.longs(Api.as(norway.drafter()).get("/api/terms/" + slug + "/drafts?size=200")
                .then().statusCode(200).extract().jsonPath().getList("items.id"));
        // Norway sees exactly its own and the tabled drafts, in the order they were made ...
        assertEquals(seenByNorway, listed);
        // ... and their ids would look the same had Russia's private drafts not been made
        assertRandom(seenByNorway);
        assertRandom(made);
    }

    @Test
    void commentIdsOneSeesSayNothingOfAnotherDelegationsPrivateCommentsInBetween() {
        Api.Team russia = Api.Team.create();
        Api.Team norway = Api.Team.create();
        long draft = Api.draft(norway.drafter(), Api.term(), "Cluster munition means a munition.", "tabled");
        List<Long> seenByNorway = new ArrayList<>();
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long open = Api.comment(russia.drafter(), draft, Map.of("version", 1, "body", "Public " + i + "."));
            long hidden = Api.comment(russia.drafter(), draft, Map.of("version", 1, "body", "Private " + i + ".",
                    "visibility", "delegation"));
            long own = Api.comment(norway.drafter(), draft, Map.of("version", 1, "body", "Own " + i + ".",
                    "visibility", "delegation"));
            seenByNorway.addAll(List.of(open, own));
            made.addAll(List.of(open, hidden, own));
        }

        List<Long> listed = Api.longs(Api.as(norway.drafter()).get("/api/drafts/" + draft + "/comments?size=200")
                .then().statusCode(200).extract().jsonPath().getList("items.id"));
        assertEquals(seenByNorway, listed);
        assertRandom(seenByNorway);
        assertRandom(made);
    }

    @Test
    void everyListOfDraftsKeepsTheOrderOfCreation() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        String word = "w" + Api.code().toLowerCase();
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            made.add(Api.draft(team.drafter(), slug, "Text number " + i + " with " + word + ".", "tabled"));
        }
        for (long draft : made) {
            Api.as(team.drafter()).body(Map.of("stance", "support", "version", 1))
                    .put("/api/drafts/" + draft + "/positions/" + team.code()).then().statusCode(201);
        }
        // every list, so that one run names each that goes by id
        assertAll(
                () -> assertEquals(made, Api.longs(Api.as(team.observer()).get("/api/terms/" + slug + "/drafts").then().statusCode(200)
                        .extract().jsonPath().getList("items.id")), "drafts of the term"),
                () -> assertEquals(made, Api.longs(Api.as(team.observer()).get("/api/terms/" + slug + "/comparison").then()
                        .statusCode(200).extract().jsonPath().getList("drafts.id")), "comparison"),
                () -> assertEquals(made, Api.longs(Api.as(team.observer()).get("/api/terms/" + slug + "/positions").then()
                        .statusCode(200).extract().jsonPath().getList("drafts.id")), "position matrix, drafts"),
                () -> assertEquals(made, Api.longs(Api.as(team.observer()).get("/api/terms/" + slug + "/positions").then()
                        .statusCode(200).extract().jsonPath().getList("cells.draft")), "position matrix, cells"),
                () -> assertEquals(made, Api.longs(Api.as(team.observer()).get("/api/search?term=" + slug + "&q=" + word).then()
                        .statusCode(200).extract().jsonPath().getList("items.draft")), "search"),
                () -> {
                    String compilation = Api.as(team.observer()).accept("text/markdown").get("/api/terms/" + slug + "/export").then()
                            .statusCode(200).extract().asString();
                    int at = -1;
                    for (int i = 0; i < made.size(); i++) {
                        int next = compilation.indexOf("Text number " + i + " ");
                        assertTrue(next > at, "compilation lists draft " + i + " out of order: " + compilation);
                        at = next;
                    }
                });
    }

    @Test
    void idsAboveTwoToTheThirtyOneRoundTripExactlyInPathsReferencesAndJson() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        long draft = 0;
        for (int tries = 0; tries < 5 && draft <= Integer.MAX_VALUE; tries++) {
            draft = Api.draft(team.drafter(), slug, "Cluster munition means a munition.", "tabled");
        }
        assertTrue(draft > Integer.MAX_VALUE, "five draft ids in a row below 2^31: not 53 random bits");
        Api.version(team.drafter(), draft, "Cluster munition means a conventional munition.", 1);

        // path and JSON: the id comes back as the same integer, written as digits
        Response read = Api.as(team.drafter()).get("/api/drafts/" + draft);
        read.then().statusCode(200).body("id", Api.id(draft));
        assertEquals(draft, jsonNumber(read.asString(), "id"));
        // DRAFT_ID:NUMBER references: diff, fork, parent, blame
        Api.as(team.drafter()).get("/api/diff?from=" + draft + ":1&to=" + draft + ":2").then().statusCode(200)
                .body("from", equalTo(draft + ":1")).body("to", equalTo(draft + ":2"));
        Map<String, Object> fork = new HashMap<>();
        fork.put("title", "Fork");
        fork.put("text", "Cluster munition means a conventional munition, or not.");
        fork.put("basedOn", draft + ":2");
        Response created = Api.as(team.drafter()).body(fork).post("/api/terms/" + slug + "/drafts");
        created.then().statusCode(201).body("basedOn", equalTo(draft + ":2"))
                .body("version.parent", equalTo(draft + ":2"));
        long forkId = created.jsonPath().getLong("id");
        created.then().header("Location", endsWith("/api/drafts/" + forkId));
        Api.as(team.drafter()).get("/api/drafts/" + forkId + "/versions/1/blame").then().statusCode(200)
                .body("spans[0].draft", Api.id(draft));
        // comments: their own id, their draft and the reply they answer
        long comment = Api.comment(team.drafter(), draft, Map.of("version", 2, "body", "A remark."));
        long reply = Api.comment(team.drafter(), draft, Map.of("version", 2, "body", "A reply.", "replyTo", comment));
        Response comments = Api.as(team.drafter()).get("/api/drafts/" + draft + "/comments");
        comments.then().statusCode(200).body("items[1].id", Api.id(reply)).body("items[1].replyTo", Api.id(comment))
                .body("items[1].draft", Api.id(draft));
        Api.as(team.drafter()).body(Map.of("status", "resolved")).patch("/api/comments/" + comment).then()
                .statusCode(200).body("id", Api.id(comment));
    }

    /**
     * Positive, below 2^53, distinct, not in the order they were made, and none close to another.
     * The lists are 12 and 18 ids long: random ids fall in or against their order of creation in
     * 2 of 12! (about one run in 240 million); the 6 private ones alone would in 2 of 720.
     */
    private static void assertRandom(List<Long> ids) {
        assertTrue(ids.size() >= 12, "too few ids to tell random from ordered: " + ids.size());
        for (long id : ids) {
            assertTrue(id > 0 && id < LIMIT, "id out of range: " + id);
        }
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertFalse(sorted.equals(ids), "ids in the order they were made: " + ids);
        List<Long> reversed = new ArrayList<>(sorted);
        java.util.Collections.reverse(reversed);
        assertFalse(reversed.equals(ids), "ids in the reverse order they were made: " + ids);
        long closest = Long.MAX_VALUE;
        for (int i = 1; i < sorted.size(); i++) {
            closest = Math.min(closest, sorted.get(i) - sorted.get(i - 1));
        }
        // among 18 random 53-bit ids (153 pairs), two this close happen in fewer than one run in 25 million
        assertTrue(closest > 1_000_000, "ids close enough to count what lies between: " + ids);
    }

    /** The number a JSON body holds under the first occurrence of this key, read as written. */
    private static long jsonNumber(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(-?[0-9][0-9.eE+-]*)").matcher(json);
        assertTrue(m.find(), "no number under " + key + ": " + json);
        assertTrue(m.group(1).matches("[1-9][0-9]*"), "not written as an integer: " + m.group(1));
        return Long.parseLong(m.group(1));
    }
}
