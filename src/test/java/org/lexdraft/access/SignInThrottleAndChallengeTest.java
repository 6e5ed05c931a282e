package org.lexdraft.access;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;
import org.lexdraft.support.Api.Team;

@QuarkusTest
class SignInThrottleAndChallengeTest {

    /** lexdraft.security.sign-in-failures in application.properties */
    private static final int LIMIT = 5;

    @Test
    void repeatedWrongPasswordsAreAnswered429WithRetryAfter() {
        Team team = Team.create();
        for (int i = 0; i < LIMIT; i++) {
            Api.as(team.drafter(), "wrong-password-" + i).get("/api/me").then().statusCode(401);
        }
        String retryAfter = Api.as(team.drafter(), "wrong-again").get("/api/me").then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo(Problems.type("too-many-requests")))
                .header("Retry-After", notNullValue())
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds > 0 && seconds <= 300, retryAfter);
        // the session sign-in is held to the same count
        Api.anonymous().body(Map.of("username", team.drafter(), "password", "wrong")).post("/api/session")
                .then().statusCode(429);
    }

    @Test
    void aThrottledMemberIsNotLockedOut() {
        Team team = Team.create();
        String token = Api.token(team.drafter());
        // signed in once with the right password: remembered
        Api.as(team.drafter()).get("/api/me").then().statusCode(200);
        for (int i = 0; i <= LIMIT; i++) {
            Api.as(team.drafter(), "guess-" + i).get("/api/me");
        }
        Api.as(team.drafter(), "guess-more").get("/api/me").then().statusCode(429);
        // the remembered right password, the token and other accounts from the same client still work
        Api.as(team.drafter()).get("/api/me").then().statusCode(200);
        Api.bearer(token).get("/api/me").then().statusCode(200);
        Api.as(team.observer()).get("/api/me").then().statusCode(200);
    }

    @Test
    void aCorrectPasswordNotYetVerifiedWaitsLikeAGuess() {
        Team team = Team.create();
        for (int i = 0; i < LIMIT; i++) {
            Api.as(team.observer(), "guess-" + i).get("/api/me").then().statusCode(401);
        }
        // nothing proves this one right without a bcrypt check, which the throttle withholds
        Api.as(team.observer()).get("/api/me").then().statusCode(429);
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        Team team = Team.create();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < LIMIT - 1; i++) {
                Api.as(team.drafter(), "typo-" + i).get("/api/me").then().statusCode(401);
            }
            Api.anonymous().body(Map.of("username", team.drafter(), "password", Api.PASSWORD)).post("/api/session")
                    .then().statusCode(204);
        }
    }

    @Test
    void plainClientsGetABasicChallenge() {
        RestAssured.given().get("/api/me").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic realm=\"lexdraft\""));
        Api.as("admin", "wrong-" + Api.code()).get("/api/terms").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"));
    }

    @Test
    void scriptsAndBrowsersWithOtherCredentialsGetNoChallenge() {
        RestAssured.given().header("X-Requested-With", "XMLHttpRequest").get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", nullValue());
        RestAssured.given().header("Sec-Fetch-Mode", "cors").get("/api/terms").then().statusCode(401)
                .header("WWW-Authenticate", nullValue());
        Api.bearer("lxd_unknown").get("/api/me").then().statusCode(401).header("WWW-Authenticate", nullValue());
        Api.browser("lxs_unknown", null).get("/api/me").then().statusCode(401).header("WWW-Authenticate", nullValue());
        Api.as("admin", "wrong-" + Api.code()).header("X-Requested-With", "fetch").get("/api/me").then().statusCode(401)
                .header("WWW-Authenticate", nullValue());
    }

    @Test
    void corsIsOffByDefault() {
        RestAssured.given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/me").then()
                .header("Access-Control-Allow-Origin", nullValue());
        Api.admin().header("Origin", "http://localhost:5173").get("/api/me").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
