package org.lexdraft.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;
import org.lexdraft.support.RawHttp;
import org.lexdraft.support.RawHttp.Reply;

/** Bodies without Content-Length are held to the same limit as declared ones, while they arrive. */
@QuarkusTest
class ChunkedBodyTest {

    private static byte[] draftOfSize(int bytes) {
        String prefix = "{\"title\":\"T\",\"message\":\"m\",\"text\":\"";
        String suffix = "\"}";
        return (prefix + "a".repeat(bytes - prefix.length() - suffix.length()) + suffix).getBytes(StandardCharsets.UTF_8);
    }

    private static int draftCount(String drafter, String slug) {
        return Api.as(drafter).get("/api/terms/" + slug + "/drafts").then().statusCode(200)
                .extract().jsonPath().getInt("total");
    }

    @Test
    void aChunkedBodyOfTwoMegabytesIs413ProblemAndCreatesNothing() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();

        Reply reply = RawHttp.chunked("POST", "/api/terms/" + slug + "/drafts",
                RawHttp.basic(team.drafter(), Api.PASSWORD), draftOfSize(2 * 1024 * 1024), true);

        assertEquals(413, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        assertEquals(Problems.type("payload-too-large"), io.restassured.path.json.JsonPath.from(reply.body()).getString("type"),
                reply.toString());
        assertEquals(0, draftCount(team.drafter(), slug));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        byte[] body = ("{\"title\":\"T\",\"message\":\"m\",\"text\":\"Cluster munition means a munition.\"}")
                .getBytes(StandardCharsets.UTF_8);

        Reply reply = RawHttp.chunked("POST", "/api/terms/" + slug + "/drafts",
                RawHttp.basic(team.drafter(), Api.PASSWORD), body, true);

        assertEquals(201, reply.status(), reply.toString());
        assertEquals(1, draftCount(team.drafter(), slug));
    }
}
