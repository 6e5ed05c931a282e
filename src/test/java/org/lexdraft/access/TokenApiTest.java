package org.lexdraft.access;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;
import org.lexdraft.support.Api.Team;

@QuarkusTest
class TokenApiTest {

    @Test
    void createdTokenIsShownOnceAndSignsInAsItsMember() {
        Team team = Team.create();
        JsonPath created = Api.as(team.drafter()).body(Map.of("label", "CI script", "expiresInDays", 7))
                .post("/api/tokens").then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("label", equalTo("CI script"))
                .body("token", startsWith("lxd_"))
                .extract().jsonPath();
        String token = created.getString("token");
        OffsetDateTime createdAt = OffsetDateTime.parse(created.getString("createdAt"));
        OffsetDateTime expiresAt = OffsetDateTime.parse(created.getString("expiresAt"));
        assertEquals(Duration.ofDays(7), Duration.between(createdAt, expiresAt));

        Api.bearer(token).get("/api/me").then().statusCode(200)
                .body("username", equalTo(team.drafter()))
                .body("delegation", equalTo(team.code()));
        Api.as(team.drafter()).get("/api/tokens").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", Api.id(created.getLong("id")))
                .body("items[0].label", equalTo("CI script"))
                .body("items[0].token", nullValue())
                .body("items[0].lastUsedAt", not(nullValue()));
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() {
        Team team = Team.create();
        String token = Api.token(team.drafter());
        List<String> hashes = QuarkusTransaction.requiringNew().call(() -> AccessToken.<AccessToken>find(
                "member.username", team.drafter()).list().stream().map(t -> t.tokenHash).toList());
        assertEquals(List.of(Secrets.sha256(token)), hashes);
        assertFalse(hashes.get(0).contains(token.substring(4, 20)));
    }

    @Test
    void tokenWritesAsItsMember() {
        Team team = Team.create();
        String slug = Api.term();
        String token = Api.token(team.drafter());
        long draft = Api.bearer(token).body(Map.of("title", "By token", "text", "A munition."))
                .post("/api/terms/" + slug + "/drafts").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(team.drafter()).get("/api/drafts/" + draft + "/versions/1").then().statusCode(200)
                .body("author", equalTo(team.drafter()));
    }

    @Test
    void revokedTokenStopsAtOnce() {
        Team team = Team.create();
        JsonPath created = Api.as(team.drafter()).body(Map.of("label", "to revoke")).post("/api/tokens")
                .then().statusCode(201).extract().jsonPath();
        String token = created.getString("token");
        Api.bearer(token).get("/api/me").then().statusCode(200);
        Api.as(team.drafter()).delete("/api/tokens/" + created.getLong("id")).then().statusCode(204);
        Api.bearer(token).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", nullValue());
        Api.as(team.drafter()).get("/api/tokens").then().statusCode(200).body("total", equalTo(0));
        Api.as(team.drafter()).delete("/api/tokens/" + created.getLong("id")).then().statusCode(404);
    }

    @Test
    void theChairRevokesAnyTokenAndOthersCannotSeeIt() {
        Team owner = Team.create();
        Team other = Team.create();
        JsonPath created = Api.as(owner.drafter()).body(Map.of("label", "x")).post("/api/tokens")
                .then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        Api.as(other.drafter()).delete("/api/tokens/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(owner.observer()).delete("/api/tokens/" + id).then().statusCode(404);
        Api.bearer(created.getString("token")).get("/api/me").then().statusCode(200);
        Api.admin().delete("/api/tokens/" + id).then().statusCode(204);
        Api.bearer(created.getString("token")).get("/api/me").then().statusCode(401);
    }

    @Test
    void expiredTokenIsRefused() {
        Team team = Team.create();
        JsonPath created = Api.as(team.drafter()).body(Map.of("label", "short")).post("/api/tokens")
                .then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        QuarkusTransaction.requiringNew().run(() -> AccessToken.update("expiresAt = ?1 where id = ?2",
                Instant.now().minusSeconds(1), id));
        Api.bearer(created.getString("token")).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void malformedAndUnknownTokensAreRefusedWithoutChallenge() {
        for (String value : List.of("Bearer lxd_nonexistent", "Bearer ", "Bearer", "Token abc", "Basic !!!",
                "Basic " + java.util.Base64.getEncoder().encodeToString("no-colon".getBytes()))) {
            io.restassured.RestAssured.given().header("Authorization", value).get("/api/me").then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo(Problems.type("unauthorized")));
        }
        Api.bearer("lxd_nonexistent").get("/api/me").then().header("WWW-Authenticate", nullValue());
    }

    @Test
    void aSessionTokenIsNoBearerToken() {
        Team team = Team.create();
        String session = Api.session(team.drafter(), Api.PASSWORD);
        assertTrue(session.startsWith("lxs_"));
        Api.bearer(session).get("/api/me").then().statusCode(401);
    }

    @Test
    void badTokenRequestsAreRefusedAndCreateNothing() {
        Team team = Team.create();
        Api.as(team.drafter()).body(Map.of("label", "   ")).post("/api/tokens").then().statusCode(400)
                .body("errors.field", hasItem("label"));
        Api.as(team.drafter()).body(Map.of("label", "x", "expiresInDays", 0)).post("/api/tokens").then().statusCode(400)
                .body("errors.field", hasItem("expiresInDays"));
        Api.as(team.drafter()).body(Map.of("label", "x", "expiresInDays", 366)).post("/api/tokens").then().statusCode(400);
        Api.as(team.drafter()).body(Map.of("label", "x", "expiresInDays", "7")).post("/api/tokens").then().statusCode(400);
        Api.as(team.drafter()).body(Map.of("label", "x", "token", "lxd_mine")).post("/api/tokens").then().statusCode(400);
        Api.as(team.drafter()).body(Map.of()).post("/api/tokens").then().statusCode(400);
        Api.as(team.drafter()).get("/api/tokens?size=0").then().statusCode(400);
        Api.as(team.drafter()).delete("/api/tokens/abc").then().statusCode(404);
        Api.as(team.drafter()).get("/api/tokens").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anonymousCallersGetNoTokens() {
        Api.anonymous().body(Map.of("label", "x")).post("/api/tokens").then().statusCode(401);
        Api.anonymous().get("/api/tokens").then().statusCode(401);
        Api.anonymous().delete("/api/tokens/1").then().statusCode(401);
    }

    @Test
    void tokensOfADeactivatedMemberAreRefused() {
        Team team = Team.create();
        String token = Api.token(team.drafter());
        Api.admin().body(Map.of("active", false)).patch("/api/members/" + team.drafter()).then().statusCode(200)
                .body("active", equalTo(false));
        Api.bearer(token).get("/api/me").then().statusCode(401);
        Api.admin().body(Map.of("active", true)).patch("/api/members/" + team.drafter()).then().statusCode(200);
        Api.bearer(token).get("/api/me").then().statusCode(200);
    }

    @Test
    void tokenIdsAreRandomNotCounted() {
        Team team = Team.create();
        long a = Api.as(team.drafter()).body(Map.of("label", "a")).post("/api/tokens").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long b = Api.as(team.drafter()).body(Map.of("label", "b")).post("/api/tokens").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertTrue(a > 0 && b > 0 && a < (1L << 53) && b < (1L << 53));
        assertTrue(Math.abs(a - b) > 1_000, "ids " + a + " and " + b + " look sequential");
    }
}
