package org.lexdraft.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;
import org.lexdraft.support.Api.Team;

@QuarkusTest
class SessionApiTest {

    @TestHTTPResource("/")
    URL base;

    private String ownOrigin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    @Test
    void signInSetsAStrictHttpOnlySessionCookie() {
        Team team = Team.create();
        String setCookie = Api.anonymous().body(Map.of("username", team.drafter(), "password", Api.PASSWORD))
                .post("/api/session").then().statusCode(204)
                .extract().header("Set-Cookie");
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("lexdraft_session=lxs_"));
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("HttpOnly"));
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("SameSite=Strict"));
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("Path=/"));
        org.hamcrest.MatcherAssert.assertThat(setCookie, not(containsString("Secure"))); // plain HTTP in tests
    }

    @Test
    void theCookieSignsInReadsAndOwnOriginWrites() {
        Team team = Team.create();
        String slug = Api.term();
        String session = Api.session(team.drafter(), Api.PASSWORD);
        Api.browser(session, null).get("/api/me").then().statusCode(200).body("username", equalTo(team.drafter()));
        long draft = Api.browser(session, ownOrigin()).body(Map.of("title", "From the page", "text", "A munition."))
                .post("/api/terms/" + slug + "/drafts").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(team.drafter()).get("/api/drafts/" + draft).then().statusCode(200).body("title", equalTo("From the page"));
    }

    @Test
    void cookieWritesFromAnotherOriginOrNoneAreRefusedAndChangeNothing() {
        Team team = Team.create();
        String slug = Api.term();
        String session = Api.session(team.drafter(), Api.PASSWORD);
        Api.browser(session, "https://evil.example").body(Map.of("title", "Forged", "text", "A munition."))
                .post("/api/terms/" + slug + "/drafts").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(Problems.type("forbidden-origin")));
        Api.browser(session, null).body(Map.of("title", "Forged", "text", "A munition."))
                .post("/api/terms/" + slug + "/drafts").then().statusCode(403);
        Api.browser(session, null).header("Referer", "https://evil.example/page")
                .body(Map.of("title", "Forged", "text", "A munition."))
                .post("/api/terms/" + slug + "/drafts").then().statusCode(403);
        Api.browser(session, "null").body(Map.of("label", "x")).post("/api/tokens").then().statusCode(403);
        Api.as(team.drafter()).get("/api/terms/" + slug + "/drafts").then().statusCode(200).body("total", equalTo(0));
        Api.as(team.drafter()).get("/api/tokens").then().statusCode(200).body("total", equalTo(0));
        // a same-origin Referer is as good as Origin
        Api.browser(session, null).header("Referer", ownOrigin() + "/terms/" + slug)
                .body(Map.of("label", "x")).post("/api/tokens").then().statusCode(201);
    }

    @Test
    void signInFromAnotherSiteIsRefused() {
        Team team = Team.create();
        Api.anonymous().header("Origin", "https://evil.example")
                .body(Map.of("username", team.drafter(), "password", Api.PASSWORD))
                .post("/api/session").then().statusCode(403)
                .header("Set-Cookie", nullValue());
    }

    @Test
    void signOutEndsTheSessionAtOnce() {
        Team team = Team.create();
        String session = Api.session(team.drafter(), Api.PASSWORD);
        String cleared = Api.browser(session, ownOrigin()).delete("/api/session").then().statusCode(204)
                .extract().header("Set-Cookie");
        org.hamcrest.MatcherAssert.assertThat(cleared, containsString("Max-Age=0"));
        Api.browser(session, null).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", nullValue());
        // signing out twice, or without a session, is harmless
        Api.browser(session, ownOrigin()).delete("/api/session").then().statusCode(204);
        Api.anonymous().delete("/api/session").then().statusCode(204);
    }

    @Test
    void wrongPasswordSetsNoCookie() {
        Team team = Team.create();
        Api.anonymous().body(Map.of("username", team.drafter(), "password", "not-the-password"))
                .post("/api/session").then().statusCode(401)
                .contentType("application/problem+json")
                .header("Set-Cookie", nullValue())
                .header("WWW-Authenticate", nullValue());
        Api.anonymous().body(Map.of("username", "nobody-" + Api.code().toLowerCase(), "password", "whatever"))
                .post("/api/session").then().statusCode(401).header("Set-Cookie", nullValue());
    }

    @Test
    void badSignInRequestsAreRefused() {
        Api.anonymous().body(Map.of("username", "x")).post("/api/session").then().statusCode(400)
                .contentType("application/problem+json");
        Api.anonymous().body(Map.of("username", "x", "password", "y", "role", "chair")).post("/api/session")
                .then().statusCode(400);
        Api.anonymous().body(Map.of("username", 5, "password", "y")).post("/api/session").then().statusCode(400);
        Api.anonymous().body("{").post("/api/session").then().statusCode(400);
        io.restassured.RestAssured.given().contentType("text/plain").body("admin").post("/api/session")
                .then().statusCode(415);
    }

    @Test
    void aForgedOrEndedCookieIsRefused() {
        Api.browser("lxs_forged", null).get("/api/me").then().statusCode(401);
        Team team = Team.create();
        String token = Api.token(team.drafter());
        Api.browser(token, null).get("/api/me").then().statusCode(401); // an API token is not a session
    }

    @Test
    void sessionsOfADeactivatedMemberAreRefused() {
        Team team = Team.create();
        String session = Api.session(team.drafter(), Api.PASSWORD);
        Api.admin().body(Map.of("active", false)).patch("/api/members/" + team.drafter()).then().statusCode(200);
        Api.browser(session, null).get("/api/me").then().statusCode(401);
        Api.anonymous().body(Map.of("username", team.drafter(), "password", Api.PASSWORD))
                .post("/api/session").then().statusCode(401);
        Api.admin().body(Map.of("active", true)).patch("/api/members/" + team.drafter()).then().statusCode(200);
        // deactivation ended the session for good
        Api.browser(session, null).get("/api/me").then().statusCode(401);
        assertEquals(200, Api.browser(Api.session(team.drafter(), Api.PASSWORD), null).get("/api/me").statusCode());
    }
}
