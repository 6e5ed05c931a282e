package org.lexdraft.delegation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;

@QuarkusTest
class SignInTest {

    @Test
    void bootstrapAdminIsTheChair() {
        Api.admin().get("/api/me").then().statusCode(200)
                .body("username", equalTo("admin"))
                .body("delegation", equalTo("CHAIR"))
                .body("role", equalTo("chair"));
    }

    @Test
    void anonymousCallerGetsProblem401WithChallenge() {
        given().get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("type", equalTo(Problems.type("unauthorized")))
                .body("status", equalTo(401));
    }

    @Test
    void wrongPasswordGetsProblem401() {
        Api.as("admin", "not-the-password").get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo(Problems.type("unauthorized")));
    }

    @Test
    void unknownUserGetsProblem401() {
        Api.as("nobody-" + Api.code().toLowerCase(), "whatever-password").get("/api/me").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
