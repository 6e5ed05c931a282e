package org.lexdraft.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

/** Similarities of version pairs are computed once and kept; only new pairs cost a diff. */
@QuarkusTest
class ComparisonCacheApiTest {

    /** Numbers as doubles, as the service wrote them (the default reads floats). */
    static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    @Inject
    SimilarityCache cache;

    @Test
    void aRepeatedComparisonComputesNoNewPairAndAnswersTheSame() {
        String term = Api.term();
        Api.Team rus = Api.Team.create();
        Api.Team nor = Api.Team.create();
        Api.Team icrc = Api.Team.create();
        Api.draft(rus.drafter(), term, "Cluster munition means a munition containing submunitions.", "tabled");
        Api.draft(nor.drafter(), term, "Cluster munition means a conventional munition with explosive submunitions.", "tabled");
        Api.draft(icrc.drafter(), term, "A weapon that disperses submunitions over a wide area.", "tabled");
        long before = cache.exactPairsComputed();
        JsonPath first = comparison(rus.observer(), term);
        long afterFirst = cache.exactPairsComputed();
        JsonPath second = comparison(nor.observer(), term);

        assertEquals(3, afterFirst - before, "three new pairs computed once");
        assertEquals(afterFirst, cache.exactPairsComputed(), "the second request computed nothing");
        assertEquals(first.getList("similarity"), second.getList("similarity"));
        assertEquals(List.of(), second.getList("estimatedPairs"));
    }

    @Test
    void keptValuesAreTheSimilarityOfTheWordDiff() {
        String term = Api.term();
        Api.Team rus = Api.Team.create();
        Api.Team nor = Api.Team.create();
        String a = "Cluster munition means a munition [containing] submunitions.";
        String b = "Cluster munition means a conventional munition [with/containing] explosive submunitions.";
        long ra = Api.draft(rus.drafter(), term, a, "tabled");
        long nb = Api.draft(nor.drafter(), term, b, "tabled");
        comparison(rus.observer(), term);
        JsonPath kept = comparison(rus.observer(), term);

        double diff = Api.as(rus.observer()).queryParam("from", ra + ":1").queryParam("to", nb + ":1")
                .get("/api/diff").then().statusCode(200).extract().jsonPath(EXACT).getDouble("stats.similarity");
        assertEquals(diff, kept.getDouble("similarity[0][1]"), 1e-12);
        assertEquals(diff, kept.getDouble("similarity[1][0]"), 1e-12);
        assertTrue(diff > 0 && diff < 1);
    }

    @Test
    void aNewVersionRecomputesOnlyThePairsOfItsDraft() {
        String term = Api.term();
        Api.Team rus = Api.Team.create();
        Api.Team nor = Api.Team.create();
        Api.Team icrc = Api.Team.create();
        Api.Team chr = Api.Team.create();
        long changed = Api.draft(rus.drafter(), term, "Cluster munition means a munition.", "tabled");
        Api.draft(nor.drafter(), term, "Cluster munition means a conventional munition.", "tabled");
        Api.draft(icrc.drafter(), term, "A munition dispersing submunitions.", "tabled");
        Api.draft(chr.drafter(), term, "Submunitions dispersed from a container.", "tabled");
        comparison(rus.observer(), term);
        Api.version(rus.drafter(), changed, "Cluster munition means a munition with submunitions.", 1);
        long before = cache.exactPairsComputed();
        JsonPath after = comparison(rus.observer(), term);

        assertEquals(3, cache.exactPairsComputed() - before, "the changed draft against each of the three others");
        assertEquals(2, after.getInt("drafts[0].head"));
        assertEquals(List.of(), after.getList("estimatedPairs"));
    }

    @Test
    void anotherDelegationsPrivateDraftNeverAppearsThoughItsPairsAreKept() {
        String term = Api.term();
        Api.Team rus = Api.Team.create();
        Api.Team icrc = Api.Team.create();
        long tabled = Api.draft(rus.drafter(), term, "Cluster munition means a munition.", "tabled");
        long hidden = Api.draft(icrc.drafter(), term, "Private ICRC wording of the munition.", "delegation");
        JsonPath own = comparison(icrc.drafter(), term);
        assertEquals(List.of(tabled, hidden), own.getList("drafts.id", Long.class));

        JsonPath other = comparison(rus.drafter(), term);

        assertEquals(List.of(tabled), other.getList("drafts.id", Long.class));
        assertEquals(List.of(List.of(1.0)), other.getList("similarity"));
        assertFalse(other.prettify().contains("Private ICRC"));
    }

    private static JsonPath comparison(String username, String term) {
        return Api.as(username).get("/api/terms/" + term + "/comparison").then().statusCode(200).extract().jsonPath(EXACT);
    }
}
