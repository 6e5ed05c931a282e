package org.lexdraft.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

/**
 * A comparison sent once is sent again as it was while nothing it shows has changed, and every
 * change shows in the very next comparison; a delegation never gets another's comparison.
 */
@QuarkusTest
class ComparisonResponseCacheApiTest {

    @Inject
    ComparisonCache cache;

    @Test
    void anUnchangedComparisonIsSentAgainAsItWas() {
        String term = Api.term();
        Api.Team rus = Api.Team.create();
        Api.Team nor = Api.Team.create();
        Api.draft(rus.drafter(), term, "Cluster munition means a munition containing submunitions.", "tabled");
        Api.draft(nor.drafter(), term, "Cluster munition means a conventional munition.", "tabled");
        String first = body(rus.drafter(), term);
        long hits = cache.hits();

        ExtractableResponse<Response> again = Api.as(rus.observer()).get("/api/terms/" + term + "/comparison")
                .then().statusCode(200).contentType("application/json").extract();

        assertEquals(first, again.asString(), "the same bytes, to another member of the same delegation");
        assertEquals(hits + 1, cache.hits(), "sent from the cache");
    }

    @Test
    void everyChangeShowsInTheNextComparison() {
        String term = Api.term();
        Api.Team rus = Api.Team.create();
        Api.Team nor = Api.Team.create();
        long draft = Api.draft(rus.drafter(), term, "Cluster munition means a munition.", "tabled");
        long other = Api.draft(nor.drafter(), term, "Cluster munition means a conventional munition.", "tabled");
        body(nor.drafter(), term);

        Api.version(rus.drafter(), draft, "Cluster munition means a munition with submunitions.", 1);
        JsonPath revised = comparison(nor.drafter(), term);
        assertEquals(2, revised.getInt("drafts[0].head"));
        assertEquals("Cluster munition means a munition with submunitions.", revised.getString("drafts[0].text"));

        Api.as(rus.drafter()).body(Map.of("title", "Retitled")).patch("/api/drafts/" + draft).then().statusCode(200);
        assertEquals("Retitled", comparison(nor.drafter(), term).getString("drafts[0].title"));

        Api.as(nor.drafter()).body(Map.of("status", "withdrawn")).patch("/api/drafts/" + other).then().statusCode(200);
        assertEquals("withdrawn", comparison(nor.drafter(), term).getString("drafts[1].status"));

        long fr = Api.as(rus.drafter()).body(Map.of("language", "fr", "text", "Arme à sous-munitions."))
                .post("/api/drafts/" + draft + "/translations").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath translated = comparison(nor.drafter(), term);
        assertEquals(List.of(fr), translated.getList("drafts[0].translations.draft", Long.class));
        assertFalse(translated.getBoolean("drafts[0].translations[0].outdated"));

        Api.version(rus.drafter(), draft, "Cluster munition means a munition with explosive submunitions.", 2);
        assertTrue(comparison(nor.drafter(), term).getBoolean("drafts[0].translations[0].outdated"),
                "the language version is outdated once its source moves on");
    }

    @Test
    void aDraftTabledLaterAppearsAtOnce() {
        String term = Api.term();
        Api.Team rus = Api.Team.create();
        Api.Team nor = Api.Team.create();
        Api.draft(nor.drafter(), term, "Cluster munition means a conventional munition.", "tabled");
        long hidden = Api.draft(rus.drafter(), term, "Private wording of Russia.", "delegation");
        assertEquals(1, comparison(nor.drafter(), term).getList("drafts").size());

        Api.as(rus.drafter()).body(Map.of("visibility", "tabled")).patch("/api/drafts/" + hidden).then().statusCode(200);

        assertEquals(List.of(hidden), comparison(nor.drafter(), term).getList("drafts.id", Long.class).subList(1, 2));
    }

    @Test
    void aDelegationNeverGetsTheComparisonOfAnother() {
        String term = Api.term();
        Api.Team rus = Api.Team.create();
        Api.Team nor = Api.Team.create();
        Api.draft(nor.drafter(), term, "Cluster munition means a conventional munition.", "tabled");
        Api.draft(rus.drafter(), term, "Private wording of Russia.", "delegation");
        String own = body(rus.drafter(), term);
        body(rus.drafter(), term);
        long hits = cache.hits();

        String other = body(nor.drafter(), term);

        assertEquals(hits, cache.hits(), "Norway's first comparison is made for Norway");
        assertNotEquals(own, other);
        assertFalse(other.contains("Private wording"));
        assertTrue(own.contains("Private wording"));
    }

    private static String body(String username, String term) {
        return Api.as(username).get("/api/terms/" + term + "/comparison").then().statusCode(200).extract().asString();
    }

    private static JsonPath comparison(String username, String term) {
        return new JsonPath(body(username, term));
    }
}
