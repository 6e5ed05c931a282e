package org.lexdraft.review;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.CodePoints;

/**
 * Anchors followed through a realistic sequence of versions of one definition, and across a fork:
 * GET /api/drafts/{id}/comments?version=N gives each anchor in version N's coordinates.
 */
@QuarkusTest
class ReanchoringApiTest {

    private static final String P1_FIRST = "1. \"Cluster munition\" means a conventional munition that is designed to be"
            + " dropped or fired and to scatter its payload over a wide area.";
    private static final String SENTENCE = "The term covers explosive submunitions each weighing less than 20 kilograms.";
    private static final String P2 = "2. It does not mean a munition or submunition designed to dispense flares, smoke,"
            + " pyrotechnics or chaff, or a munition designed exclusively for an air defence role.";
    private static final String P3 = "3. A munition is not a cluster munition if it contains fewer than ten submunitions"
            + " and each of them weighs more than four kilograms.";
    private static final String WORDS = "explosive submunitions";
    private static final String EDITED_WORDS = "explosive sub-munitions";
    private static final String PURPOSES = "For the purposes of this Protocol";

    private static final String V1 = P1_FIRST + " " + SENTENCE + "\n\n" + P2 + "\n\n" + P3;
    /** Inserts words at the start of paragraph 1, before the anchored ones. */
    private static final String V2 = V1.replace("1. \"Cluster", "1. " + PURPOSES + ", \"Cluster");
    /** Edits the anchored words slightly. */
    private static final String V3 = V2.replace(WORDS, EDITED_WORDS);
    /** Moves the sentence with the anchored words from paragraph 1 to the end of paragraph 3. */
    private static final String V4 = V3.replace(" " + SENTENCE.replace(WORDS, EDITED_WORDS), "")
            + " " + SENTENCE.replace(WORDS, EDITED_WORDS);
    /** Deletes that sentence. */
    private static final String V5 = V4.replace(" " + SENTENCE.replace(WORDS, EDITED_WORDS), "");

    @Test
    void anchorsFollowTheWordsThroughFiveVersions() {
        assertVersionsAreAsIntended();
        Api.Team team = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "tabled");
        int start1 = CodePoints.at(V1, WORDS);
        int end1 = start1 + CodePoints.length(WORDS);
        long onWords = Api.comment(other.drafter(), draft, Map.of("version", 1, "body", "Why only explosive ones?",
                "anchor", Map.of("start", start1, "end", end1)));

        // v2 inserts text before the words: moved, same words, shifted by the insertion
        Api.version(team.drafter(), draft, V2, 1);
        int shift = CodePoints.length(PURPOSES + ", ");
        JsonPath atV2 = list(other.drafter(), draft, 2);
        Map<String, Object> c = item(atV2, onWords);
        assertEquals("moved", c.get("anchorState"));
        assertEquals(draft + ":2", c.get("anchorVersion"));
        assertAnchor(c, V2, start1 + shift, WORDS);
        assertOriginal(c, start1, end1);
        // in version 1 it is where it was made
        Map<String, Object> atV1 = item(list(other.drafter(), draft, 1), onWords);
        assertEquals("exact", atV1.get("anchorState"));
        assertEquals(draft + ":1", atV1.get("anchorVersion"));
        assertAnchor(atV1, V1, start1, WORDS);

        // a comment on the inserted words, made on v2
        int purposes2 = CodePoints.at(V2, PURPOSES);
        long onInserted = Api.comment(team.drafter(), draft, Map.of("version", 2, "body", "Which Protocol?",
                "anchor", Map.of("quote", PURPOSES)));
        assertEquals("exact", item(list(team.drafter(), draft, 2), onInserted).get("anchorState"));

        // v3 edits the anchored words slightly: edited, on the new words
        Api.version(team.drafter(), draft, V3, 2);
        c = item(list(other.drafter(), draft, 3), onWords);
        assertEquals("edited", c.get("anchorState"));
        assertAnchor(c, V3, CodePoints.at(V3, EDITED_WORDS), EDITED_WORDS);
        assertOriginal(c, start1, end1);

        // v4 moves the sentence to paragraph 3: still edited (its words differ from the quote), at the new place
        Api.version(team.drafter(), draft, V4, 3);
        c = item(list(other.drafter(), draft, 4), onWords);
        assertEquals("edited", c.get("anchorState"));
        Map<String, Object> anchor = anchorOf(c);
        int start4 = ((Number) anchor.get("start")).intValue();
        int end4 = ((Number) anchor.get("end")).intValue();
        assertEquals(anchor.get("quote"), CodePoints.slice(V4, start4, end4), "the quote is at [start, end) of v4");
        assertTrue(start4 > CodePoints.at(V4, "3. A munition"), "the anchor is in paragraph 3 now: " + anchor);
        assertEquals(EDITED_WORDS, anchor.get("quote"));
        // the default is the head
        Map<String, Object> atHead = item(list(other.drafter(), draft, null), onWords);
        assertEquals(draft + ":4", atHead.get("anchorVersion"));
        assertEquals(c.get("anchor"), atHead.get("anchor"));
        Api.as(other.drafter()).get("/api/comments/" + onWords).then().statusCode(200)
                .body("anchorVersion", equalTo(draft + ":4"))
                .body("anchorState", equalTo("edited"))
                .body("anchor.start", equalTo(start4));

        // v5 deletes the sentence: orphaned, the original words and version still shown
        Api.version(team.drafter(), draft, V5, 4);
        for (Integer view : new Integer[] {5, null}) {
            c = item(list(other.drafter(), draft, view), onWords);
            assertEquals("orphaned", c.get("anchorState"), "at " + view + ": " + c);
            assertNull(c.get("anchor"), "an orphaned comment has no anchor in the version: " + c);
            assertOriginal(c, start1, end1);
            assertEquals(1, ((Number) c.get("version")).intValue());
            assertEquals("Why only explosive ones?", c.get("body"));
        }
        Api.as(team.observer()).get("/api/comments/" + onWords).then().statusCode(200)
                .body("anchorState", equalTo("orphaned"))
                .body("anchor", nullValue())
                .body("original.quote", equalTo(WORDS))
                .body("original.version", equalTo(1));
        // earlier versions still show it where it was
        c = item(list(other.drafter(), draft, 1), onWords);
        assertEquals("exact", c.get("anchorState"));
        assertAnchor(c, V1, start1, WORDS);
        c = item(list(other.drafter(), draft, 3), onWords);
        assertEquals("edited", c.get("anchorState"));
        assertAnchor(c, V3, CodePoints.at(V3, EDITED_WORDS), EDITED_WORDS);

        // the comment on words inserted in v2 stayed exact throughout
        for (int view = 2; view <= 5; view++) {
            String text = List.of(V1, V2, V3, V4, V5).get(view - 1);
            c = item(list(team.drafter(), draft, view), onInserted);
            assertEquals("exact", c.get("anchorState"), "at version " + view);
            assertAnchor(c, text, purposes2, PURPOSES);
        }
        assertEquals(2, Api.commentTotal(team.observer(), draft));
    }

    @Test
    void forkListsTheSourcesVisibleCommentsAnchoredInTheFork() {
        Api.Team rus = Api.Team.create();
        Api.Team nor = Api.Team.create();
        String term = Api.term();
        String rusText = "\"Cluster munition\" means a conventional munition that is designed to disperse or release"
                + " explosive submunitions each weighing less than 20 kilograms.";
        long source = Api.draft(rus.drafter(), term, rusText, "tabled");
        String before = "conventional munition";
        long onBefore = Api.comment(rus.drafter(), source, Map.of("version", 1, "body", "Conventional as opposed to?",
                "anchor", Map.of("quote", before)));
        long onAfter = Api.comment(rus.drafter(), source, Map.of("version", 1, "body", "Only explosive ones.",
                "anchor", Map.of("quote", WORDS)));
        long unanchored = Api.comment(rus.drafter(), source, Map.of("version", 1, "body", "General remark."));
        long rusPrivate = Api.comment(rus.drafter(), source, Map.of("version", 1, "body", "Internal: hold firm on 20 kg.",
                "visibility", "delegation", "anchor", Map.of("quote", "20 kilograms")));

        // Russia moves on after the fork point; comments on its later versions do not belong to the fork
        Api.version(rus.drafter(), source, rusText + " It includes those explosive submunitions.", 1);
        long afterFork = Api.comment(rus.drafter(), source, Map.of("version", 2, "body", "Made on version 2."));

        String fork1 = rusText.replace("designed to disperse", "designed to scatter or disperse");
        long fork = Api.fork(nor.drafter(), term, source, 1, fork1, "tabled");
        String fork2 = fork1 + " It does not include munitions designed to dispense flares or smoke.";
        Api.version(nor.drafter(), fork, fork2, 1);
        long norComment = Api.comment(nor.drafter(), fork, Map.of("version", 2, "body", "Our own remark.",
                "anchor", Map.of("quote", "flares or smoke")));

        // Norway sees Russia's public comments from version 1, anchored in its own head
        JsonPath forNorway = list(nor.drafter(), fork, null);
        assertEquals(List.of(onBefore, onAfter, unanchored, norComment), ids(forNorway));
        assertEquals(4, forNorway.getInt("total"));
        Map<String, Object> c = item(forNorway, onBefore);
        assertEquals(((Number) c.get("draft")).longValue(), source);
        assertEquals(rus.code(), c.get("delegation"));
        assertEquals(fork + ":2", c.get("anchorVersion"));
        assertEquals("exact", c.get("anchorState"));
        assertAnchor(c, fork2, CodePoints.at(rusText, before), before);
        c = item(forNorway, onAfter);
        assertEquals(fork + ":2", c.get("anchorVersion"));
        assertEquals("moved", c.get("anchorState"));
        assertAnchor(c, fork2, CodePoints.at(fork2, WORDS), WORDS);
        assertEquals(CodePoints.at(rusText, WORDS) + CodePoints.length("scatter or "),
                ((Number) anchorOf(c).get("start")).intValue());
        assertEquals(((Number) c.get("version")).intValue(), 1);
        assertNull(item(forNorway, unanchored).get("anchor"));
        // and in the fork's first version too
        c = item(list(nor.drafter(), fork, 1), onAfter);
        assertEquals(fork + ":1", c.get("anchorVersion"));
        assertAnchor(c, fork1, CodePoints.at(fork1, WORDS), WORDS);

        // Russia's private comment is not listed for Norway, nor for the chair; Russia itself sees it
        assertFalse(ids(forNorway).contains(rusPrivate));
        assertFalse(ids(forNorway).contains(afterFork));
        JsonPath forChair = Api.admin().get("/api/drafts/" + fork + "/comments").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(onBefore, onAfter, unanchored, norComment), ids(forChair));
        assertEquals(4, forChair.getInt("total"));
        JsonPath forRussia = list(rus.drafter(), fork, null);
        assertEquals(List.of(onBefore, onAfter, unanchored, rusPrivate, norComment), ids(forRussia));
        assertEquals(5, forRussia.getInt("total"));
        c = item(forRussia, rusPrivate);
        assertAnchor(c, fork2, CodePoints.at(fork2, "20 kilograms"), "20 kilograms");

        // the source's own list is not affected by the fork
        assertEquals(List.of(onBefore, onAfter, unanchored, afterFork), ids(list(nor.drafter(), source, null)));
    }

    @Test
    void commentOnAnOlderVersionIsExactThereAndFollowedToTheHead() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "tabled");
        Api.version(team.drafter(), draft, V2, 1);
        Api.version(team.drafter(), draft, V3, 2);
        long id = Api.comment(team.drafter(), draft, Map.of("version", 1, "body", "Late remark on the first text.",
                "anchor", Map.of("quote", "20 kilograms")));
        Api.as(team.drafter()).get("/api/comments/" + id).then().statusCode(200)
                .body("version", equalTo(1))
                .body("anchorVersion", equalTo(draft + ":3"))
                .body("anchorState", equalTo("moved"))
                .body("anchor.start", equalTo(CodePoints.at(V3, "20 kilograms")))
                .body("original.start", equalTo(CodePoints.at(V1, "20 kilograms")));
        Map<String, Object> c = item(list(team.observer(), draft, 1), id);
        assertEquals("exact", c.get("anchorState"));
        assertAnchor(c, V1, CodePoints.at(V1, "20 kilograms"), "20 kilograms");
        c = item(list(team.observer(), draft, 3), id);
        assertAnchor(c, V3, CodePoints.at(V3, "20 kilograms"), "20 kilograms");
    }

    // ----------------------------------------------------------------------------------------

    private static void assertVersionsAreAsIntended() {
        assertTrue(V1.contains(WORDS) && V1.indexOf(WORDS) == V1.lastIndexOf(WORDS));
        assertTrue(V2.contains(PURPOSES) && V2.contains(WORDS));
        assertTrue(V3.contains(EDITED_WORDS) && !V3.contains(WORDS));
        assertTrue(V4.indexOf(EDITED_WORDS) > V4.indexOf("3. A munition"));
        assertFalse(V5.contains("explosive"));
        assertTrue(V5.contains(P3) && V5.startsWith("1. " + PURPOSES));
    }

    private static JsonPath list(String username, long draft, Integer version) {
        var spec = Api.signedIn(username).queryParam("size", 200);
        if (version != null) {
            spec = spec.queryParam("version", version);
        }
        return spec.get("/api/drafts/" + draft + "/comments").then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }

    private static Map<String, Object> item(JsonPath page, long id) {
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(i -> ((Number) i.get("id")).longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("comment " + id + " is not listed: " + items));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> anchorOf(Map<String, Object> comment) {
        Map<String, Object> anchor = (Map<String, Object>) comment.get("anchor");
        assertNotNull(anchor, "the comment has an anchor: " + comment);
        return anchor;
    }

    /** The anchor is {@code quote} at {@code start} in {@code text}, with the context found there. */
    private static void assertAnchor(Map<String, Object> comment, String text, int start, String quote) {
        Map<String, Object> anchor = anchorOf(comment);
        int end = start + CodePoints.length(quote);
        assertEquals(start, ((Number) anchor.get("start")).intValue(), "start of " + anchor);
        assertEquals(end, ((Number) anchor.get("end")).intValue(), "end of " + anchor);
        assertEquals(quote, anchor.get("quote"));
        assertEquals(quote, CodePoints.slice(text, start, end));
        assertEquals(CodePoints.slice(text, Math.max(0, start - 32), start), anchor.get("prefix"));
        assertEquals(CodePoints.slice(text, end, Math.min(CodePoints.length(text), end + 32)), anchor.get("suffix"));
    }

    @SuppressWarnings("unchecked")
    private static void assertOriginal(Map<String, Object> comment, int start, int end) {
        Map<String, Object> original = (Map<String, Object>) comment.get("original");
        assertNotNull(original, "the comment shows its original anchor: " + comment);
        assertEquals(1, ((Number) original.get("version")).intValue());
        assertEquals(start, ((Number) original.get("start")).intValue());
        assertEquals(end, ((Number) original.get("end")).intValue());
        assertEquals(WORDS, original.get("quote"));
    }
}
