package org.lexdraft.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lexdraft.support.Problems.TYPES;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexdraft.support.Api;
import org.lexdraft.support.CodePoints;

/** Comments through /api/drafts/{id}/comments and /api/comments/{cid}: anchors, threads, status, visibility. */
@QuarkusTest
class CommentApiTest {

    private static final String PROBLEM = "application/problem+json";
    /** "explosive submunitions" occurs twice; the bomb emoji is one code point but two UTF-16 units. */
    private static final String TEXT = "1. \"Cluster munition\" 💣 means a conventional munition that is designed to"
            + " disperse or release explosive submunitions each weighing less than 20 kilograms, and includes those"
            + " explosive submunitions.";
    private static final String SECRET = "Our fallback: accept 20 kg if the others drop paragraph 3.";
    /** Marks a key to leave out of a request body. */
    private static final Object ABSENT = new Object();

    // ----------------------------------------------------------------------------------------
    // Creating, with and without anchors
    // ----------------------------------------------------------------------------------------

    @Test
    void createWithRangeAnchorAnswers201WithLocationAndTheAnchorInBothForms() {
        Api.Team team = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "tabled");
        String quote = "conventional munition";
        int start = CodePoints.at(TEXT, quote);
        int end = start + CodePoints.length(quote);
        // offsets count code points: the emoji before the words counts once
        assertEquals(TEXT.indexOf(quote) - 1, start);
        Response r = post(team.drafter(), draft, Map.of("version", 1, "body", "Say which munitions.",
                "anchor", Map.of("start", start, "end", end)));
        r.then().statusCode(201)
                .contentType("application/json")
                .body("id", notNullValue())
                .body("draft", Api.id(draft))
                .body("version", equalTo(1))
                .body("author", equalTo(team.drafter()))
                .body("delegation", equalTo(team.code()))
                .body("body", equalTo("Say which munitions."))
                .body("visibility", equalTo("public"))
                .body("status", equalTo("open"))
                .body("replyTo", nullValue())
                .body("history", hasSize(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("anchorVersion", equalTo(draft + ":1"))
                .body("anchorState", equalTo("exact"))
                .body("anchor.start", equalTo(start))
                .body("anchor.end", equalTo(end))
                .body("anchor.quote", equalTo(quote))
                .body("anchor.prefix", equalTo(CodePoints.slice(TEXT, Math.max(0, start - 32), start)))
                .body("anchor.suffix", equalTo(CodePoints.slice(TEXT, end, Math.min(CodePoints.length(TEXT), end + 32))))
                .body("original.version", equalTo(1))
                .body("original.start", equalTo(start))
                .body("original.end", equalTo(end))
                .body("original.quote", equalTo(quote));
        long id = r.jsonPath().getLong("id");
        r.then().header("Location", endsWith("/api/comments/" + id));
        // the comment reads the same from its Location, for its delegation and for another one
        for (String reader : List.of(team.drafter(), other.observer())) {
            Api.as(reader).get(r.header("Location")).then().statusCode(200)
                    .body("id", Api.id(id))
                    .body("anchorState", equalTo("exact"))
                    .body("anchor.start", equalTo(start))
                    .body("anchor.end", equalTo(end))
                    .body("anchor.quote", equalTo(quote));
        }
        Api.as(other.drafter()).get("/api/drafts/" + draft + "/comments").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", Api.id(id))
                .body("items[0].anchor.quote", equalTo(quote));
    }

    @Test
    void quoteAnchorIsPlacedByPrefixAndSuffixAmongOccurrences() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "delegation");
        String quote = "explosive submunitions";
        int first = CodePoints.at(TEXT, quote);
        int second = CodePoints.lastAt(TEXT, quote);
        assertTrue(first < second);

        post(team.drafter(), draft, Map.of("version", 1, "body", "The second one.",
                "anchor", Map.of("quote", quote, "prefix", "and includes those ")))
                .then().statusCode(201)
                .body("anchorState", equalTo("exact"))
                .body("anchor.start", equalTo(second))
                .body("anchor.end", equalTo(second + CodePoints.length(quote)))
                .body("anchor.quote", equalTo(quote))
                .body("anchor.prefix", endsWith("and includes those "))
                .body("anchor.suffix", equalTo("."));
        post(team.drafter(), draft, Map.of("version", 1, "body", "The first one.",
                "anchor", Map.of("quote", quote, "suffix", " each weighing")))
                .then().statusCode(201)
                .body("anchor.start", equalTo(first))
                .body("anchor.end", equalTo(first + CodePoints.length(quote)))
                .body("anchor.suffix", startsWith(" each weighing"));
        long both = Api.comment(team.drafter(), draft, Map.of("version", 1, "body", "Both sides of it.",
                "anchor", Map.of("quote", quote, "prefix", "those ", "suffix", ".")));
        // the stored anchor keeps the offsets found as well as the words
        Api.as(team.drafter()).get("/api/comments/" + both).then().statusCode(200)
                .body("anchor.start", equalTo(second))
                .body("anchor.end", equalTo(second + CodePoints.length(quote)))
                .body("original.start", equalTo(second))
                .body("original.quote", equalTo(quote));
        // without context the quote still has to be found somewhere
        post(team.drafter(), draft, Map.of("version", 1, "body", "Somewhere.", "anchor", Map.of("quote", quote)))
                .then().statusCode(201)
                .body("anchor.quote", equalTo(quote))
                .body("anchorState", equalTo("exact"));
        // a quote with a character outside the BMP: offsets and lengths in code points
        int bomb = CodePoints.at(TEXT, "💣 means");
        post(team.drafter(), draft, Map.of("version", 1, "body", "No pictures.", "anchor", Map.of("quote", "💣 means")))
                .then().statusCode(201)
                .body("anchor.start", equalTo(bomb))
                .body("anchor.end", equalTo(bomb + 7))
                .body("anchor.quote", equalTo("💣 means"));
        assertEquals(5, Api.commentTotal(team.drafter(), draft));
    }

    @Test
    void rangeAndQuoteThatAgreeAreAccepted() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "delegation");
        String quote = "explosive submunitions";
        int second = CodePoints.lastAt(TEXT, quote);
        post(team.drafter(), draft, Map.of("version", 1, "body", "Both forms.",
                "anchor", Map.of("start", second, "end", second + CodePoints.length(quote), "quote", quote)))
                .then().statusCode(201)
                .body("anchor.start", equalTo(second))
                .body("anchor.end", equalTo(second + CodePoints.length(quote)))
                .body("anchor.quote", equalTo(quote))
                .body("anchorState", equalTo("exact"));
    }

    @Test
    void unanchoredCommentHasNoAnchor() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "delegation");
        long id = Api.comment(team.drafter(), draft, Map.of("version", 1, "body", "  General remark on the whole text.  "));
        Api.as(team.observer()).get("/api/comments/" + id).then().statusCode(200)
                .body("body", equalTo("General remark on the whole text."))
                .body("anchor", nullValue())
                .body("anchorState", nullValue())
                .body("original", nullValue());
        Api.as(team.observer()).get("/api/drafts/" + draft + "/comments").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].anchor", nullValue());
    }

    @Test
    void anotherDelegationCommentsOnATabledDraftAsItself() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), TEXT, "tabled");
        post(other.drafter(), draft, Map.of("version", 1, "body", "We object.")).then().statusCode(201)
                .body("delegation", equalTo(other.code()))
                .body("author", equalTo(other.drafter()));
        String chairDelegation = Api.admin().get("/api/me").then().statusCode(200).extract().jsonPath().getString("delegation");
        post("admin", draft, Map.of("version", 1, "body", "Please converge.")).then().statusCode(201)
                .body("delegation", equalTo(chairDelegation))
                .body("author", equalTo("admin"));
        assertEquals(2, Api.commentTotal(owner.observer(), draft));
    }

    // ----------------------------------------------------------------------------------------
    // Bad input: a clear 4xx problem, and nothing changes
    // ----------------------------------------------------------------------------------------

    static Stream<Arguments> badComments() {
        int length = CodePoints.length(TEXT);
        String quote = "conventional munition";
        int s = CodePoints.at(TEXT, quote);
        int e = s + CodePoints.length(quote);
        return Stream.of(
                bad("start equal to end", Map.of("anchor", Map.of("start", s, "end", s)), "anchor", 400, 422),
                bad("start after end", Map.of("anchor", Map.of("start", e, "end", s)), "anchor", 400, 422),
                bad("end beyond the text", Map.of("anchor", Map.of("start", s, "end", length + 1)), "anchor", 400, 422),
                bad("end far beyond the text", Map.of("anchor", Map.of("start", length, "end", length + 50)), "anchor", 400, 422),
                bad("negative start", Map.of("anchor", Map.of("start", -1, "end", e)), "anchor", 400, 422),
                bad("start without end", Map.of("anchor", Map.of("start", s)), "anchor", 400, 422),
                bad("empty anchor", Map.of("anchor", Map.of()), "anchor", 400, 422),
                bad("quote not found", Map.of("anchor", Map.of("quote", "incendiary weapons")), "anchor", 422),
                bad("quote differing in case only", Map.of("anchor", Map.of("quote", "Conventional Munition")), "anchor", 422),
                bad("empty quote", Map.of("anchor", Map.of("quote", "")), "anchor", 400, 422),
                bad("range and quote disagreeing",
                        Map.of("anchor", Map.of("start", s, "end", e, "quote", "explosive submunition")), "anchor", 422),
                bad("range and quote of the same length disagreeing",
                        Map.of("anchor", Map.of("start", s + 1, "end", e + 1, "quote", quote)), "anchor", 422),
                bad("empty body", Map.of("body", ""), "body", 400),
                bad("blank body", Map.of("body", " \n\t "), "body", 400),
                bad("missing body", Map.of("body", ABSENT), "body", 400),
                bad("body of 10001 characters", Map.of("body", "x".repeat(10_001)), "body", 400),
                bad("version 0", Map.of("version", 0), "version", 400),
                bad("negative version", Map.of("version", -3), "version", 400),
                bad("version beyond the head", Map.of("version", 2), "version", 422),
                bad("missing version", Map.of("version", ABSENT), "version", 400),
                bad("version not a number", Map.of("version", "one"), "version", 400),
                bad("unknown visibility", Map.of("visibility", "secret"), "visibility", 400),
                bad("replyTo not a number", Map.of("replyTo", "first"), "replyTo", 400),
                bad("replyTo an unknown comment", Map.of("replyTo", Long.MAX_VALUE - 7), "replyTo", 422),
                bad("unknown property", Map.of("delegation", "XOTHER"), "delegation", 400),
                bad("unknown property in the anchor", Map.of("anchor", Map.of("start", s, "end", e, "page", 2)),
                        "anchor", 400),
                bad("status set at creation", Map.of("status", "resolved"), "status", 400));
    }

    private static Arguments bad(String name, Map<String, Object> overrides, String field, Integer... statuses) {
        return Arguments.of(name, overrides, field, List.of(statuses));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badComments")
    void badInputIsAClear4xxAndChangesNothing(String name, Map<String, Object> overrides, String field,
                                              List<Integer> statuses) {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "tabled");
        long existing = Api.comment(team.drafter(), draft, Map.of("version", 1, "body", "Already here."));
        Map<String, Object> body = new HashMap<>();
        body.put("version", 1);
        body.put("body", "A comment.");
        body.put("anchor", Map.of("quote", "conventional munition"));
        body.putAll(overrides);
        body.values().removeIf(v -> v == ABSENT);
        Response r = post(team.drafter(), draft, body);
        assertTrue(statuses.contains(r.statusCode()), name + ": expected one of " + statuses + " but got "
                + r.statusCode() + " " + r.asString());
        r.then().contentType(PROBLEM)
                .body("status", equalTo(r.statusCode()))
                .body("type", startsWith(TYPES))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()))
                .body("errors.field", hasItem(startsWith(field)));
        Api.as(team.drafter()).get("/api/drafts/" + draft + "/comments").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", Api.ids(existing));
    }

    @Test
    void malformedJsonIs400AndChangesNothing() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "delegation");
        for (String broken : List.of("{\"version\": 1, \"body\": \"x\", ", "{\"version\": 1, \"body\": \"x\" \"anchor\": {}}",
                "[1, 2]", "")) {
            Api.as(team.drafter()).body(broken).post("/api/drafts/" + draft + "/comments")
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", startsWith(TYPES));
        }
        Api.as(team.drafter()).body("{\"version\": 1, \"body\": \"x\", ").post("/api/drafts/" + draft + "/comments")
                .then().body("type", equalTo(TYPES + "malformed-json"));
        assertEquals(0, Api.commentTotal(team.drafter(), draft));
    }

    @Test
    void bodyCutOffInsideAStringIsMalformedJsonNotAFieldError() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "delegation");
        Api.as(team.drafter()).body("{\"version\": 1, \"body\": \"unterminated").post("/api/drafts/" + draft + "/comments")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "malformed-json"));
        assertEquals(0, Api.commentTotal(team.drafter(), draft));
    }

    @Test
    void observerCannotComment403() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "tabled");
        post(team.observer(), draft, Map.of("version", 1, "body", "May I?")).then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "forbidden"));
        Api.Team other = Api.Team.create();
        post(other.observer(), draft, Map.of("version", 1, "body", "May I?")).then().statusCode(403)
                .contentType(PROBLEM);
        assertEquals(0, Api.commentTotal(team.drafter(), draft));
    }

    @Test
    void anonymousCannotCommentOrRead401() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "tabled");
        long id = Api.comment(team.drafter(), draft, Map.of("version", 1, "body", "Ours."));
        Api.anonymous().body(Map.of("version", 1, "body", "Hello")).post("/api/drafts/" + draft + "/comments")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("type", equalTo(TYPES + "unauthorized"));
        Api.anonymous().get("/api/drafts/" + draft + "/comments").then().statusCode(401).contentType(PROBLEM);
        Api.anonymous().get("/api/comments/" + id).then().statusCode(401).contentType(PROBLEM);
        Api.anonymous().body(Map.of("status", "resolved")).patch("/api/comments/" + id).then().statusCode(401)
                .contentType(PROBLEM);
        Api.as(team.drafter(), "wrong-password").body(Map.of("version", 1, "body", "Hello"))
                .post("/api/drafts/" + draft + "/comments").then().statusCode(401).contentType(PROBLEM);
        Api.as(team.drafter()).get("/api/comments/" + id).then().statusCode(200).body("status", equalTo("open"));
        assertEquals(1, Api.commentTotal(team.drafter(), draft));
    }

    @Test
    void anotherDelegationsPrivateDraftIs404OnEveryCommentPath() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), TEXT, "delegation");
        long id = Api.comment(owner.drafter(), draft, Map.of("version", 1, "body", SECRET));
        for (String outsider : List.of(other.drafter(), "admin")) {
            post(outsider, draft, Map.of("version", 1, "body", "Found it.")).then().statusCode(404)
                    .contentType(PROBLEM)
                    .body("type", equalTo(TYPES + "not-found"));
            Api.signedIn(outsider).get("/api/drafts/" + draft + "/comments").then().statusCode(404)
                    .contentType(PROBLEM);
            Api.signedIn(outsider).get("/api/comments/" + id).then().statusCode(404)
                    .contentType(PROBLEM)
                    .body("detail", not(containsString("fallback")));
            Api.signedIn(outsider).body(Map.of("status", "resolved")).patch("/api/comments/" + id)
                    .then().statusCode(404).contentType(PROBLEM);
        }
        Api.as(owner.drafter()).get("/api/comments/" + id).then().statusCode(200)
                .body("status", equalTo("open"))
                .body("body", equalTo(SECRET));
        assertEquals(1, Api.commentTotal(owner.drafter(), draft));
    }

    @Test
    void listingInAMissingVersionIs404AndVersion0Is400() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "delegation");
        long existing = Api.comment(team.drafter(), draft, Map.of("version", 1, "body", "On version one."));
        Api.as(team.drafter()).queryParam("version", 2).get("/api/drafts/" + draft + "/comments")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"))
                .body("status", equalTo(404));
        Api.as(team.drafter()).queryParam("version", 0).get("/api/drafts/" + draft + "/comments")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "validation"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem("version"));
        Api.as(team.drafter()).get("/api/drafts/" + (draft + 1_000_000) + "/comments")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
        // the draft still has its one version and its one comment
        Api.as(team.drafter()).get("/api/drafts/" + draft).then().statusCode(200).body("head", equalTo(1));
        Api.as(team.drafter()).queryParam("version", 1).get("/api/drafts/" + draft + "/comments").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", Api.id(existing))
                .body("items[0].body", equalTo("On version one."));
    }

    // ----------------------------------------------------------------------------------------
    // Threads
    // ----------------------------------------------------------------------------------------

    @Test
    void replyIsListedWithReplyToAfterItsParent() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), TEXT, "tabled");
        long parent = Api.comment(owner.drafter(), draft, Map.of("version", 1, "body", "Is 20 kg right?",
                "anchor", Map.of("quote", "20 kilograms")));
        post(other.drafter(), draft, Map.of("version", 1, "body", "We prefer 4 kg.", "replyTo", parent))
                .then().statusCode(201)
                .body("replyTo", Api.id(parent))
                .body("visibility", equalTo("public"))
                .body("delegation", equalTo(other.code()));
        Api.as(owner.observer()).get("/api/drafts/" + draft + "/comments").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].id", Api.id(parent))
                .body("items[0].replyTo", nullValue())
                .body("items[1].replyTo", Api.id(parent))
                .body("items[1].body", equalTo("We prefer 4 kg."));
    }

    @Test
    void replyToOwnPrivateCommentIsPrivateByDefault() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), TEXT, "tabled");
        long parent = Api.comment(owner.drafter(), draft, Map.of("version", 1, "body", SECRET, "visibility", "delegation"));
        long reply = post(owner.drafter(), draft, Map.of("version", 1, "body", "Agreed internally.", "replyTo", parent))
                .then().statusCode(201)
                .body("replyTo", Api.id(parent))
                .body("visibility", equalTo("delegation"))
                .extract().jsonPath().getLong("id");
        Api.as(owner.observer()).get("/api/drafts/" + draft + "/comments").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", Api.ids(parent, reply));
        assertEquals(0, Api.commentTotal(other.drafter(), draft));
        Api.as(other.drafter()).get("/api/comments/" + reply).then().statusCode(404).contentType(PROBLEM);
        // explicitly private is accepted as well
        post(owner.drafter(), draft, Map.of("version", 1, "body", "Noted.", "replyTo", parent, "visibility", "delegation"))
                .then().statusCode(201)
                .body("visibility", equalTo("delegation"));
    }

    @Test
    void explicitPublicReplyToAPrivateCommentIs422() {
        Api.Team owner = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), TEXT, "tabled");
        long parent = Api.comment(owner.drafter(), draft, Map.of("version", 1, "body", SECRET, "visibility", "delegation"));
        post(owner.drafter(), draft, Map.of("version", 1, "body", "Going public.", "replyTo", parent, "visibility", "public"))
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("type", startsWith(TYPES))
                .body("errors.field", hasItem("visibility"));
        assertEquals(1, Api.commentTotal(owner.drafter(), draft));
        assertEquals(0, Api.commentTotal("admin", draft));
    }

    @Test
    void replyToACommentOfAnotherDraftIs422() {
        Api.Team team = Api.Team.create();
        String term = Api.term();
        long draft = Api.draft(team.drafter(), term, TEXT, "tabled");
        long otherDraft = Api.draft(team.drafter(), term, TEXT, "tabled");
        long elsewhere = Api.comment(team.drafter(), otherDraft, Map.of("version", 1, "body", "On the other draft."));
        post(team.drafter(), draft, Map.of("version", 1, "body", "Reply.", "replyTo", elsewhere))
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("replyTo"));
        assertEquals(0, Api.commentTotal(team.drafter(), draft));
        assertEquals(1, Api.commentTotal(team.drafter(), otherDraft));
    }

    @Test
    void replyToAnInvisiblePrivateCommentIs422AndLeaksNothing() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), TEXT, "tabled");
        long hidden = Api.comment(owner.drafter(), draft, Map.of("version", 1, "body", SECRET, "visibility", "delegation"));
        for (String outsider : List.of(other.drafter(), "admin")) {
            post(outsider, draft, Map.of("version", 1, "body", "Guessing ids.", "replyTo", hidden))
                    .then().statusCode(422)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("replyTo"))
                    .body("detail", not(containsString("fallback")));
            assertEquals(0, Api.commentTotal(outsider, draft));
        }
        assertEquals(1, Api.commentTotal(owner.drafter(), draft));
    }

    // ----------------------------------------------------------------------------------------
    // Status and edits
    // ----------------------------------------------------------------------------------------

    @Test
    void authorEditsTheBodyAndTheOldBodyIsKeptInHistory() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "tabled");
        long id = Api.comment(team.drafter(), draft, Map.of("version", 1, "body", "First wording.",
                "anchor", Map.of("quote", "20 kilograms")));
        Api.as(team.drafter()).body(Map.of("body", "Second wording.")).patch("/api/comments/" + id)
                .then().statusCode(200)
                .contentType("application/json")
                .body("id", Api.id(id))
                .body("body", equalTo("Second wording."))
                .body("status", equalTo("open"))
                .body("history", hasSize(1))
                .body("history[0].body", equalTo("First wording."))
                .body("history[0].replacedAt", notNullValue())
                .body("anchor.quote", equalTo("20 kilograms"));
        Api.as(team.drafter()).body(Map.of("body", "Third wording.")).patch("/api/comments/" + id)
                .then().statusCode(200)
                .body("history", hasSize(2))
                .body("history.body", hasItem("First wording."))
                .body("history.body", hasItem("Second wording."));
        Api.as(team.observer()).get("/api/comments/" + id).then().statusCode(200)
                .body("body", equalTo("Third wording."))
                .body("history", hasSize(2));
        Api.as(team.observer()).get("/api/drafts/" + draft + "/comments").then().statusCode(200)
                .body("items[0].body", equalTo("Third wording."))
                .body("items[0].history", hasSize(2));
    }

    @Test
    void badEditsAre400AndChangeNothing() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "delegation");
        long id = Api.comment(team.drafter(), draft, Map.of("version", 1, "body", "Keep me."));
        List<Map<String, Object>> bad = List.of(Map.of("body", ""), Map.of("body", "   "),
                Map.of("body", "y".repeat(10_001)), Map.of("status", "closed"), Map.of("status", "open", "id", 7),
                Map.of("visibility", "delegation"));
        for (Map<String, Object> changes : bad) {
            Api.as(team.drafter()).body(changes).patch("/api/comments/" + id).then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", startsWith(TYPES));
        }
        Api.as(team.drafter()).body("{\"body\": ").patch("/api/comments/" + id).then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "malformed-json"));
        Api.as(team.drafter()).get("/api/comments/" + id).then().statusCode(200)
                .body("body", equalTo("Keep me."))
                .body("status", equalTo("open"))
                .body("visibility", equalTo("public"))
                .body("history", hasSize(0));
        Api.as(team.drafter()).body(Map.of("status", "resolved")).patch("/api/comments/" + Long.MAX_VALUE)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void anotherDrafterOfTheDelegationCannotEditTheBodyButCanResolve() {
        Api.Team team = Api.Team.create();
        String colleague = Api.member(team.code(), "drafter");
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "delegation");
        long id = Api.comment(team.drafter(), draft, Map.of("version", 1, "body", "Mine."));
        Api.as(colleague).body(Map.of("body", "Theirs.")).patch("/api/comments/" + id).then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "forbidden"));
        // a refused request changes nothing, not even the part that alone would be allowed
        Api.as(colleague).body(Map.of("body", "Theirs.", "status", "resolved")).patch("/api/comments/" + id)
                .then().statusCode(403);
        Api.as(team.drafter()).get("/api/comments/" + id).then().statusCode(200)
                .body("body", equalTo("Mine."))
                .body("status", equalTo("open"))
                .body("history", hasSize(0));
        Api.as(colleague).body(Map.of("status", "resolved")).patch("/api/comments/" + id).then().statusCode(200)
                .body("status", equalTo("resolved"))
                .body("body", equalTo("Mine."));
        Api.as(team.drafter()).body(Map.of("status", "open")).patch("/api/comments/" + id).then().statusCode(200)
                .body("status", equalTo("open"));
        Api.as(team.observer()).get("/api/comments/" + id).then().statusCode(200).body("status", equalTo("open"));
    }

    @Test
    void chairResolvesAPublicCommentOfAnotherDelegationButDoesNotEditIt() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TEXT, "tabled");
        long id = Api.comment(team.drafter(), draft, Map.of("version", 1, "body", "Settle this."));
        Api.admin().body(Map.of("body", "Settled.")).patch("/api/comments/" + id).then().statusCode(403)
                .contentType(PROBLEM);
        Api.admin().body(Map.of("status", "resolved")).patch("/api/comments/" + id).then().statusCode(200)
                .body("status", equalTo("resolved"))
                .body("body", equalTo("Settle this."));
        Api.as(team.observer()).get("/api/comments/" + id).then().statusCode(200)
                .body("status", equalTo("resolved"))
                .body("history", hasSize(0));
    }

    @Test
    void drafterOfAnotherDelegationAndObserversCannotResolve403() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), TEXT, "tabled");
        long id = Api.comment(owner.drafter(), draft, Map.of("version", 1, "body", "Open question."));
        for (String user : List.of(other.drafter(), owner.observer(), other.observer())) {
            Api.as(user).body(Map.of("status", "resolved")).patch("/api/comments/" + id).then().statusCode(403)
                    .contentType(PROBLEM)
                    .body("type", equalTo(TYPES + "forbidden"));
            Api.as(user).body(Map.of("body", "Closed.")).patch("/api/comments/" + id).then().statusCode(403)
                    .contentType(PROBLEM);
        }
        Api.as(owner.drafter()).get("/api/comments/" + id).then().statusCode(200)
                .body("status", equalTo("open"))
                .body("body", equalTo("Open question."))
                .body("history", hasSize(0));
    }

    // ----------------------------------------------------------------------------------------
    // Delegation-private comments
    // ----------------------------------------------------------------------------------------

    @Test
    void privateCommentIsInvisibleToOtherDelegationsAndTheChairOnEveryPath() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), TEXT, "tabled");
        long open = Api.comment(owner.drafter(), draft, Map.of("version", 1, "body", "Public remark."));
        long hidden = Api.comment(owner.drafter(), draft, Map.of("version", 1, "body", SECRET, "visibility", "delegation",
                "anchor", Map.of("quote", "20 kilograms")));
        long hiddenReply = Api.comment(owner.drafter(), draft, Map.of("version", 1, "body", "Fine by me.", "replyTo", hidden));

        // the owner's delegation sees all three, observers included
        for (String insider : List.of(owner.drafter(), owner.observer())) {
            Api.as(insider).get("/api/drafts/" + draft + "/comments").then().statusCode(200)
                    .body("total", equalTo(3))
                    .body("items.id", Api.ids(open, hidden, hiddenReply));
            Api.as(insider).get("/api/comments/" + hidden).then().statusCode(200)
                    .body("visibility", equalTo("delegation"))
                    .body("body", equalTo(SECRET));
        }

        for (String outsider : List.of(other.drafter(), other.observer(), "admin")) {
            Api.signedIn(outsider).get("/api/drafts/" + draft + "/comments").then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items.id", Api.ids(open))
                    .body(not(containsString("fallback")));
            Api.signedIn(outsider).queryParam("version", 1).queryParam("size", 1)
                    .get("/api/drafts/" + draft + "/comments").then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items.id", Api.ids(open));
            Api.signedIn(outsider).queryParam("page", 1).queryParam("size", 1)
                    .get("/api/drafts/" + draft + "/comments").then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items", hasSize(0));
            for (long id : List.of(hidden, hiddenReply)) {
                Api.signedIn(outsider).get("/api/comments/" + id).then().statusCode(404)
                        .contentType(PROBLEM)
                        .body("type", equalTo(TYPES + "not-found"))
                        .body(not(containsString("fallback")));
                Api.signedIn(outsider).body(Map.of("status", "resolved")).patch("/api/comments/" + id)
                        .then().statusCode(404).contentType(PROBLEM);
                Api.signedIn(outsider).body(Map.of("body", "Overwritten.")).patch("/api/comments/" + id)
                        .then().statusCode(404).contentType(PROBLEM);
            }
        }
        for (String outsider : List.of(other.drafter(), "admin")) {
            post(outsider, draft, Map.of("version", 1, "body", "Replying blind.", "replyTo", hidden))
                    .then().statusCode(422)
                    .contentType(PROBLEM)
                    .body(not(containsString("fallback")));
        }

        Api.as(owner.drafter()).get("/api/comments/" + hidden).then().statusCode(200)
                .body("status", equalTo("open"))
                .body("body", equalTo(SECRET))
                .body("history", hasSize(0));
        assertEquals(3, Api.commentTotal(owner.drafter(), draft));
        assertEquals(1, Api.commentTotal(other.drafter(), draft));
    }

    @Test
    void chairsPrivateCommentIsInvisibleToTheDraftingDelegation() {
        Api.Team owner = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), TEXT, "tabled");
        long chairs = Api.comment("admin", draft, Map.of("version", 1, "body", "Note to the bureau.", "visibility", "delegation"));
        assertEquals(1, Api.commentTotal("admin", draft));
        assertEquals(0, Api.commentTotal(owner.drafter(), draft));
        Api.as(owner.drafter()).get("/api/comments/" + chairs).then().statusCode(404).contentType(PROBLEM);
        Api.as(owner.drafter()).body(Map.of("status", "resolved")).patch("/api/comments/" + chairs)
                .then().statusCode(404).contentType(PROBLEM);
    }

    // ----------------------------------------------------------------------------------------

    private static Response post(String username, long draft, Map<String, ?> body) {
        return Api.signedIn(username).body(body).post("/api/drafts/" + draft + "/comments");
    }
}
