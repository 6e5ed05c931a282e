package org.lexdraft.delegation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexdraft.support.Api;

@QuarkusTest
class DelegationApiTest {

    private static final String PROBLEMS = "https://lexdraft.org/problems/";

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
        long total = delegationTotal();

        Api.admin().body(Map.of("code", code, "name", "Impostor " + code, "kind", "organization"))
                .post("/api/delegations").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "duplicate"))
                .body("status", equalTo(409));

        Api.admin().get("/api/delegations/" + code).then().statusCode(200)
                .body("name", equalTo("Original " + code))
                .body("kind", equalTo("state"));
        assertEquals(total, delegationTotal());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xabcdefg", "XABCdefg", "X", "XABCDEFGHIJKLMNOP", "XAB-CD", "XAB CD", "XÄB", ""})
    void invalidCodeIs400NamingCodeAndChangesNothing(String code) {
        long total = delegationTotal();

        Api.admin().body(Map.of("code", code, "name", "Bad code", "kind", "state"))
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem("code"));

        if (!code.isBlank() && !code.contains(" ")) {
            Api.admin().get("/api/delegations/" + code).then().statusCode(404);
        }
        assertEquals(total, delegationTotal());
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
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", hasItem("name"));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }

    @Test
    void blankNameIs400NamingName() {
        String code = Api.code();

        Api.admin().body(Map.of("code", code, "name", "", "kind", "state"))
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", hasItem("name"));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }

    @Test
    void unknownKindIs400NamingKindAndChangesNothing() {
        String code = Api.code();

        Api.admin().body(Map.of("code", code, "name", "Planet " + code, "kind", "planet"))
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", hasItem("kind"));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }

    @Test
    void kindOfWrongJsonTypeIs400NamingKind() {
        String code = Api.code();

        Api.admin().body(Map.of("code", code, "name", "Numeric " + code, "kind", 5))
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", hasItem("kind"));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
    }

    @Test
    void codeOfWrongJsonTypeIs400NamingCodeAndChangesNothing() {
        long total = delegationTotal();

        Api.admin().body("{\"code\": {}, \"name\": \"Object code\", \"kind\": \"state\"}")
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", hasItem("code"));

        assertEquals(total, delegationTotal());
    }

    @Test
    void malformedJsonIs400MalformedJsonAndChangesNothing() {
        String code = Api.code();
        long total = delegationTotal();

        Api.admin().body("{\"code\": \"" + code + "\", \"name\": \"Broken\", \"kind\": \"state\"")
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "malformed-json"))
                .body("status", equalTo(400));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
        assertEquals(total, delegationTotal());
    }

    @Test
    void jsonArrayInsteadOfObjectIs400() {
        long total = delegationTotal();

        Api.admin().body("[\"" + Api.code() + "\"]")
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json");

        assertEquals(total, delegationTotal());
    }

    @Test
    void emptyBodyIs400() {
        long total = delegationTotal();

        Api.admin().body("")
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json");

        assertEquals(total, delegationTotal());
    }

    @Test
    void unknownPropertyIs400NamingItAndChangesNothing() {
        String code = Api.code();

        Api.admin().body(Map.of("id", 42, "code", code, "name", "With id " + code, "kind", "state"))
                .post("/api/delegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
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
                .body("type", equalTo(PROBLEMS + "not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void anonymousMayNotReadDelegation401() {
        String code = Api.delegation();
        Api.anonymous().get("/api/delegations/" + code).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unauthorized"));
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
        long total = delegationTotal();

        boolean found = false;
        for (int page = 0; (long) page * 200 < total && !found; page++) {
            List<Map<String, Object>> items = Api.as(team.observer()).queryParam("size", 200).queryParam("page", page)
                    .get("/api/delegations").then().statusCode(200).extract().jsonPath().getList("items");
            found = items.contains(Map.of("code", code, "name", "Delegation " + code, "kind", "organization"));
        }
        assertTrue(found, "the new delegation is listed");
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
        String links = String.join(", ", response.headers().getValues("Link"));
        assertTrue(links.contains("rel=\"next\""), links);
        assertTrue(links.contains("page=1"), links);
        assertTrue(!links.contains("rel=\"prev\""), links);
    }

    @Test
    void secondPageHasPrevLink() {
        Api.delegation();
        Api.delegation();

        Response response = Api.admin().queryParam("size", 1).queryParam("page", 1).get("/api/delegations");
        response.then().statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(1));
        String links = String.join(", ", response.headers().getValues("Link"));
        assertTrue(links.contains("rel=\"prev\""), links);
        assertTrue(links.contains("page=0"), links);
    }

    @Test
    void nextLinkLeadsToTheFollowingItem() {
        Api.delegation();
        Api.delegation();

        Response first = Api.admin().queryParam("size", 1).get("/api/delegations");
        String next = first.headers().getValues("Link").stream().flatMap(v -> List.of(v.split(",")).stream())
                .filter(l -> l.contains("rel=\"next\"")).findFirst().orElseThrow();
        String uri = next.substring(next.indexOf('<') + 1, next.indexOf('>'));

        String firstCode = first.jsonPath().getString("items[0].code");
        Api.admin().urlEncodingEnabled(false).get(uri).then().statusCode(200)
                .body("page", equalTo(1))
                .body("items[0].code", not(equalTo(firstCode)));
    }

    @Test
    void lastPageHasNoNextLink() {
        long total = delegationTotal();
        Response response = Api.admin().queryParam("size", 200).queryParam("page", (int) ((total - 1) / 200))
                .get("/api/delegations");
        response.then().statusCode(200);
        String links = String.join(", ", response.headers().getValues("Link"));
        assertTrue(!links.contains("rel=\"next\""), links);
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=201", "size=-1", "page=-1", "page=abc", "size=abc", "page=1.5"})
    void invalidPagingParameterIs400Problem(String query) {
        Api.admin().get("/api/delegations?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", containsString(PROBLEMS));
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
                .body("type", equalTo(PROBLEMS + "unauthorized"));
    }

    // --- helpers -------------------------------------------------------------------------------

    private static long delegationTotal() {
        return Api.admin().queryParam("size", 1).get("/api/delegations").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    private static void assertRefused(RequestSpecification caller, int status, String kind) {
        String code = Api.code();
        long total = delegationTotal();

        caller.body(Map.of("code", code, "name", "Refused " + code, "kind", "state"))
                .post("/api/delegations").then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + kind))
                .body("status", equalTo(status));

        Api.admin().get("/api/delegations/" + code).then().statusCode(404);
        assertEquals(total, delegationTotal());
    }
}
