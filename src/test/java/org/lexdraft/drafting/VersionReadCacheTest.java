package org.lexdraft.drafting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Api.Team;

/** Version reads are answered from a cache; what they answer must be what a fresh read would. */
@QuarkusTest
class VersionReadCacheTest {

    @Test
    void aVersionReadByItsOwnersStaysHiddenFromOthersUntilTabled() {
        Team rus = Team.create();
        Team nor = Team.create();
        long draft = Api.draft(rus.drafter(), Api.term(), "Private wording.", "delegation");
        for (int i = 0; i < 3; i++) {
            Api.as(rus.drafter()).get("/api/drafts/" + draft + "/versions/1").then().statusCode(200);
            Api.as(nor.drafter()).get("/api/drafts/" + draft + "/versions/1").then().statusCode(404);
            Api.admin().get("/api/drafts/" + draft + "/versions/1").then().statusCode(404);
        }
        Api.as(rus.drafter()).body(Map.of("visibility", "tabled")).patch("/api/drafts/" + draft).then().statusCode(200);
        Api.as(nor.drafter()).get("/api/drafts/" + draft + "/versions/1").then().statusCode(200)
                .body("text", equalTo("Private wording."));
    }

    @Test
    void aParentHiddenAtFirstReadIsNamedOnceItsDraftIsTabled() {
        Team rus = Team.create();
        Team nor = Team.create();
        String slug = Api.term();
        long source = Api.draft(rus.drafter(), slug, "Source wording.", "delegation");
        long fork = Api.fork(rus.drafter(), slug, source, 1, "Source wording, forked.", "tabled");
        String path = "/api/drafts/" + fork + "/versions/1";
        Api.as(nor.drafter()).get(path).then().statusCode(200).body("parent", nullValue());
        Api.as(nor.drafter()).get(path).then().statusCode(200).body("parent", nullValue());
        Api.as(rus.drafter()).get(path).then().statusCode(200).body("parent", equalTo(source + ":1"));
        Api.as(rus.drafter()).body(Map.of("visibility", "tabled")).patch("/api/drafts/" + source).then().statusCode(200);
        Api.as(nor.drafter()).get(path).then().statusCode(200).body("parent", equalTo(source + ":1"));
    }

    @Test
    void eachDelegationGetsItsOwnAnswerWithTheSameText() {
        Team rus = Team.create();
        Team nor = Team.create();
        long draft = Api.draft(rus.drafter(), Api.term(), "Tabled wording.", "tabled");
        Api.version(rus.drafter(), draft, "Tabled wording, revised.", 1);
        for (Team team : new Team[] {rus, nor}) {
            Api.as(team.observer()).get("/api/drafts/" + draft + "/versions/2").then().statusCode(200)
                    .body("text", equalTo("Tabled wording, revised."))
                    .body("parent", equalTo(draft + ":1"))
                    .body("author", equalTo(rus.drafter()));
        }
        Api.as(nor.drafter()).get("/api/drafts/" + draft + "/versions/3").then().statusCode(404);
    }
}
