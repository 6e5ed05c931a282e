package org.lexdraft.drafting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;

@QuarkusTest
class BlameAndComparisonApiTest {

    @Test
    void blameCoversTheTextAndCreditsEachVersion() {
        Api.Team rus = Api.Team.create();
        String second = Api.member(rus.code(), "drafter");
        String v1 = "Cluster munition means a munition.";
        long draft = Api.draft(rus.drafter(), Api.term(), v1, "delegation");
        Api.version(second, draft, "Cluster munition means a conventional munition.", 1);
        JsonPath blame = Api.as(rus.drafter()).get("/api/drafts/" + draft + "/versions/2/blame")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> spans = blame.getList("spans");
        assertCovers(spans, "Cluster munition means a conventional munition.".length());
        Map<String, Object> inserted = spans.stream()
                .filter(s -> ((Number) s.get("version")).intValue() == 2).findFirst().orElseThrow();
        assertEquals(second, inserted.get("author"));
        assertTrue(spans.stream().anyMatch(s -> ((Number) s.get("version")).intValue() == 1
                && rus.drafter().equals(s.get("author"))));
    }

    @Test
    void forkCarriesTheAttributionOfItsSource() {
        Api.Team rus = Api.Team.create();
        Api.Team nor = Api.Team.create();
        String rusText = "Cluster munition means a munition containing submunitions.";
        long rusDraft = Api.draft(rus.drafter(), Api.term(), rusText, "tabled");
        long fork = Api.as(nor.drafter()).body(Map.of("title", "Norwegian fork", "basedOn", rusDraft + ":1",
                        "text", rusText.replace("submunitions", "explosive submunitions")))
                .post("/api/terms/" + Api.term() + "/drafts").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Map<String, Object>> spans = Api.as(nor.drafter()).get("/api/drafts/" + fork + "/versions/1/blame")
                .then().statusCode(200).extract().jsonPath().getList("spans");
        assertCovers(spans, rusText.length() + "explosive ".length());
        assertTrue(spans.stream().anyMatch(s -> rus.code().equals(s.get("delegation"))
                && ((Number) s.get("draft")).longValue() == rusDraft), "Russia's words credited to Russia");
        assertTrue(spans.stream().anyMatch(s -> nor.code().equals(s.get("delegation"))
                && ((Number) s.get("draft")).longValue() == fork), "Norway's words credited to Norway");
    }

    @Test
    void blameOfAnInvisibleDraftIs404() {
        Api.Team rus = Api.Team.create();
        Api.Team nor = Api.Team.create();
        long draft = Api.draft(rus.drafter(), Api.term(), "A private text.", "delegation");
        Response hidden = Api.as(nor.drafter()).get("/api/drafts/" + draft + "/versions/1/blame");
        Problems.assertProblem(hidden, 404, "not-found");
        assertFalse(hidden.asString().contains("private text"), hidden.asString());
        assertFalse(hidden.asString().contains(rus.code()), hidden.asString());
        Problems.assertProblem(Api.as(rus.drafter()).get("/api/drafts/" + draft + "/versions/9/blame"), 404, "not-found");
        Problems.assertProblem(Api.anonymous().get("/api/drafts/" + draft + "/versions/1/blame"), 401, "unauthorized");
        // the draft is there, unchanged, for its delegation
        List<Map<String, Object>> spans = Api.as(rus.drafter()).get("/api/drafts/" + draft + "/versions/1/blame")
                .then().statusCode(200).extract().jsonPath().getList("spans");
        assertCovers(spans, "A private text.".length());
        assertTrue(spans.stream().allMatch(span -> rus.drafter().equals(span.get("author"))), spans.toString());
        Api.as(rus.drafter()).get("/api/drafts/" + draft).then().statusCode(200).body("head", equalTo(1));
    }

    @Test
    void comparisonShowsVisibleHeadsWithSymmetricSimilarityAndBrackets() {
        String term = Api.term();
        Api.Team rus = Api.Team.create();
        Api.Team nor = Api.Team.create();
        Api.Team icrc = Api.Team.create();
        long a = Api.draft(rus.drafter(), term, "Cluster munition means a munition [containing] submunitions.", "tabled");
        long b = Api.draft(nor.drafter(), term, "Cluster munition means a conventional munition [with/containing] "
                + "explosive submunitions [each below 20 kg].", "tabled");
        long hidden = Api.draft(icrc.drafter(), term, "Private ICRC text.", "delegation");
        JsonPath comparison = Api.as(rus.observer()).get("/api/terms/" + term + "/comparison")
                .then().statusCode(200)
                .body("term", equalTo(term))
                .body("drafts", hasSize(2))
                .body("similarity", hasSize(2))
                .extract().jsonPath();
        List<Long> ids = comparison.getList("drafts.id", Long.class);
        assertEquals(List.of(a, b), ids);
        assertFalse(ids.contains(hidden));
        List<List<Double>> matrix = comparison.getList("similarity");
        assertEquals(1.0, ((Number) ((List<?>) matrix.get(0)).get(0)).doubleValue());
        assertEquals(((Number) ((List<?>) matrix.get(0)).get(1)).doubleValue(),
                ((Number) ((List<?>) matrix.get(1)).get(0)).doubleValue());
        assertEquals(1, comparison.getInt("drafts[0].openBrackets"));
        assertEquals(2, comparison.getInt("drafts[1].openBrackets"));
        // ICRC itself sees its private draft too
        Api.as(icrc.drafter()).get("/api/terms/" + term + "/comparison").then().statusCode(200)
                .body("drafts", hasSize(3));
    }

    @Test
    void comparisonOfAnUnknownTermIs404() {
        String slug = "no-such-term-" + Api.code().toLowerCase();
        Problems.assertProblem(Api.admin().get("/api/terms/" + slug + "/comparison"), 404, "not-found");
        Api.admin().get("/api/terms/" + slug).then().statusCode(404); // reading made no term
        String known = Api.term();
        Problems.assertProblem(Api.anonymous().get("/api/terms/" + known + "/comparison"), 401, "unauthorized");
        Problems.assertProblem(Api.anonymous().get("/api/terms/" + slug + "/comparison"), 401, "unauthorized");
    }

    private static void assertCovers(List<Map<String, Object>> spans, int length) {
        int at = 0;
        for (Map<String, Object> s : spans) {
            assertEquals(at, ((Number) s.get("start")).intValue(), "contiguous");
            int end = ((Number) s.get("end")).intValue();
            assertTrue(end > at, "not empty");
            at = end;
        }
        assertEquals(length, at, "covers the text");
    }
}
