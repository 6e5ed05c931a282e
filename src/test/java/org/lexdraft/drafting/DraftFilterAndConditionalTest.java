package org.lexdraft.drafting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;
import org.lexdraft.support.Api.Team;

@QuarkusTest
class DraftFilterAndConditionalTest {

    @Test
    void draftsFilterByDelegationAndStatus() {
        Team rus = Team.create();
        Team nor = Team.create();
        String slug = Api.term();
        long rusDraft = Api.draft(rus.drafter(), slug, "Russian text.", "tabled");
        long norDraft = Api.draft(nor.drafter(), slug, "Norwegian text.", "tabled");
        long norWithdrawn = Api.draft(nor.drafter(), slug, "Withdrawn text.", "tabled");
        Api.as(nor.drafter()).body(Map.of("status", "withdrawn")).patch("/api/drafts/" + norWithdrawn).then().statusCode(200);
        String drafts = "/api/terms/" + slug + "/drafts";
        Api.as(rus.drafter()).queryParam("delegation", nor.code()).get(drafts).then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains(Api.id(norDraft), Api.id(norWithdrawn)));
        Api.as(rus.drafter()).queryParam("delegation", nor.code()).queryParam("status", "active").get(drafts)
                .then().statusCode(200).body("total", equalTo(1)).body("items.id", contains(Api.id(norDraft)));
        Api.as(rus.drafter()).queryParam("status", "withdrawn").get(drafts).then().statusCode(200)
                .body("items.id", contains(Api.id(norWithdrawn)));
        Api.as(rus.drafter()).queryParam("delegation", rus.code()).get(drafts).then().statusCode(200)
                .body("items.id", contains(Api.id(rusDraft)));
        Api.as(rus.drafter()).queryParam("delegation", "ZZ" + Api.code().substring(1, 8)).get(drafts).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void draftsFilterByLanguage() {
        Team team = Team.create();
        String slug = Api.term();
        long english = Api.draft(team.drafter(), slug, "Cluster munition means a munition.", "tabled");
        long french = Api.as(team.drafter()).body(Map.of("title", "Proposition", "language", "fr",
                        "text", "On entend par arme à sous-munitions une munition.", "visibility", "tabled"))
                .post("/api/terms/" + slug + "/drafts").then().statusCode(201).extract().jsonPath().getLong("id");
        String drafts = "/api/terms/" + slug + "/drafts";
        Api.as(team.drafter()).queryParam("language", "fr").get(drafts).then().statusCode(200)
                .body("items.id", contains(Api.id(french)));
        Api.as(team.drafter()).queryParam("language", "EN").get(drafts).then().statusCode(200)
                .body("items.id", contains(Api.id(english)));
        Api.as(team.drafter()).queryParam("language", "de").get(drafts).then().statusCode(200).body("total", equalTo(0));
        Api.as(team.drafter()).queryParam("language", "not a tag").get(drafts).then().statusCode(400)
                .body("errors.field", hasItem("language"));
    }

    @Test
    void filtersNeverRevealPrivateDrafts() {
        Team rus = Team.create();
        Team nor = Team.create();
        String slug = Api.term();
        Api.draft(rus.drafter(), slug, "Private.", "delegation");
        Api.as(nor.drafter()).queryParam("delegation", rus.code()).get("/api/terms/" + slug + "/drafts")
                .then().statusCode(200).body("total", equalTo(0));
        Api.admin().queryParam("delegation", rus.code()).queryParam("status", "active")
                .get("/api/terms/" + slug + "/drafts").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badFiltersAreRefused() {
        Team team = Team.create();
        String slug = Api.term();
        String drafts = "/api/terms/" + slug + "/drafts";
        for (Map<String, String> query : List.of(Map.of("delegation", "nor"), Map.of("delegation", "N"),
                Map.of("status", "pending"), Map.of("delegation", "NOR;DROP"))) {
            Api.as(team.drafter()).queryParams(query).get(drafts).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void weakOrNonMatchingIfMatchIsPreconditionFailedAndWritesNothing() {
        Team team = Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), "Version one.", "tabled");
        for (String ifMatch : List.of("W/\"1\"", "\"stale\"", "\"2\"", "\"1:1\"", "W/\"1\", \"7\"")) {
            Api.as(team.drafter()).header("If-Match", ifMatch).body(Map.of("text", "Version two.", "message", "m"))
                    .post("/api/drafts/" + draft + "/versions").then().statusCode(412)
                    .contentType("application/problem+json")
                    .body("type", equalTo(Problems.type("precondition-failed")))
                    .body("head", equalTo(1));
        }
        Api.as(team.drafter()).get("/api/drafts/" + draft).then().statusCode(200).body("head", equalTo(1));
    }

    @Test
    void anIfMatchListNamingTheHeadStronglyWrites() {
        Team team = Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), "Version one.", "tabled");
        Api.as(team.drafter()).header("If-Match", "\"7\", \"1\"").body(Map.of("text", "Version two.", "message", "m"))
                .post("/api/drafts/" + draft + "/versions").then().statusCode(201).header("ETag", equalTo("\"2\""));
    }

    @Test
    void malformedIfMatchIsABadRequest() {
        Team team = Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), "Version one.", "tabled");
        for (String ifMatch : List.of("1", "\"1", "W/1", "\"a b\"")) {
            Api.as(team.drafter()).header("If-Match", ifMatch).body(Map.of("text", "Version two."))
                    .post("/api/drafts/" + draft + "/versions").then().statusCode(400)
                    .body("errors.field", hasItem("If-Match"));
        }
        Api.as(team.drafter()).get("/api/drafts/" + draft).then().body("head", equalTo(1));
    }

    @Test
    void ifNoneMatchGives304OnDraftsUntilTheHeadMoves() {
        Team team = Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), "Version one.", "tabled");
        String etag = Api.as(team.drafter()).get("/api/drafts/" + draft).then().statusCode(200).extract().header("ETag");
        Api.as(team.drafter()).header("If-None-Match", etag).get("/api/drafts/" + draft).then().statusCode(304)
                .header("ETag", equalTo(etag));
        Api.as(team.drafter()).header("If-None-Match", "W/" + etag).get("/api/drafts/" + draft).then().statusCode(304);
        Api.version(team.drafter(), draft, "Version two.", 1);
        Api.as(team.drafter()).header("If-None-Match", etag).get("/api/drafts/" + draft).then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("head", equalTo(2));
    }

    @Test
    void ifNoneMatchNeverRevealsAHiddenDraft() {
        Team rus = Team.create();
        Team nor = Team.create();
        long hidden = Api.draft(rus.drafter(), Api.term(), "Private.", "delegation");
        Api.as(nor.drafter()).header("If-None-Match", "\"1\"").get("/api/drafts/" + hidden).then().statusCode(404);
    }
}
