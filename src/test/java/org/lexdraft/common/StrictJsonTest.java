package org.lexdraft.common;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;

/** A body is one JSON object, each field once: anything after it, or a key twice, is a 400. */
@QuarkusTest
class StrictJsonTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void trailingGarbageAfterTheBodyIs400AndCreatesNothing() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();

        Api.as(team.drafter()).body("{\"title\":\"t\",\"text\":\"Some text.\",\"message\":\"m\"}GARBAGE")
                .post("/api/terms/" + slug + "/drafts").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(Problems.type("malformed-json")));

        Api.as(team.drafter()).get("/api/terms/" + slug + "/drafts").then().body("total", equalTo(0));
    }

    @Test
    void aSecondJsonValueAfterTheBodyIs400() {
        String slug = Api.slug();

        Api.admin().body("{\"slug\":\"" + slug + "\",\"label\":\"L\"} {\"slug\":\"other\"}").post("/api/terms")
                .then().statusCode(400).contentType(PROBLEM);

        Api.admin().get("/api/terms/" + slug).then().statusCode(404);
    }

    @Test
    void aDuplicateKeyIs400AndCreatesNothing() {
        String slug = Api.slug();

        Api.admin().body("{\"slug\":\"" + slug + "\",\"label\":\"L\",\"label\":\"M\"}").post("/api/terms")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(Problems.type("malformed-json")));

        Api.admin().get("/api/terms/" + slug).then().statusCode(404);
    }

    @Test
    void aDuplicateKeyInANestedObjectIs400() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), "Cluster munition means a munition.", "tabled");

        Api.as(team.drafter()).body("{\"version\":1,\"body\":\"b\",\"anchor\":{\"start\":0,\"start\":1,\"end\":2}}")
                .post("/api/drafts/" + draft + "/comments").then().statusCode(400).contentType(PROBLEM);

        Api.as(team.drafter()).get("/api/drafts/" + draft + "/comments").then().body("total", equalTo(0));
    }

    @Test
    void trailingWhitespaceIsStillAccepted() {
        Api.admin().body("{\"slug\":\"" + Api.slug() + "\",\"label\":\"L\"}\r\n \t").post("/api/terms")
                .then().statusCode(201);
    }
}
