package org.lexdraft.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class PageRoutesTest {

    private static final String MODULE = "<script type=\"module\" src=\"/app/main.js\"></script>";

    @ParameterizedTest
    @ValueSource(strings = {"/", "/terms/cluster-munition", "/drafts/12", "/diff", "/diff?from=1:1&to=1:2&granularity=char"})
    void everyViewAddressAnswersThePageWithoutSignIn(String address) {
        given().urlEncodingEnabled(false).get(address).then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", equalTo("no-cache"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body(containsString(MODULE));
    }

    @Test
    void headOfAViewAddressHasNoBody() {
        given().head("/drafts/3").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(equalTo(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/drafts/abc", "/terms/Not-A-Slug", "/terms/a/b", "/nowhere", "/api/nowhere", "/q/nowhere"})
    void otherAddressesAreNotThePage(String address) {
        given().get(address).then().statusCode(404)
                .body(not(containsString(MODULE)));
    }

    @Test
    void apiAddressesStayTheApi() {
        given().header("X-Requested-With", "XMLHttpRequest").get("/api/terms").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void thePageModulesAndStylesAreServed() {
        given().get("/app/main.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("import * as api from './api.js'"));
        given().get("/app/lexdraft.css").then().statusCode(200).contentType(startsWith("text/css"))
                .body(containsString("--bracket-bg"));
    }
}
