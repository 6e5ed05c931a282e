package org.lexdraft.delegation;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lexdraft.support.Problems.TYPES;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexdraft.support.Api;
import org.lexdraft.support.Links;
import org.lexdraft.support.Listing;

@QuarkusTest
class DelegationApiTest {


    // --- POST /api/delegations -----------------------------------------------------------------

    @Test
    void chairCreatesDelegationWith201LocationAndBody() {
        String code = Api.code();
        Api.admin().body(Map.of("code", code, "name", "Republic of " + code, "kind", "organization"))
                .post("/api/delegations").then().statusCode(201)
                .contentType("application/json")
                .header("Location", endsWith("/api/delegations/" + code))
                .body("code", equalTo(code))
                .body("name", equalTo("Republic of " + code))
                .body("kind", equalTo("organization"));

        Api.admin().get("/api/delegations/" + code).then().statusCode(200)
                .body("code", equalTo(code))
                .body("name", equalTo("Republic of " + code))
                .body("kind", equalTo("organization"));
    }

    @Test
    void locationOfCreatedDelegationCanBeFollowed() {
        String code = Api.code();
        String location = Api.admin().body(Map.of("code", code, "name", "Follow " + code, "kind", "state"))
                .post("/api/delegations").then().statusCode(201).extract().header("Location");

        Api.admin().get(location).then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void duplicateCodeIs409AndChangesNothing() {
        String code = Api.code();
        Api.admin().body(Map.of("code", code, "name", "Original " + code, "kind", "state"))
                .post("/api/delegations").then().statusCode(201);

        Api.admin().body(Map.of("code", code, "name", "Impostor " + code, "kind", "organization"))
                .post("/api/delegations").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "duplicate"))
                .body("status", equalTo(409));

        Api.admin().get("/api/delegations/" + code).then().statusCode(200)
                .body("name", equalTo("Original " + code))
                .body("kind", equalTo("state"));
        assertNoDelegationNamed("Impostor " + code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xabcdefg", "XABCdefg", "X", "XABCDEFGHIJKLMNOP", "XAB-CD", "XAB CD", "XÄB", ""})
    void invalidCodeIs400NamingCodeAndChangesNothing(String code) {
        String name = "Bad code " + Api.code(); // no other test uses it: a delegation made by mistake is found by it

        Api.admin().body(Map.of("code", code, "name", name, "kind", "state"))
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem("code"));

        if (!code.isBlank()) {
            Api.admin().get("/api/delegations/{code}", code).then().statusCode(404);
            Api.admin().get("/api/delegations/{code}", code.toUpperCase(java.util.Locale.ROOT)).then().statusCode(404);
        }
        assertNoDelegationNamed(name);
    }

    @Test
    void codeOfExactlySixteenCharactersIsAccepted() {
        String code = (Api.code() + Api.code()).substring(0, 16);
        Api.admin().body(Map.of("code", code, "name", "Long code", "kind", "state"))
                .post("/api/delegations").then().statusCode(201).body("code", equalTo(code));
    }

    @Test
    void missingNameIs400NamingNameAndChangesNothing() {
        String code = Api.code();

        Api.admin().body(Map.of("code", code, "kind", "state"))
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"))
                .body("errors.field", hasItem("name"));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }

    @Test
    void blankNameIs400NamingName() {
        String code = Api.code();

        Api.admin().body(Map.of("code", code, "name", "", "kind", "state"))
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"))
                .body("errors.field", hasItem("name"));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }

    @Test
    void unknownKindIs400NamingKindAndChangesNothing() {
        String code = Api.code();

        Api.admin().body(Map.of("code", code, "name", "Planet " + code, "kind", "planet"))
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"))
                .body("errors.field", hasItem("kind"));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }

    @Test
    void kindOfWrongJsonTypeIs400NamingKind() {
        String code = Api.code();

        Api.admin().body(Map.of("code", code, "name", "Numeric " + code, "kind", 5))
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"))
                .body("errors.field", hasItem("kind"));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }

    @Test
    void codeOfWrongJsonTypeIs400NamingCodeAndChangesNothing() {
        String name = "Object code " + Api.code();

        Api.admin().body("{\"code\": {}, \"name\": \"" + name + "\", \"kind\": \"state\"}")
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"))
                .body("errors.field", hasItem("code"));

        assertNoDelegationNamed(name);
    }

    @Test
    void malformedJsonIs400MalformedJsonAndChangesNothing() {
        String code = Api.code();

        Api.admin().body("{\"code\": \"" + code + "\", \"name\": \"Broken\", \"kind\": \"state\"")
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "malformed-json"))
                .body("status", equalTo(400));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }

    @Test
    void jsonArrayInsteadOfObjectIs400() {
        String code = Api.code();

        Api.admin().body("[\"" + code + "\"]")
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", startsWith(TYPES));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }

    @Test
    void emptyBodyIs400() {
        // an empty body names nothing that could be read back; that it makes nothing is the duty of the
        // checks above, which send everything but one valid field
        Api.admin().body("")
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", startsWith(TYPES));
    }

    @Test
    void unknownPropertyIs400NamingItAndChangesNothing() {
        String code = Api.code();

        Api.admin().body(Map.of("id", 42, "code", code, "name", "With id " + code, "kind", "state"))
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"))
                .body("errors.field", hasItem("id"));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }

    @Test
    void drafterMayNotCreateDelegation403AndChangesNothing() {
        Api.Team team = Api.Team.create();
        assertRefused(Api.as(team.drafter()), 403, "forbidden");
    }

    @Test
    void observerMayNotCreateDelegation403AndChangesNothing() {
        Api.Team team = Api.Team.create();
        assertRefused(Api.as(team.observer()), 403, "forbidden");
    }

    @Test
    void chairRoleMemberOfAnotherDelegationMayCreateDelegation() {
        String chair = Api.member(Api.delegation("secretariat"), "chair");
        String code = Api.code();
        Api.as(chair).body(Map.of("code", code, "name", "By second chair", "kind", "state"))
                .post("/api/delegations").then().statusCode(201);
    }

    @Test
    void anonymousMayNotCreateDelegation401AndChangesNothing() {
        assertRefused(Api.anonymous(), 401, "unauthorized");
    }

    @Test
    void wrongPasswordMayNotCreateDelegation401AndChangesNothing() {
        assertRefused(Api.as("admin", "wrong-password-" + Api.code()), 401, "unauthorized");
    }

    // --- GET /api/delegations/{code} -----------------------------------------------------------

    @Test
    void anyMemberReadsOneDelegation() {
        Api.Team team = Api.Team.create();
        String other = Api.delegation("organization");

        Api.as(team.observer()).get("/api/delegations/" + other).then().statusCode(200)
                .contentType("application/json")
                .body("code", equalTo(other))
                .body("name", equalTo("Delegation " + other))
                .body("kind", equalTo("organization"));
    }

    @Test
    void unknownDelegationIs404Problem() {
        Api.admin().get("/api/delegations/" + Api.code()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void anonymousMayNotReadDelegation401() {
        String code = Api.delegation();
        Api.anonymous().get("/api/delegations/" + code).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "unauthorized"));
    }

    // --- GET /api/delegations ------------------------------------------------------------------

    @Test
    void listIsPagedWithDefaultSize50() {
        Api.delegation();
        Api.admin().get("/api/delegations").then().statusCode(200)
                .contentType("application/json")
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("total", greaterThanOrEqualTo(2));
    }

    @Test
    void anyMemberListsDelegationsIncludingNewOne() {
        Api.Team team = Api.Team.create();
        String code = Api.delegation("organization");

        // paged to the end however many delegations other tests made: found, or the test fails
        Map<String, Object> listed = Listing.find(() -> Api.as(team.observer()), "/api/delegations", "code", code)
                .orElseThrow(() -> new AssertionError("the new delegation " + code + " is listed"));
        assertEquals(Map.of("code", code, "name", "Delegation " + code, "kind", "organization"), listed);
    }

    @Test
    void firstPageOfSizeOneHasNextLinkAndNoPrev() {
        Api.delegation();
        Api.delegation();

        Response response = Api.admin().queryParam("size", 1).get("/api/delegations");
        response.then().statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(0))
                .body("size", equalTo(1));
        assertEquals(Set.of("next"), Links.rels(response));
        assertEquals("1", Links.query(Links.target(response, "next"), "page"));
        assertEquals("1", Links.query(Links.target(response, "next"), "size"));
    }

    @Test
    void secondPageHasPrevLink() {
        Api.delegation();
        Api.delegation();

        Response response = Api.admin().queryParam("size", 1).queryParam("page", 1).get("/api/delegations");
        response.then().statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(1));
        assertTrue(Links.rels(response).contains("prev"), Links.of(response).toString());
        assertEquals("0", Links.query(Links.target(response, "prev"), "page"));
    }

    @Test
    void nextLinkLeadsToTheFollowingItem() {
        Api.delegation();
        Api.delegation();

        Response first = Api.admin().queryParam("size", 1).get("/api/delegations");
        String uri = Links.target(first, "next");

        String firstCode = first.jsonPath().getString("items[0].code");
        Api.admin().urlEncodingEnabled(false).get(uri).then().statusCode(200)
                .body("page", equalTo(1))
                .body("items[0].code", not(equalTo(firstCode)));
    }

    @Test
    void lastPageHasNoNextLink() {
        Api.delegation();
        Api.delegation();
        // with pages of one the last page is page total - 1 >= 1: it must link back, and not forward
        long total = delegationTotal();
        Response response = Api.admin().queryParam("size", 1).queryParam("page", total - 1)
                .get("/api/delegations");
        response.then().statusCode(200).body("items", hasSize(1)).body("page", equalTo((int) (total - 1)));
        assertEquals(Set.of("prev"), Links.rels(response), "the last page links only to the one before");
        assertEquals(String.valueOf(total - 2), Links.query(Links.target(response, "prev"), "page"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=201", "size=-1", "page=-1", "page=abc", "size=abc", "page=1.5"})
    void invalidPagingParameterIs400Problem(String query) {
        Api.admin().get("/api/delegations?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", startsWith(TYPES));
    }

    @Test
    void sizeOf200IsAccepted() {
        Api.admin().queryParam("size", 200).get("/api/delegations").then().statusCode(200)
                .body("size", equalTo(200));
    }

    @Test
    void anonymousMayNotListDelegations401() {
        Api.anonymous().get("/api/delegations").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "unauthorized"));
    }

    // --- helpers -------------------------------------------------------------------------------

    private static long delegationTotal() {
        return Api.admin().queryParam("size", 1).get("/api/delegations").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    /** Reads the whole list: no delegation has this name. */
    private static void assertNoDelegationNamed(String name) {
        assertEquals(Optional.empty(), Listing.find(Api::admin, "/api/delegations", "name", name));
    }

    private static void assertRefused(RequestSpecification caller, int status, String kind) {
        String code = Api.code();

        caller.body(Map.of("code", code, "name", "Refused " + code, "kind", "state"))
                .post("/api/delegations").then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + kind))
                .body("status", equalTo(status));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }
}
