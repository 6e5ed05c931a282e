package org.lexdraft.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.in;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lexdraft.support.Problems.TYPES;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

/** Every failure is problem+json with a stable type, and nothing internal reaches the client. */
@QuarkusTest
class ErrorHandlingTest {

    private static final List<String> INTERNALS = List.of("Exception", "org.lexdraft", "java.", "at org.",
            "jakarta.", "com.fasterxml", "io.quarkus", "NewTerm", "NewDelegation", "objectName");

    @Test
    void unknownApiPathIs404Problem() {
        assertProblem(Api.admin().get("/api/nope"), 404, "not-found");
    }

    @Test
    void unsupportedMethodIs405Problem() {
        assertProblem(Api.admin().delete("/api/terms"), 405, "method-not-allowed");
    }

    @Test
    void methodNotAllowedNamesTheAllowedMethods() {
        Response response = Api.admin().delete("/api/terms");
        response.then().statusCode(405);
        String allow = response.header("Allow");
        assertNotNull(allow, "405 must carry an Allow header (RFC 9110 section 15.5.6)");
        assertTrue(allow.contains("GET") && allow.contains("POST"), allow);
    }

    @Test
    void nonJsonBodyIs415ProblemAndCreatesNothing() {
        String slug = Api.slug();
        Response response = Api.admin().contentType("text/plain")
                .body("{\"slug\":\"" + slug + "\",\"label\":\"plain\"}").post("/api/terms");

        assertProblem(response, 415, "unsupported-media-type");
        Api.admin().get("/api/terms/" + slug).then().statusCode(404);
    }

    @Test
    void bodyAboveOneMebibyteIs413ProblemAndCreatesNothing() {
        String slug = Api.slug();
        String body = "{\"slug\":\"" + slug + "\",\"label\":\"" + "a".repeat(1_200_000) + "\"}";

        Response response = Api.admin().body(body).post("/api/terms");

        assertProblem(response, 413, "payload-too-large");
        Api.admin().get("/api/terms/" + slug).then().statusCode(404);
    }

    @Test
    void bodyAboveLimitIsRefusedBeforeSignIn() {
        String body = "{\"slug\":\"" + Api.slug() + "\",\"label\":\"" + "a".repeat(1_200_000) + "\"}";
        assertProblem(Api.anonymous().body(body).post("/api/terms"), 413, "payload-too-large");
    }

    @Test
    void bodyJustBelowLimitIsNotRefusedForSize() {
        // a 1,000,000-byte body is within 1 MiB; the label is then too long (max 200) and is a 400, not a 413
        String body = "{\"slug\":\"" + Api.slug() + "\",\"label\":\"" + "a".repeat(1_000_000) + "\"}";
        assertProblem(Api.admin().body(body).post("/api/terms"), 400, "validation");
    }

    @Test
    void nonNumericDraftIdIs404Problem() {
        assertProblem(Api.admin().get("/api/drafts/abc"), 404, "not-found");
    }

    @Test
    void unknownDraftIs404Problem() {
        assertProblem(Api.admin().get("/api/drafts/987654321987"), 404, "not-found");
    }

    @Test
    void malformedJsonIs400ProblemWithoutInternals() {
        assertProblem(Api.admin().body("{\"slug\": \"x\", ").post("/api/terms"), 400, "malformed-json");
    }

    @Test
    void unknownPropertyIs400ProblemWithoutInternals() {
        Response response = Api.admin().body(Map.of("slug", Api.slug(), "label", "l", "status", "agreed"))
                .post("/api/terms");
        assertProblem(response, 400, "validation");
        response.then().body("errors[0].field", equalTo("status"));
    }

    @Test
    void wrongJsonTypeIs400ProblemWithoutInternals() {
        Response response = Api.admin().body("{\"slug\": [1, 2], \"label\": \"l\"}").post("/api/terms");
        assertProblem(response, 400, "validation");
        response.then().body("errors[0].field", equalTo("slug"));
    }

    @Test
    void nonNumericPageIs400ProblemWithoutInternals() {
        assertProblem(Api.admin().get("/api/terms?page=abc"), 400, Set.of("validation", "bad-request"));
    }

    @Test
    void unauthorizedIs401ProblemWithoutInternals() {
        assertProblem(Api.anonymous().get("/api/terms"), 401, "unauthorized");
    }

    @Test
    void forbiddenIs403ProblemWithoutInternals() {
        Response response = Api.as(Api.Team.create().drafter())
                .body(Map.of("slug", Api.slug(), "label", "l")).post("/api/terms");
        assertProblem(response, 403, "forbidden");
    }

    /** Checks status, media type, the stable type, a title and detail, and that nothing internal leaks. */
    private static void assertProblem(Response response, int status, String kind) {
        assertProblem(response, status, Set.of(kind));
    }

    private static void assertProblem(Response response, int status, Set<String> kinds) {
        String raw = response.asString();
        response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", in(kinds.stream().map(k -> TYPES + k).toList()))
                .body("status", equalTo(status))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()));
        for (String internal : INTERNALS) {
            assertFalse(raw.contains(internal), "the body reveals '" + internal + "': " + raw);
        }
        assertFalse(raw.toLowerCase(Locale.ROOT).contains("stack"), raw);
        assertFalse(raw.toLowerCase(Locale.ROOT).contains("sql"), raw);
    }

    @Test
    void nulCharacterInAJsonStringIs400NamingTheField() {
        String code = Api.code();
        Api.admin().body("{\"code\":\"" + code + "\",\"name\":\"Nor\\u0000way\",\"kind\":\"state\"}")
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("name"));
        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }

    @Test
    void unpairedSurrogateInADraftTextIs400() {
        String slug = Api.term();
        Api.admin().body("{\"title\":\"t\",\"text\":\"broken \\ud83d text\"}")
                .post("/api/terms/" + slug + "/drafts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("text"));
        Api.admin().get("/api/terms/" + slug).then().body("draftCount", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void nulCharacterInAPathOrQueryIs400NotAServerError() {
        String code = Api.delegation();
        assertProblem(Api.admin().urlEncodingEnabled(false).get("/api/delegations/" + code + "%00"), 400, "bad-request");
        Api.admin().get("/api/delegations/" + code).then().statusCode(200).body("code", equalTo(code));
        long draft = Api.draft(Api.Team.create().drafter(), Api.term(), "Cluster munition means a munition.", "tabled");
        assertProblem(Api.admin().urlEncodingEnabled(false).get("/api/diff?from=" + draft + "%001&to=" + draft + ":1"),
                400, "validation");
    }

    @Test
    void hugePageNumberIs400NotAServerError() {
        Response response = Api.admin().queryParam("page", 999999999).queryParam("size", 200).get("/api/delegations");
        assertProblem(response, 400, "validation");
        assertTrue(response.jsonPath().getList("errors.field").contains("page"), response.asString());
    }

    @Test
    void bodyThatIsNotUtf8Is400() {
        String code = Api.code();
        byte[] body = ("{\"code\":\"" + code + "\",\"name\":\"N\u00ffrway\",\"kind\":\"state\"}")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertProblem(Api.admin().body(body).post("/api/delegations"), 400, "malformed-json");
        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }
}
