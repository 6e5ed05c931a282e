package org.lexdraft.drafting;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

/**
 * A comparison past its budget answers estimates for the pairs it had no time for, says which, and
 * converges on the exact matrix over repeated requests. The budget here is zero, so each request
 * computes exactly the one new pair every request is granted.
 */
@QuarkusTest
@TestProfile(ComparisonBudgetApiTest.NoBudget.class)
class ComparisonBudgetApiTest {

    /** Numbers as doubles, as the service wrote them (the default reads floats). */
    static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    static final int MAX_DRAFTS = 4;

    public static class NoBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lexdraft.limits.comparison-budget", "0s",
                    "lexdraft.limits.max-compared-drafts", String.valueOf(MAX_DRAFTS));
        }
    }

    static final List<String> TEXTS = List.of(
            "Cluster munition means a munition containing explosive submunitions.",
            "Cluster munition means a conventional munition designed to disperse explosive submunitions.",
            "A weapon that scatters bomblets over a wide area.",
            "Cluster munition means a conventional munition that releases submunitions.");

    @Inject
    SimilarityCache cache;

    @Test
    void overTheBudgetTheMatrixIsEstimatedAndSaysWhichPairs() {
        String term = term(TEXTS);
        long before = cache.exactPairsComputed();
        JsonPath first = comparison(term);

        assertEquals(1, cache.exactPairsComputed() - before, "one new pair per request");
        assertEquals(List.of(List.of(0, 2), List.of(0, 3), List.of(1, 2), List.of(1, 3), List.of(2, 3)),
                first.getList("estimatedPairs"));
        assertSymmetricInRange(first.getList("similarity"), TEXTS.size());
    }

    @Test
    void repeatedRequestsConvergeOnTheExactMatrix() {
        String term = term(TEXTS);
        List<Integer> estimatedCounts = new ArrayList<>();
        JsonPath last;
        do {
            last = comparison(term);
            estimatedCounts.add(last.getList("estimatedPairs").size());
        } while (!last.getList("estimatedPairs").isEmpty() && estimatedCounts.size() < 10);

        assertEquals(List.of(5, 4, 3, 2, 1, 0), estimatedCounts);
        List<Long> ids = last.getList("drafts.id", Long.class);
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                assertEquals(diffSimilarity(ids.get(i), TEXTS.get(i), ids.get(j), TEXTS.get(j)),
                        last.getDouble("similarity[" + i + "][" + j + "]"), 1e-12, "pair " + i + "," + j);
            }
        }
    }

    @Test
    void aComparisonOfTooManyDraftsIs422() {
        List<String> texts = new ArrayList<>(TEXTS);
        texts.add("One draft too many.");
        String term = term(texts);
        Api.as(Api.Team.create().observer()).get("/api/terms/" + term + "/comparison").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lexdraft.org/problems/comparison-too-large"));
    }

    private static String term(List<String> texts) {
        String term = Api.term();
        for (String text : texts) {
            Api.draft(Api.Team.create().drafter(), term, text, "tabled");
        }
        return term;
    }

    private static JsonPath comparison(String term) {
        return Api.admin().get("/api/terms/" + term + "/comparison").then().statusCode(200).extract().jsonPath(EXACT);
    }

    /** What GET /api/diff reports, taken in the order the comparison diffs in. */
    private static double diffSimilarity(long a, String textA, long b, String textB) {
        boolean ordered = textA.compareTo(textB) < 0;
        return Api.admin().queryParam("from", (ordered ? a : b) + ":1").queryParam("to", (ordered ? b : a) + ":1")
                .get("/api/diff").then().statusCode(200).extract().jsonPath(EXACT).getDouble("stats.similarity");
    }

    private static void assertSymmetricInRange(List<List<Number>> matrix, int n) {
        assertEquals(n, matrix.size());
        for (int i = 0; i < n; i++) {
            assertEquals(n, matrix.get(i).size());
            assertEquals(1.0, matrix.get(i).get(i).doubleValue());
            for (int j = 0; j < n; j++) {
                double v = matrix.get(i).get(j).doubleValue();
                assertTrue(v >= 0 && v <= 1, "in [0, 1]: " + v);
                assertEquals(v, matrix.get(j).get(i).doubleValue(), "symmetric");
            }
        }
    }
}
