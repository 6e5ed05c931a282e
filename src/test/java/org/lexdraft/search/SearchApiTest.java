package org.lexdraft.search;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Links;
import org.lexdraft.support.Api.Team;

@QuarkusTest
class SearchApiTest {

    /** A word no other test writes, so hits are only this test's drafts. */
    private static String marker() {
        return "zq" + Api.code().toLowerCase();
    }

    @Test
    void findsAllWordsAndGivesCodePointOffsetsAndASnippet() {
        Team team = Team.create();
        String slug = Api.term();
        String m = marker();
        String text = "😀 Cluster munition means a " + m + " munition designed to disperse explosive submunitions.";
        long draft = Api.draft(team.drafter(), slug, text, "tabled");
        JsonPath hits = Api.as(team.drafter()).queryParam("q", "Explosive " + m.toUpperCase()).get("/api/search")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].draft", (Api.id(draft)))
                .body("items[0].term", equalTo(slug))
                .body("items[0].delegation", equalTo(team.code()))
                .body("items[0].title", equalTo("Draft of " + slug))
                .body("items[0].version", equalTo(1))
                .extract().jsonPath();
        int start = hits.getInt("items[0].start");
        int end = hits.getInt("items[0].end");
        // the emoji is one code point: the marker starts at code point 29
        assertEquals(text.codePointCount(0, text.indexOf(m)), start);
        assertEquals(start + m.length(), end);
        assertEquals(m, new String(text.codePoints().skip(start).limit(end - start).toArray(), 0, end - start));
        org.hamcrest.MatcherAssert.assertThat(hits.getString("items[0].snippet"),
                org.hamcrest.Matchers.containsString(m + " munition designed"));
    }

    @Test
    void quotedPhrasesMustStandTogether() {
        Team team = Team.create();
        String slug = Api.term();
        String m = marker();
        long together = Api.draft(team.drafter(), slug, m + " each weighing less than 20 kilograms", "tabled");
        Api.draft(team.drafter(), slug, m + " weighing each less", "tabled");
        Api.as(team.drafter()).queryParam("q", "\"each weighing\" " + m).get("/api/search").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].draft", (Api.id(together)));
        Api.as(team.drafter()).queryParam("q", "each weighing " + m).get("/api/search").then().statusCode(200)
                .body("total", equalTo(2));
        Api.as(team.drafter()).queryParam("q", "\"weighing each\" " + m).get("/api/search").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].draft", not(Api.id(together)));
    }

    @Test
    void matchesWholeWordsOnly() {
        Team team = Team.create();
        String m = marker();
        Api.draft(team.drafter(), Api.term(), m + "s submunitions", "tabled");
        Api.as(team.drafter()).queryParam("q", m).get("/api/search").then().statusCode(200).body("total", equalTo(0));
        Api.as(team.drafter()).queryParam("q", m + "s").get("/api/search").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void privateDraftsOfOtherDelegationsNeverMatch() {
        Team rus = Team.create();
        Team nor = Team.create();
        String slug = Api.term();
        String m = marker();
        long hidden = Api.draft(rus.drafter(), slug, "secret " + m, "delegation");
        Api.as(nor.drafter()).queryParam("q", m).get("/api/search").then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());
        Api.admin().queryParam("q", m).get("/api/search").then().statusCode(200).body("total", equalTo(0));
        Api.as(rus.observer()).queryParam("q", m).get("/api/search").then().statusCode(200)
                .body("items.draft", hasItem(Api.id(hidden)));
    }

    @Test
    void searchesTheHeadOnlyAndFollowsNewVersions() {
        Team team = Team.create();
        String oldWord = marker();
        String newWord = marker();
        long draft = Api.draft(team.drafter(), Api.term(), "munition " + oldWord, "tabled");
        Api.version(team.drafter(), draft, "munition " + newWord, 1);
        Api.as(team.drafter()).queryParam("q", oldWord).get("/api/search").then().statusCode(200).body("total", equalTo(0));
        Api.as(team.drafter()).queryParam("q", newWord).get("/api/search").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].version", equalTo(2));
    }

    @Test
    void aTermNarrowsTheSearch() {
        Team team = Team.create();
        String m = marker();
        String first = Api.term();
        String second = Api.term();
        Api.draft(team.drafter(), first, "a " + m, "tabled");
        Api.draft(team.drafter(), second, "b " + m, "tabled");
        Api.as(team.drafter()).queryParam("q", m).queryParam("term", second).get("/api/search").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].term", equalTo(second));
        Api.as(team.drafter()).queryParam("q", m).queryParam("term", "no-such-" + Api.slug()).get("/api/search")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void hitsArePaged() {
        Team team = Team.create();
        String m = marker();
        String slug = Api.term();
        for (int i = 0; i < 3; i++) {
            Api.draft(team.drafter(), slug, m + " " + i, "tabled");
        }
        io.restassured.response.Response first = Api.as(team.drafter()).queryParam("q", m).queryParam("size", 2).get("/api/search");
        first.then().statusCode(200)
                .body("total", equalTo(3)).body("items.size()", equalTo(2));
        assertEquals(java.util.Set.of("next"), Links.rels(first));
        io.restassured.response.Response second = Api.as(team.drafter()).get(Links.target(first, "next"));
        second.then().statusCode(200).body("page", equalTo(1)).body("items.size()", equalTo(1));
        assertEquals(java.util.Set.of("prev"), Links.rels(second));
    }

    @Test
    void chineseCharactersAreWordsOfTheirOwn() {
        Team team = Team.create();
        String m = marker();
        Api.draft(team.drafter(), Api.term(), m + " 集束弹药是指常规弹药", "tabled");
        Api.as(team.drafter()).queryParam("q", m + " \"弹药\"").get("/api/search").then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void badSearchesAreRefused() {
        Team team = Team.create();
        for (String q : List.of("", "!!! ???", "\"\"", "x".repeat(501))) {
            Api.as(team.drafter()).queryParam("q", q).get("/api/search").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        Api.as(team.drafter()).get("/api/search").then().statusCode(400);
        Api.as(team.drafter()).queryParam("q", "a b c d e f g h i j k l m n o p q r s t u").get("/api/search")
                .then().statusCode(400);
        Api.as(team.drafter()).queryParam("q", "munition").queryParam("size", 201).get("/api/search").then().statusCode(400);
        Api.anonymous().queryParam("q", "munition").get("/api/search").then().statusCode(401);
    }
}
