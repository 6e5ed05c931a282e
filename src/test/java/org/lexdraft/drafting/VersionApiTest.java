package org.lexdraft.drafting;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lexdraft.support.Problems.TYPES;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexdraft.support.Api;
import org.lexdraft.support.Digests;
import org.lexdraft.support.Links;

/** Recording versions against a named base, and reading a draft's history. */
@QuarkusTest
class VersionApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String V1 = "\"Cluster munition\" means a munition that disperses submunitions each weighing less than twenty kilograms.";
    private static final String V2 = "\"Cluster munition\" means a munition that disperses submunitions each weighing less than ten kilograms.";

    // ----------------------------------------------------------------------------------------
    // Writing: the client names the version it edited
    // ----------------------------------------------------------------------------------------

    @Test
    void neitherBaseVersionNorIfMatchIs428() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.as(team.drafter()).body(Map.of("text", V2, "message", "blind edit")).post(versions(draft))
                .then().statusCode(428)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "precondition-required"))
                .body("status", equalTo(428));
        assertHead(team.drafter(), draft, 1);
    }

    @Test
    void baseVersionAtTheHeadIs201WithVersionTwo() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.as(team.drafter()).body(Map.of("text", V2, "message", "ten, not twenty", "baseVersion", 1))
                .post(versions(draft))
                .then().statusCode(201)
                .contentType("application/json")
                .header("Location", endsWith("/api/drafts/" + draft + "/versions/2"))
                .header("ETag", equalTo("\"2\""))
                .body("draft", Api.id(draft))
                .body("number", equalTo(2))
                .body("text", equalTo(V2))
                .body("message", equalTo("ten, not twenty"))
                .body("author", equalTo(team.drafter()))
                .body("delegation", equalTo(team.code()))
                .body("parent", equalTo(draft + ":1"))
                .body("merged", equalTo(false))
                .body("createdAt", notNullValue());
        assertHead(team.drafter(), draft, 2);
        Api.as(team.drafter()).get("/api/drafts/" + draft).then().header("ETag", equalTo("\"2\""));
    }

    @Test
    void ifMatchInsteadOfBaseVersionIs201() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        String etag = Api.as(team.drafter()).get("/api/drafts/" + draft).then().statusCode(200).extract().header("ETag");
        assertEquals("\"1\"", etag);
        Api.as(team.drafter()).header("If-Match", etag).body(Map.of("text", V2, "message", "edit"))
                .post(versions(draft))
                .then().statusCode(201)
                .header("ETag", equalTo("\"2\""))
                .body("number", equalTo(2))
                .body("parent", equalTo(draft + ":1"));
        assertHead(team.drafter(), draft, 2);
    }

    @Test
    void staleIfMatchIs412WithTheHead() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.version(team.drafter(), draft, V2, 1);
        Api.as(team.drafter()).header("If-Match", "\"1\"").body(Map.of("text", V1 + " Amended.", "message", "late"))
                .post(versions(draft))
                .then().statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "precondition-failed"))
                .body("head", equalTo(2));
        assertHead(team.drafter(), draft, 2);
        assertTotal(team.drafter(), draft, 2);
    }

    @Test
    void overlappingStaleEditIs409WithTheHeadAndNothingIsWritten() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.version(team.drafter(), draft, V2, 1);
        // an edit of version 1 touching the very words version 2 changed: it cannot be merged
        String overlapping = V1.replace("twenty", "fifteen");
        Api.as(team.drafter()).body(Map.of("text", overlapping, "message", "late", "baseVersion", 1))
                .post(versions(draft))
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "edit-conflict"))
                .body("head", equalTo(2));
        assertHead(team.drafter(), draft, 2);
        assertTotal(team.drafter(), draft, 2);
        Api.as(team.drafter()).get(versions(draft) + "/2").then().body("text", equalTo(V2));
    }

    @Test
    void baseVersionBeyondTheHeadIs422() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.as(team.drafter()).body(Map.of("text", V2, "baseVersion", 2)).post(versions(draft))
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("baseVersion"));
        assertTotal(team.drafter(), draft, 1);
    }

    @Test
    void ifMatchWildcardIs428() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.as(team.drafter()).header("If-Match", "*").body(Map.of("text", V2)).post(versions(draft))
                .then().statusCode(428)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "precondition-required"));
        assertHead(team.drafter(), draft, 1);
    }

    @Test
    void ifMatchGarbageIs400() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.as(team.drafter()).header("If-Match", "version one please").body(Map.of("text", V2)).post(versions(draft))
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("If-Match"));
        assertHead(team.drafter(), draft, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "\"abc\""})
    void invalidBaseVersionIs400NamingTheField(String baseVersion) {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.as(team.drafter()).body("{\"text\": \"x\", \"baseVersion\": " + baseVersion + "}").post(versions(draft))
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("baseVersion"));
        assertHead(team.drafter(), draft, 1);
    }

    @Test
    void drafterOfAnotherDelegationCannotWriteATabledDraft() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), V1, "tabled");
        Api.as(other.drafter()).body(Map.of("text", V2, "baseVersion", 1)).post(versions(draft))
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "forbidden"));
        assertHead(owner.drafter(), draft, 1);
    }

    @Test
    void drafterOfAnotherDelegationGets404OnAPrivateDraft() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), V1, "delegation");
        Api.as(other.drafter()).body(Map.of("text", V2, "baseVersion", 1)).post(versions(draft))
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
        assertHead(owner.drafter(), draft, 1);
    }

    @Test
    void observerOfTheOwnDelegationCannotWrite() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.as(team.observer()).body(Map.of("text", V2, "baseVersion", 1)).post(versions(draft))
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "forbidden"));
        assertHead(team.drafter(), draft, 1);
    }

    @Test
    void chairCannotWriteAnotherDelegationsTabledDraft() {
        Api.Team owner = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), V1, "tabled");
        Api.admin().body(Map.of("text", V2, "baseVersion", 1)).post(versions(draft))
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "forbidden"));
        assertHead(owner.drafter(), draft, 1);
    }

    @Test
    void anonymousCannotWrite() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "tabled");
        Api.anonymous().body(Map.of("text", V2, "baseVersion", 1)).post(versions(draft))
                .then().statusCode(401)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "unauthorized"));
        assertHead(team.drafter(), draft, 1);
    }

    @Test
    void emptyTextIs400() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.as(team.drafter()).body(Map.of("text", "", "baseVersion", 1)).post(versions(draft))
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("text"));
        assertHead(team.drafter(), draft, 1);
    }

    @Test
    void textOverTheLimitIs422TextTooLong() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.as(team.drafter()).body(Map.of("text", "a".repeat(100_001), "baseVersion", 1)).post(versions(draft))
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "text-too-long"))
                .body("errors.field", hasItem("text"));
        assertHead(team.drafter(), draft, 1);
    }

    @Test
    void sequentialWritesKeepNumbersGapless() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), "text 1", "delegation");
        for (int n = 2; n <= 5; n++) {
            Api.as(team.drafter()).body(Map.of("text", "text " + n, "baseVersion", n - 1)).post(versions(draft))
                    .then().statusCode(201)
                    .body("number", equalTo(n))
                    .body("parent", equalTo(draft + ":" + (n - 1)));
        }
        List<Integer> numbers = Api.as(team.drafter()).get(versions(draft)).then().statusCode(200)
                .body("total", equalTo(5))
                .extract().jsonPath().getList("items.number", Integer.class);
        assertEquals(List.of(5, 4, 3, 2, 1), numbers);
        for (int n = 1; n <= 5; n++) {
            Api.as(team.observer()).get(versions(draft) + "/" + n).then().statusCode(200).body("text", equalTo("text " + n));
        }
        assertHead(team.drafter(), draft, 5);
    }

    // ----------------------------------------------------------------------------------------
    // Reading the history
    // ----------------------------------------------------------------------------------------

    @Test
    void historyIsNewestFirstWithoutText() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.version(team.drafter(), draft, V2, 1);
        Response r = Api.as(team.observer()).get(versions(draft));
        r.then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(0))
                .body("items", hasSize(2))
                .body("items.number", equalTo(List.of(2, 1)))
                .body("items[0].author", equalTo(team.drafter()))
                .body("items[0].delegation", equalTo(team.code()))
                .body("items[0].message", equalTo("edit"))
                .body("items[0].createdAt", notNullValue())
                .body("items[0].sha256", equalTo(Digests.sha256(V2)))
                .body("items[0].length", equalTo(V2.codePointCount(0, V2.length())))
                .body("items[0].parent", equalTo(draft + ":1"))
                .body("items[1].message", equalTo("first"))
                .body("items[1].sha256", equalTo(Digests.sha256(V1)))
                .body("items[1].parent", nullValue());
        List<Map<String, Object>> items = r.jsonPath().getList("items");
        for (Map<String, Object> item : items) {
            assertThat(item, not(hasKey("text")));
        }
    }

    @Test
    void historyIsPagedWithLinksAndTotal() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), "text 1", "delegation");
        IntStream.rangeClosed(2, 3).forEach(n -> Api.version(team.drafter(), draft, "text " + n, n - 1));

        Response first = Api.as(team.drafter()).queryParam("size", 1).get(versions(draft));
        first.then().statusCode(200)
                .body("items.number", equalTo(List.of(3)))
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("total", equalTo(3));
        assertEquals(Set.of("next"), Links.rels(first));

        Response middle = Api.as(team.drafter()).get(Links.target(first, "next"));
        middle.then().statusCode(200)
                .body("items.number", equalTo(List.of(2)))
                .body("page", equalTo(1))
                .body("total", equalTo(3));
        assertEquals(Set.of("next", "prev"), Links.rels(middle));

        Response last = Api.as(team.drafter()).get(Links.target(middle, "next"));
        last.then().statusCode(200)
                .body("items.number", equalTo(List.of(1)))
                .body("page", equalTo(2));
        assertEquals(Set.of("prev"), Links.rels(last));

        Api.as(team.drafter()).get(Links.target(last, "prev")).then().statusCode(200)
                .body("items.number", equalTo(List.of(2)));
    }

    @Test
    void oneVersionHasItsTextAndIsCacheableForLong() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "tabled");
        Api.version(team.drafter(), draft, V2, 1);
        Response r = Api.as(team.observer()).get(versions(draft) + "/1");
        r.then().statusCode(200)
                .body("draft", Api.id(draft))
                .body("number", equalTo(1))
                .body("text", equalTo(V1))
                .body("message", equalTo("first"))
                .body("author", equalTo(team.drafter()))
                .body("delegation", equalTo(team.code()))
                .body("sha256", equalTo(Digests.sha256(V1)))
                .body("merged", equalTo(false))
                .header("ETag", equalTo("\"" + draft + ":1\""))
                .header("Cache-Control", containsString("immutable"))
                .header("Cache-Control", containsString("max-age"));
    }

    @Test
    void ifNoneMatchWithTheVersionsETagIs304() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        String etag = Api.as(team.drafter()).get(versions(draft) + "/1").then().statusCode(200)
                .extract().header("ETag");
        Response notModified = Api.as(team.drafter()).header("If-None-Match", etag).get(versions(draft) + "/1");
        notModified.then().statusCode(304)
                .header("ETag", equalTo(etag));
        assertEquals("", notModified.asString(), "a 304 has no body");
        // the version and the draft are as they were
        Api.as(team.drafter()).get(versions(draft) + "/1").then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("text", equalTo(V1))
                .body("sha256", equalTo(Digests.sha256(V1)));
        assertHead(team.drafter(), draft, 1);
        assertTotal(team.drafter(), draft, 1);
    }

    @Test
    void ifNoneMatchWithAnotherETagIs200() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.version(team.drafter(), draft, V2, 1);
        String etagOfOne = Api.as(team.drafter()).get(versions(draft) + "/1").then().extract().header("ETag");
        Api.as(team.drafter()).header("If-None-Match", etagOfOne).get(versions(draft) + "/2")
                .then().statusCode(200)
                .body("text", equalTo(V2));
    }

    @Test
    void unknownVersionNumberIs404Problem() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.as(team.drafter()).get(versions(draft) + "/2").then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
    }

    @Test
    void nonNumericVersionNumberIsAClientErrorProblem() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "delegation");
        Api.as(team.drafter()).get(versions(draft) + "/abc").then()
                .statusCode(anyOf(equalTo(404), equalTo(400)))
                .contentType(PROBLEM);
    }

    @Test
    void historyOfAnUnknownDraftIs404() {
        Api.Team team = Api.Team.create();
        long unknown = 987654321;
        Api.as(team.drafter()).get("/api/drafts/" + unknown + "/versions").then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"))
                .body("status", equalTo(404));
        Api.admin().get("/api/drafts/" + unknown).then().statusCode(404).body("type", equalTo(TYPES + "not-found"));
    }

    // ----------------------------------------------------------------------------------------

    private static String versions(long draft) {
        return "/api/drafts/" + draft + "/versions";
    }

    private static void assertHead(String username, long draft, int head) {
        Api.as(username).get("/api/drafts/" + draft).then().statusCode(200)
                .body("head", equalTo(head))
                .header("ETag", equalTo("\"" + head + "\""));
    }

    private static void assertTotal(String username, long draft, int total) {
        Api.as(username).get(versions(draft)).then().statusCode(200)
                .body("total", equalTo(total))
                .body("items", hasSize(total));
    }
}
