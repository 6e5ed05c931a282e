package org.lexdraft.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;
import org.lexdraft.support.Api.Team;

/**
 * With CORS turned on as an operator would (the standard Quarkus settings), on a database of its
 * own: the profile restarts the service with a fresh database, where admin is the only chair.
 */
@QuarkusTest
@TestProfile(CorsAndLastChairTest.Frontend.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorsAndLastChairTest {

    static final String FRONTEND = "http://localhost:5173";

    public static class Frontend implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true",
                    "quarkus.http.cors.origins", FRONTEND,
                    "lexdraft.security.client-sign-in-failures", "8");
        }
    }

    @Test
    void aPreflightFromTheFrontendIsAllowedWithLexdraftsHeaders() {
        RestAssured.given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,last-event-id")
                .options("/api/drafts/1/versions").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Allow-Headers", containsString("Last-Event-ID"))
                .header("Access-Control-Allow-Methods", containsString("PATCH"));
    }

    @Test
    void scriptsOnTheFrontendMayReadETagLocationAndLink() {
        Team team = Team.create();
        String token = Api.token(team.drafter());
        Api.bearer(token).header("Origin", FRONTEND).get("/api/me").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
    }

    @Test
    void theFrontendMayReadTheContract() {
        RestAssured.given().header("Origin", FRONTEND).header("Access-Control-Request-Method", "GET")
                .options("/q/openapi").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND));
        for (String accept : java.util.List.of("application/json", "application/yaml")) {
            RestAssured.given().header("Origin", FRONTEND).accept(accept).get("/q/openapi").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                    .contentType(containsString(accept));
        }
    }

    @Test
    void otherOriginsAreNotAllowed() {
        RestAssured.given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/me").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void cookieWritesFromTheAllowedOriginAreAccepted() {
        Team team = Team.create();
        String session = Api.session(team.drafter(), Api.PASSWORD);
        Api.browser(session, FRONTEND).body(Map.of("label", "from the frontend")).post("/api/tokens").then().statusCode(201);
    }

    /** Last: the client stays throttled for the window, which would hold up the first sign-ins of later tests. */
    @Test
    @Order(Integer.MAX_VALUE)
    void manyFailuresFromOneClientAreThrottledWhateverTheAccount() {
        String token = Api.token("admin");
        for (int i = 0; i < 8; i++) {
            Api.as("nobody-" + i + "-" + Api.code().toLowerCase(), "guess").get("/api/me").then().statusCode(401);
        }
        Api.as("nobody-else-" + Api.code().toLowerCase(), "guess").get("/api/me").then().statusCode(429);
        // tokens are not passwords: the client's members still get in with them
        Api.bearer(token).get("/api/me").then().statusCode(200);
    }

    @Test
    void theLastActiveChairCannotBeDeactivatedOrDemoted() {
        Api.admin().body(Map.of("active", false)).patch("/api/members/admin").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(Problems.type("last-chair")));
        Api.admin().body(Map.of("role", "drafter")).patch("/api/members/admin").then().statusCode(409);
        Api.admin().get("/api/me").then().statusCode(200).body("role", equalTo("chair")).body("active", equalTo(true));

        String second = Api.member("CHAIR", "chair");
        Api.admin().body(Map.of("active", false)).patch("/api/members/" + second).then().statusCode(200);
        Api.admin().body(Map.of("active", true)).patch("/api/members/" + second).then().statusCode(200);
        // with a second active chair, admin may step down; then the second is the last
        Api.as(second).body(Map.of("role", "observer")).patch("/api/members/admin").then().statusCode(200);
        Api.as(second).body(Map.of("active", false)).patch("/api/members/" + second).then().statusCode(409);
        Api.as(second).body(Map.of("role", "chair")).patch("/api/members/admin").then().statusCode(200);
        Api.admin().get("/api/me").then().statusCode(200).body("role", equalTo("chair"));
    }
}
