package org.lexdraft.access;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;
import org.lexdraft.support.Api.Team;

@QuarkusTest
class PasswordAndMemberApiTest {

    private static final String NEW_PASSWORD = "a-brand-new-secret";

    @Test
    void changingOnesPasswordStopsTheOldOneAtOnce() {
        Team team = Team.create();
        // signed in once, so the credential is remembered
        Api.as(team.drafter()).get("/api/me").then().statusCode(200);
        Api.as(team.drafter()).body(Map.of("current", Api.PASSWORD, "new", NEW_PASSWORD))
                .put("/api/me/password").then().statusCode(204);
        Api.as(team.drafter()).get("/api/me").then().statusCode(401);
        Api.as(team.drafter(), NEW_PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void changingOnesPasswordEndsOtherSessionsButKeepsTokens() {
        Team team = Team.create();
        String other = Api.session(team.drafter(), Api.PASSWORD);
        String token = Api.token(team.drafter());
        Api.as(team.drafter()).body(Map.of("current", Api.PASSWORD, "new", NEW_PASSWORD))
                .put("/api/me/password").then().statusCode(204);
        Api.browser(other, null).get("/api/me").then().statusCode(401);
        Api.bearer(token).get("/api/me").then().statusCode(200);
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        Team team = Team.create();
        Api.as(team.drafter()).body(Map.of("current", "not-my-password", "new", NEW_PASSWORD))
                .put("/api/me/password").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(Problems.type("wrong-password")))
                .body("errors.field", hasItem("current"));
        Api.as(team.drafter()).get("/api/me").then().statusCode(200);
        Api.as(team.drafter(), NEW_PASSWORD).get("/api/me").then().statusCode(401);
    }

    @Test
    void badPasswordChangesAreRefused() {
        Team team = Team.create();
        Api.as(team.drafter()).body(Map.of("current", Api.PASSWORD, "new", "short")).put("/api/me/password")
                .then().statusCode(400).body("errors.field", hasItem("new"));
        String seventyThreeBytes = "é".repeat(36) + "x"; // 36 characters of 2 bytes + 1: 73 bytes, 37 characters
        Api.asUtf8(team.drafter(), Api.PASSWORD).body(Map.of("current", Api.PASSWORD, "new", seventyThreeBytes))
                .put("/api/me/password").then().statusCode(400).body("errors.field", hasItem("new"));
        Api.as(team.drafter()).body(Map.of("current", Api.PASSWORD)).put("/api/me/password").then().statusCode(400);
        Api.as(team.drafter()).body(Map.of("current", Api.PASSWORD, "new", NEW_PASSWORD, "username", "admin"))
                .put("/api/me/password").then().statusCode(400);
        Api.anonymous().body(Map.of("current", Api.PASSWORD, "new", NEW_PASSWORD)).put("/api/me/password")
                .then().statusCode(401);
        Api.as(team.drafter()).get("/api/me").then().statusCode(200);
    }

    @Test
    void aPasswordLongerThanBcryptReadsNeverSignsIn() {
        Team team = Team.create();
        String exactly72 = "p".repeat(72);
        Api.admin().body(Map.of("password", exactly72)).patch("/api/members/" + team.drafter()).then().statusCode(200);
        Api.as(team.drafter(), exactly72).get("/api/me").then().statusCode(200);
        Api.as(team.drafter(), exactly72 + "anything").get("/api/me").then().statusCode(401);
        Api.admin().body(Map.of("password", exactly72 + "x")).patch("/api/members/" + team.drafter())
                .then().statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void theChairResetsAPasswordAndTheOldOneStopsAtOnce() {
        Team team = Team.create();
        Api.as(team.drafter()).get("/api/me").then().statusCode(200);
        String session = Api.session(team.drafter(), Api.PASSWORD);
        Api.admin().body(Map.of("password", NEW_PASSWORD)).patch("/api/members/" + team.drafter()).then().statusCode(200);
        Api.as(team.drafter()).get("/api/me").then().statusCode(401);
        Api.browser(session, null).get("/api/me").then().statusCode(401);
        Api.as(team.drafter(), NEW_PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void theChairChangesDisplayNameAndRole() {
        Team team = Team.create();
        Api.admin().body(Map.of("displayName", "  K. Hansen  ", "role", "observer"))
                .patch("/api/members/" + team.drafter()).then().statusCode(200)
                .body("displayName", equalTo("K. Hansen"))
                .body("role", equalTo("observer"))
                .body("active", equalTo(true));
        Api.as(team.drafter()).get("/api/me").then().statusCode(200).body("role", equalTo("observer"));
        String slug = Api.term();
        Api.as(team.drafter()).body(Map.of("title", "t", "text", "x")).post("/api/terms/" + slug + "/drafts")
                .then().statusCode(403);
    }

    @Test
    void deactivationRefusesThePasswordAtOnceEvenWhenRemembered() {
        Team team = Team.create();
        Api.as(team.drafter()).get("/api/me").then().statusCode(200);
        Api.admin().body(Map.of("active", false)).patch("/api/members/" + team.drafter()).then().statusCode(200);
        Api.as(team.drafter()).get("/api/me").then().statusCode(401);
        Api.admin().get("/api/members/" + team.drafter()).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void onlyTheChairChangesMembers() {
        Team team = Team.create();
        Team other = Team.create();
        Api.as(team.drafter()).body(Map.of("role", "chair")).patch("/api/members/" + team.drafter())
                .then().statusCode(403).contentType("application/problem+json");
        Api.as(team.drafter()).body(Map.of("active", false)).patch("/api/members/" + other.drafter()).then().statusCode(403);
        Api.as(team.observer()).body(Map.of("displayName", "x")).patch("/api/members/" + team.observer()).then().statusCode(403);
        Api.anonymous().body(Map.of("displayName", "x")).patch("/api/members/" + team.drafter()).then().statusCode(401);
        Api.admin().get("/api/members/" + team.drafter()).then().statusCode(200)
                .body("role", equalTo("drafter")).body("active", equalTo(true));
        Api.admin().get("/api/members/" + other.drafter()).then().body("active", equalTo(true));
    }

    @Test
    void badMemberChangesAreRefusedAndChangeNothing() {
        Team team = Team.create();
        String path = "/api/members/" + team.drafter();
        Api.admin().body(Map.of("displayName", "  ")).patch(path).then().statusCode(400).body("errors.field", hasItem("displayName"));
        Api.admin().body(Map.of("role", "king")).patch(path).then().statusCode(400);
        Api.admin().body(Map.of("active", "no")).patch(path).then().statusCode(400);
        Api.admin().body(Map.of("password", "short")).patch(path).then().statusCode(400);
        Api.admin().body(Map.of("username", "renamed")).patch(path).then().statusCode(400);
        Api.admin().body(Map.of("displayName", "x")).patch("/api/members/nobody-" + Api.code().toLowerCase())
                .then().statusCode(404).contentType("application/problem+json");
        Api.admin().get(path).then().statusCode(200)
                .body("displayName", equalTo("Member " + team.drafter()))
                .body("role", equalTo("drafter"))
                .body("active", equalTo(true));
        Api.as(team.drafter()).get("/api/me").then().statusCode(200);
    }

    @Test
    void membersShowWhetherTheyAreActive() {
        Api.admin().get("/api/me").then().statusCode(200).body("active", equalTo(true));
        Api.admin().get("/api/members").then().statusCode(200).body("items[0].active", notNullValue());
    }
}
