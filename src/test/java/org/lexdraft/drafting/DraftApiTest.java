package org.lexdraft.drafting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lexdraft.support.Problems.TYPES;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexdraft.support.Api;
import org.lexdraft.support.Digests;
import org.lexdraft.support.Links;
import org.lexdraft.support.Listing;

/** Creating, seeing and changing drafts through /api/terms/{slug}/drafts and /api/drafts/{id}. */
@QuarkusTest
class DraftApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TEXT = "\"Cluster munition\" means a conventional munition 💣 that disperses submunitions.";

    // ----------------------------------------------------------------------------------------
    // Creation
    // ----------------------------------------------------------------------------------------

    @Test
    void createAnswers201WithLocationETagAndVersionOne() throws Exception {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        Response r = Api.as(team.drafter()).body(Map.of("title", "Our draft", "text", TEXT, "message", "first"))
                .post("/api/terms/" + slug + "/drafts");
        r.then().statusCode(201)
                .contentType("application/json")
                .header("ETag", equalTo("\"1\""))
                .body("id", notNullValue())
                .body("term", equalTo(slug))
                .body("delegation", equalTo(team.code()))
                .body("title", equalTo("Our draft"))
                .body("visibility", equalTo("delegation"))
                .body("status", equalTo("active"))
                .body("head", equalTo(1))
                .body("basedOn", nullValue())
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("version.number", equalTo(1))
                .body("version.text", equalTo(TEXT))
                .body("version.author", equalTo(team.drafter()))
                .body("version.delegation", equalTo(team.code()))
                .body("version.sha256", equalTo(Digests.sha256(TEXT)))
                .body("version.length", equalTo(TEXT.codePointCount(0, TEXT.length())))
                .body("version.merged", equalTo(false));
        long id = r.jsonPath().getLong("id");
        r.then().header("Location", endsWith("/api/drafts/" + id));
        // the emoji is one code point but two UTF-16 units: the length is not String.length()
        assertEquals(TEXT.length() - 1, r.jsonPath().getInt("version.length"));
        Api.as(team.drafter()).get(r.header("Location")).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("id", Api.id(id))
                .body("head", equalTo(1));
    }

    @Test
    void createCanTableAtOnce() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        create(team.drafter(), slug, Map.of("visibility", "tabled")).then().statusCode(201)
                .body("visibility", equalTo("tabled"));
    }

    @Test
    void clientCannotSetTheOwnerDelegation() {
        Api.Team team = Api.Team.create();
        Api.Team other = Api.Team.create();
        String slug = Api.term();
        create(team.drafter(), slug, Map.of("delegation", other.code())).then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("delegation"));
        assertEquals(0, draftCount(team.drafter(), slug));
        assertEquals(0, draftCount(other.drafter(), slug));
    }

    @Test
    void clientCannotSetTheId() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        create(team.drafter(), slug, Map.of("id", 4242)).then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("id"));
        assertEquals(0, draftCount(team.drafter(), slug));
    }

    @Test
    void observerCannotCreateA403() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        create(team.observer(), slug, Map.of()).then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "forbidden"));
        assertEquals(0, draftCount(team.drafter(), slug));
    }

    @Test
    void anonymousCannotCreateA401() {
        String slug = Api.term();
        Api.anonymous().body(Map.of("title", "t", "text", "x")).post("/api/terms/" + slug + "/drafts")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "unauthorized"));
        assertEquals(0, draftCount("admin", slug));
    }

    @Test
    void unknownTermIs404() {
        Api.Team team = Api.Team.create();
        create(team.drafter(), "no-such-term-" + Api.code().toLowerCase(), Map.of()).then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
    }

    @Test
    void missingTitleIs400NamingTheField() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        Api.as(team.drafter()).body(Map.of("text", TEXT)).post("/api/terms/" + slug + "/drafts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("title"));
        assertEquals(0, draftCount(team.drafter(), slug));
    }

    @Test
    void emptyTitleIs400NamingTheField() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        create(team.drafter(), slug, Map.of("title", "")).then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("title"));
        assertEquals(0, draftCount(team.drafter(), slug));
    }

    @Test
    void textOverTheLimitIs422TextTooLongAndNothingIsCreated() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        create(team.drafter(), slug, Map.of("text", "a".repeat(100_001))).then().statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "text-too-long"))
                .body("errors.field", hasItem("text"));
        assertEquals(0, draftCount(team.drafter(), slug));
    }

    @Test
    void textAtTheLimitInCodePointsIsAccepted() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        // 100,000 code points but 150,000 UTF-16 units: the limit counts code points
        String text = "😀".repeat(50_000) + "a".repeat(50_000);
        create(team.drafter(), slug, Map.of("text", text)).then().statusCode(201)
                .body("version.length", equalTo(100_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "1:0", "0:1"})
    void malformedBasedOnIs400NamingTheField(String basedOn) {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        create(team.drafter(), slug, Map.of("basedOn", basedOn)).then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("basedOn"));
        assertEquals(0, draftCount(team.drafter(), slug));
    }

    @Test
    void basedOnAnotherDelegationsPrivateDraftIs404AndNothingIsCreated() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        String slug = Api.term();
        long hidden = Api.draft(owner.drafter(), slug, "secret wording", "delegation");
        create(other.drafter(), slug, Map.of("basedOn", hidden + ":1")).then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"))
                .body("detail", not(containsString("secret")));
        assertEquals(0, draftCount(other.drafter(), slug));
        assertEquals(1, draftCount(owner.drafter(), slug));
    }

    @Test
    void basedOnAnUnknownVersionIs404() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        long source = Api.draft(team.drafter(), slug, "wording", "tabled");
        create(team.drafter(), slug, Map.of("basedOn", source + ":9")).then().statusCode(404)
                .contentType(PROBLEM);
        assertEquals(1, draftCount(team.drafter(), slug));
    }

    @Test
    void basedOnATabledDraftOfAnotherTermForksIt() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        String earlier = Api.term();
        String slug = Api.term();
        long source = Api.draft(owner.drafter(), earlier, "agreed language of an earlier instrument", "tabled");
        Api.version(owner.drafter(), source, "agreed language of an earlier instrument, revised", 1);
        String ref = source + ":2";
        Response r = create(other.drafter(), slug, Map.of("basedOn", ref));
        r.then().statusCode(201)
                .body("term", equalTo(slug))
                .body("delegation", equalTo(other.code()))
                .body("basedOn", equalTo(ref))
                .body("version.number", equalTo(1))
                .body("version.parent", equalTo(ref));
        long id = r.jsonPath().getLong("id");
        Api.as(other.drafter()).get("/api/drafts/" + id).then().statusCode(200).body("basedOn", equalTo(ref));
        Api.as(other.drafter()).get("/api/drafts/" + id + "/versions").then().statusCode(200)
                .body("items[0].parent", equalTo(ref));
    }

    // ----------------------------------------------------------------------------------------
    // Visibility: a private draft of another delegation does not exist for the caller
    // ----------------------------------------------------------------------------------------

    @Test
    void privateDraftIsInvisibleToAnotherDelegationOnEveryPath() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        String slug = Api.term();
        long hidden = Api.draft(owner.drafter(), slug, "private wording", "delegation");
        long visible = Api.draft(other.drafter(), slug, "their own wording", "delegation");
        for (String user : List.of(other.drafter(), other.observer())) {
            assertInvisible(user, slug, hidden, visible);
        }
        // the owner's own members do see it
        for (String user : List.of(owner.drafter(), owner.observer())) {
            assertVisible(user, slug, hidden);
        }
    }

    @Test
    void chairDoesNotSeeAnotherDelegationsPrivateDraft() {
        Api.Team owner = Api.Team.create();
        String slug = Api.term();
        long hidden = Api.draft(owner.drafter(), slug, "private wording", "delegation");
        long chairs = Api.admin().body(Map.of("title", "Chair's text", "text", "the chair's own wording"))
                .post("/api/terms/" + slug + "/drafts").then().statusCode(201).extract().jsonPath().getLong("id");
        assertInvisible("admin", slug, hidden, chairs);
    }

    @Test
    void tabledDraftIsVisibleToEveryone() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(owner.drafter(), slug, "private wording", "delegation");
        Api.as(owner.drafter()).body(Map.of("visibility", "tabled")).patch("/api/drafts/" + draft)
                .then().statusCode(200)
                .body("visibility", equalTo("tabled"));
        for (String user : List.of(other.drafter(), other.observer(), "admin", owner.observer())) {
            assertVisible(user, slug, draft);
        }
    }

    @Test
    void tablingIsOneWay() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(owner.drafter(), slug, "wording", "delegation");
        table(owner.drafter(), draft);
        Api.as(owner.drafter()).body(Map.of("visibility", "delegation")).patch("/api/drafts/" + draft)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "conflict"));
        Api.as(owner.drafter()).get("/api/drafts/" + draft).then().statusCode(200)
                .body("visibility", equalTo("tabled"));
        assertVisible(other.drafter(), slug, draft);
    }

    // ----------------------------------------------------------------------------------------
    // Changing a draft
    // ----------------------------------------------------------------------------------------

    @Test
    void ownerDrafterRetitles() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(team.drafter(), slug, "wording", "delegation");
        Api.as(team.drafter()).body(Map.of("title", "A better title")).patch("/api/drafts/" + draft)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("A better title"))
                .body("head", equalTo(1));
        Api.as(team.observer()).get("/api/drafts/" + draft).then().statusCode(200)
                .body("title", equalTo("A better title"));
    }

    @Test
    void drafterOfAnotherDelegationCannotRetitleATabledDraft() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(owner.drafter(), slug, "wording", "tabled");
        Api.as(other.drafter()).body(Map.of("title", "Hijacked")).patch("/api/drafts/" + draft)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "forbidden"));
        Api.as(owner.drafter()).get("/api/drafts/" + draft).then().body("title", equalTo("Draft of " + slug));
    }

    @Test
    void observerOfTheOwnerDelegationCannotRetitle() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(team.drafter(), slug, "wording", "delegation");
        Api.as(team.observer()).body(Map.of("title", "Observed")).patch("/api/drafts/" + draft)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "forbidden"));
        Api.as(team.drafter()).get("/api/drafts/" + draft).then().body("title", equalTo("Draft of " + slug));
    }

    @Test
    void withdrawnDraftTakesNoNewVersions() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(team.drafter(), slug, "wording", "tabled");
        Api.as(team.drafter()).body(Map.of("status", "withdrawn")).patch("/api/drafts/" + draft)
                .then().statusCode(200)
                .body("status", equalTo("withdrawn"));
        Api.as(team.drafter()).body(Map.of("text", "new wording", "baseVersion", 1))
                .post("/api/drafts/" + draft + "/versions")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "draft-closed"));
        Api.as(team.drafter()).get("/api/drafts/" + draft).then().body("head", equalTo(1));
    }

    @Test
    void drafterCannotAdopt() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(team.drafter(), slug, "wording", "tabled");
        Api.as(team.drafter()).body(Map.of("status", "adopted")).patch("/api/drafts/" + draft)
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "forbidden"));
        Api.as(team.drafter()).get("/api/drafts/" + draft).then().body("status", equalTo("active"));
        Api.as(team.drafter()).get("/api/terms/" + slug).then().body("status", equalTo("open"));
    }

    @Test
    void chairCannotAdoptAPrivateDraftItCannotSee() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(team.drafter(), slug, "wording", "delegation");
        Api.admin().body(Map.of("status", "adopted")).patch("/api/drafts/" + draft)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
        Api.as(team.drafter()).get("/api/drafts/" + draft).then().body("status", equalTo("active"));
        Api.admin().get("/api/terms/" + slug).then().body("status", equalTo("open"));
    }

    @Test
    void chairAdoptsATabledDraftAndTheTermIsAgreed() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(team.drafter(), slug, "wording", "tabled");
        Api.admin().get("/api/terms/" + slug).then().statusCode(200).body("status", equalTo("open"));
        Api.admin().body(Map.of("status", "adopted")).patch("/api/drafts/" + draft)
                .then().statusCode(200)
                .body("status", equalTo("adopted"));
        Api.as(team.observer()).get("/api/terms/" + slug).then().statusCode(200).body("status", equalTo("agreed"));
        Api.admin().get("/api/terms/" + slug).then().statusCode(200).body("status", equalTo("agreed"));
    }

    @Test
    void adoptingASecondDraftOfTheSameTermIs409() {
        Api.Team a = Api.Team.create();
        Api.Team b = Api.Team.create();
        String slug = Api.term();
        long first = Api.draft(a.drafter(), slug, "first wording", "tabled");
        long second = Api.draft(b.drafter(), slug, "second wording", "tabled");
        Api.admin().body(Map.of("status", "adopted")).patch("/api/drafts/" + first).then().statusCode(200);
        Api.admin().body(Map.of("status", "adopted")).patch("/api/drafts/" + second)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "conflict"));
        Api.admin().get("/api/drafts/" + second).then().body("status", equalTo("active"));
        Api.admin().get("/api/drafts/" + first).then().body("status", equalTo("adopted"));
    }

    @Test
    void invalidStatusValueIs400() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(team.drafter(), slug, "wording", "delegation");
        Api.as(team.drafter()).body(Map.of("status", "abandoned")).patch("/api/drafts/" + draft)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("status"));
        Api.as(team.drafter()).get("/api/drafts/" + draft).then().body("status", equalTo("active"));
    }

    @Test
    void listOfDraftsIsPagedWithLinkHeaders() {
        Api.Team a = Api.Team.create();
        Api.Team b = Api.Team.create();
        String slug = Api.term();
        long first = Api.draft(a.drafter(), slug, "first wording", "tabled");
        long second = Api.draft(b.drafter(), slug, "second wording", "tabled");
        Api.draft(b.drafter(), slug, "b's private wording", "delegation");
        Response page0 = Api.as(a.observer()).queryParam("size", 1).get("/api/terms/" + slug + "/drafts");
        page0.then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", Api.id(first))
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("total", equalTo(2));
        assertEquals(Set.of("next"), Links.rels(page0));
        Response page1 = Api.as(a.observer()).get(Links.target(page0, "next"));
        page1.then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", Api.id(second))
                .body("page", equalTo(1))
                .body("total", equalTo(2));
        assertEquals(Set.of("prev"), Links.rels(page1));
        Api.as(a.observer()).get(Links.target(page1, "prev")).then().statusCode(200)
                .body("page", equalTo(0))
                .body("items[0].id", Api.id(first));
    }

    // ----------------------------------------------------------------------------------------

    private static Response create(String username, String slug, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Draft of " + slug);
        body.put("text", TEXT);
        body.put("message", "first");
        body.putAll(overrides);
        return Api.as(username).body(body).post("/api/terms/" + slug + "/drafts");
    }

    private static RequestSpecification user(String username) {
        return username.equals("admin") ? Api.admin() : Api.as(username);
    }

    private static int draftCount(String username, String slug) {
        return user(username).get("/api/terms/" + slug).then().statusCode(200).extract().jsonPath().getInt("draftCount");
    }

    private static void table(String username, long draft) {
        Api.as(username).body(Map.of("visibility", "tabled")).patch("/api/drafts/" + draft).then().statusCode(200);
    }

    /** Every path answers 404 (or leaves the draft out) for a caller that may not see it. */
    private static void assertInvisible(String username, String slug, long hidden, long visibleToCaller) {
        String d = "/api/drafts/" + hidden;
        user(username).get(d).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
        user(username).get(d + "/versions").then().statusCode(404).contentType(PROBLEM);
        user(username).get(d + "/versions/1").then().statusCode(404).contentType(PROBLEM);
        user(username).queryParam("from", hidden + ":1").queryParam("to", visibleToCaller + ":1")
                .get("/api/diff").then().statusCode(404).contentType(PROBLEM);
        user(username).queryParam("from", visibleToCaller + ":1").queryParam("to", hidden + ":1")
                .get("/api/diff").then().statusCode(404).contentType(PROBLEM);
        List<Long> ids = Api.longs(user(username).get("/api/terms/" + slug + "/drafts").then().statusCode(200)
                .extract().jsonPath().getList("items.id"));
        assertEquals(List.of(visibleToCaller), ids);
        user(username).get("/api/terms/" + slug + "/drafts").then().body("total", equalTo(1));
        assertEquals(1, draftCount(username, slug));
        assertEquals(1, termFromList(username, slug).get("draftCount"));
    }

    /** The term as GET /api/terms lists it for the caller, looked for page by page. */
    private static Map<String, Object> termFromList(String username, String slug) {
        return Listing.find(() -> user(username), "/api/terms", "slug", slug)
                .orElseThrow(() -> new AssertionError("term " + slug + " is not listed"));
    }

    private static void assertVisible(String username, String slug, long draft) {
        String d = "/api/drafts/" + draft;
        user(username).get(d).then().statusCode(200).body("id", Api.id(draft));
        user(username).get(d + "/versions").then().statusCode(200).body("total", equalTo(1));
        user(username).get(d + "/versions/1").then().statusCode(200).body("number", equalTo(1));
        user(username).queryParam("from", draft + ":1").queryParam("to", draft + ":1")
                .get("/api/diff").then().statusCode(200);
        List<Long> ids = Api.longs(user(username).get("/api/terms/" + slug + "/drafts").then().statusCode(200)
                .extract().jsonPath().getList("items.id"));
        assertEquals(true, ids.contains(draft), "draft " + draft + " is listed for " + username);
        assertEquals(ids.size(), draftCount(username, slug));
    }
}
