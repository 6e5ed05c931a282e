package org.lexdraft.delegation;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lexdraft.support.Problems.TYPES;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexdraft.support.Api;
import org.lexdraft.support.Listing;
import org.lexdraft.support.Links;

@QuarkusTest
class MemberApiTest {

    private static final Set<String> MEMBER_FIELDS = Set.of("username", "displayName", "delegation", "role", "active");

    // --- POST /api/members ---------------------------------------------------------------------

    @Test
    void chairCreatesMemberWith201LocationAndBody() {
        String code = Api.delegation();
        String username = Api.username();

        Api.admin().body(newMember(username, Api.PASSWORD, code, "drafter"))
                .post("/api/members").then().statusCode(201)
                .contentType("application/json")
                .header("Location", endsWith("/api/members/" + username))
                .body("username", equalTo(username))
                .body("displayName", equalTo("Member " + username))
                .body("delegation", equalTo(code))
                .body("role", equalTo("drafter"));
    }

    @Test
    void createdMemberResponseHasNoPasswordOrHash() {
        String password = "s3cret-" + Api.code();
        Response response = Api.admin().body(newMember(Api.username(), password, Api.delegation(), "observer"))
                .post("/api/members");
        response.then().statusCode(201);

        Map<String, Object> body = response.jsonPath().getMap("$");
        assertEquals(MEMBER_FIELDS, body.keySet());
        assertNoSecrets(response.asString(), password);
    }

    @Test
    void newMemberSignsInAndSeesOwnDelegationAndRole() {
        String code = Api.delegation("organization");
        String username = Api.member(code, "observer");

        Api.as(username).get("/api/me").then().statusCode(200)
                .body("username", equalTo(username))
                .body("displayName", equalTo("Member " + username))
                .body("delegation", equalTo(code))
                .body("role", equalTo("observer"));
    }

    @Test
    void newMemberWithWrongPasswordIs401() {
        String username = Api.member(Api.delegation(), "drafter");
        Api.as(username, Api.PASSWORD + "x").get("/api/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void passwordOfExactly72BytesWorks() {
        String password = "é".repeat(36); // 72 bytes in UTF-8
        String username = Api.username();
        Api.admin().body(newMember(username, password, Api.delegation(), "drafter"))
                .post("/api/members").then().statusCode(201);

        Api.asUtf8(username, password).get("/api/me").then().statusCode(200).body("username", equalTo(username));
    }

    @Test
    void duplicateUsernameIs409AndChangesNothing() {
        String code = Api.delegation();
        String username = Api.member(code, "observer");
        String other = Api.delegation();

        Api.admin().body(newMember(username, "another-password-1", other, "chair"))
                .post("/api/members").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "duplicate"))
                .body("status", equalTo(409));

        Api.admin().get("/api/members/" + username).then().statusCode(200)
                .body("delegation", equalTo(code))
                .body("role", equalTo("observer"));
        Api.as(username).get("/api/me").then().statusCode(200);
        Api.as(username, "another-password-1").get("/api/me").then().statusCode(401);
    }

    @Test
    void unknownDelegationIs422NamingDelegationAndChangesNothing() {
        String username = Api.username();

        Api.admin().body(newMember(username, Api.PASSWORD, Api.code(), "drafter"))
                .post("/api/members").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "unprocessable"))
                .body("status", equalTo(422))
                .body("errors.field", hasItem("delegation"));

        assertNoMember(username);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "123456789"})
    void passwordShorterThan10CharactersIs400AndChangesNothing(String password) {
        assertInvalid(newMember(Api.username(), password, Api.delegation(), "drafter"), "password");
    }

    @Test
    void passwordOver72BytesIs400EvenWithin72Characters() {
        String password = "é".repeat(37); // 37 characters, 74 bytes in UTF-8
        assertInvalid(newMember(Api.username(), password, Api.delegation(), "drafter"), "password");
    }

    @Test
    void passwordOver72CharactersIs400() {
        assertInvalid(newMember(Api.username(), "p".repeat(73), Api.delegation(), "drafter"), "password");
    }

    @Test
    void unknownRoleIs400NamingRoleAndChangesNothing() {
        assertInvalid(newMember(Api.username(), Api.PASSWORD, Api.delegation(), "admin"), "role");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Upper", "x", ".dot-first", "-dash-first", "has space", "ümlaut", "semi;colon"})
    void usernameNotMatchingPatternIs400NamingUsername(String username) {
        String code = Api.delegation();
        Map<String, Object> body = newMember(username, Api.PASSWORD, code, "drafter");
        String displayName = "Refused " + Api.code(); // the one thing of the body that no other test uses
        body.put("displayName", displayName);

        Api.admin().body(body)
                .post("/api/members").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"))
                .body("errors.field", hasItem("username"));

        assertEquals(Optional.empty(), Listing.find(Api::admin, "/api/members", "displayName", displayName));
        assertNoMember(username);
        assertNoMember(username.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void usernameOf65CharactersIs400() {
        assertInvalid(newMember("u" + "a".repeat(64), Api.PASSWORD, Api.delegation(), "drafter"), "username");
    }

    @Test
    void missingDisplayNameIs400NamingIt() {
        Map<String, Object> body = newMember(Api.username(), Api.PASSWORD, Api.delegation(), "drafter");
        body.remove("displayName");
        assertInvalid(body, "displayName");
    }

    @Test
    void unknownPropertyIs400AndChangesNothing() {
        Map<String, Object> body = newMember(Api.username(), Api.PASSWORD, Api.delegation(), "drafter");
        body.put("passwordHash", "$2a$04$abcdefghijklmnopqrstuu");
        assertInvalid(body, "passwordHash");
    }

    @Test
    void drafterMayNotCreateMember403AndChangesNothing() {
        Api.Team team = Api.Team.create();
        assertRefused(Api.as(team.drafter()), team.code(), 403, "forbidden");
    }

    @Test
    void observerMayNotCreateMember403AndChangesNothing() {
        Api.Team team = Api.Team.create();
        assertRefused(Api.as(team.observer()), team.code(), 403, "forbidden");
    }

    @Test
    void anonymousMayNotCreateMember401AndChangesNothing() {
        assertRefused(Api.anonymous(), Api.delegation(), 401, "unauthorized");
    }

    // --- GET /api/members ----------------------------------------------------------------------

    @Test
    void chairListsMembersPagedWithoutPasswords() {
        String code = Api.delegation();
        String username = Api.member(code, "drafter");

        Response response = Api.admin().queryParam("size", 200).get("/api/members");
        response.then().statusCode(200)
                .contentType("application/json")
                .body("page", equalTo(0))
                .body("size", equalTo(200))
                .body("total", greaterThanOrEqualTo(2));
        List<Map<String, Object>> items = response.jsonPath().getList("items");
        for (Map<String, Object> item : items) {
            assertEquals(MEMBER_FIELDS, item.keySet(), item.toString());
        }
        assertNoSecrets(response.asString(), Api.PASSWORD);
        // the new member is on some page, however many members other tests made
        Map<String, Object> listed = Listing.find(Api::admin, "/api/members", "username", username)
                .orElseThrow(() -> new AssertionError(username + " is listed"));
        assertEquals(Map.of("username", username, "displayName", "Member " + username, "delegation", code,
                "role", "drafter", "active", true), listed);
    }

    @Test
    void listOfSizeOneHasNextLinkAndSecondPageHasPrev() {
        Api.member(Api.delegation(), "observer");

        Response first = Api.admin().queryParam("size", 1).get("/api/members");
        first.then().statusCode(200).body("items", hasSize(1));
        assertEquals(Set.of("next"), Links.rels(first));

        Response second = Api.admin().queryParam("size", 1).queryParam("page", 1).get("/api/members");
        second.then().statusCode(200).body("items", hasSize(1)).body("page", equalTo(1));
        assertTrue(Links.rels(second).contains("prev"), Links.of(second).toString());
    }

    @Test
    void listIsSortedByUsername() {
        String code = Api.delegation();
        String prefix = Api.username();
        for (String suffix : List.of("b", "c", "a")) {
            Api.admin().body(newMember(prefix + suffix, Api.PASSWORD, code, "observer"))
                    .post("/api/members").then().statusCode(201);
        }
        List<String> names = Listing.all(Api::admin, "/api/members").stream().map(m -> (String) m.get("username")).toList();
        assertEquals(List.of(prefix + "a", prefix + "b", prefix + "c"),
                names.stream().filter(n -> n.startsWith(prefix)).toList());
    }

    @Test
    void drafterMayNotListMembers403() {
        Api.Team team = Api.Team.create();
        Api.as(team.drafter()).get("/api/members").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "forbidden"));
    }

    @Test
    void observerMayNotListMembers403() {
        Api.Team team = Api.Team.create();
        Api.as(team.observer()).get("/api/members").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "forbidden"));
    }

    @Test
    void anonymousMayNotListMembers401() {
        Api.anonymous().get("/api/members").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "unauthorized"));
    }

    @Test
    void invalidPageSizeForMembersIs400() {
        Api.admin().queryParam("size", 201).get("/api/members").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"));
    }

    // --- GET /api/members/{username} -----------------------------------------------------------

    @Test
    void chairReadsAnyMember() {
        String code = Api.delegation();
        String username = Api.member(code, "drafter");

        Response response = Api.admin().get("/api/members/" + username);
        response.then().statusCode(200)
                .contentType("application/json")
                .body("username", equalTo(username))
                .body("delegation", equalTo(code))
                .body("role", equalTo("drafter"));
        assertEquals(MEMBER_FIELDS, response.jsonPath().getMap("$").keySet());
        assertNoSecrets(response.asString(), Api.PASSWORD);
    }

    @Test
    void memberReadsThemself() {
        Api.Team team = Api.Team.create();
        Api.as(team.observer()).get("/api/members/" + team.observer()).then().statusCode(200)
                .body("username", equalTo(team.observer()))
                .body("delegation", equalTo(team.code()))
                .body("role", equalTo("observer"));
    }

    @Test
    void memberMayNotReadAnotherMemberOfOwnDelegation403() {
        Api.Team team = Api.Team.create();
        Api.as(team.drafter()).get("/api/members/" + team.observer()).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "forbidden"));
    }

    @Test
    void memberMayNotReadMemberOfOtherDelegation403() {
        Api.Team team = Api.Team.create();
        Api.Team other = Api.Team.create();
        Api.as(team.drafter()).get("/api/members/" + other.drafter()).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "forbidden"));
    }

    @Test
    void unknownMemberIs404Problem() {
        Api.admin().get("/api/members/" + Api.username()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void anonymousMayNotReadMember401() {
        String username = Api.member(Api.delegation(), "drafter");
        Api.anonymous().get("/api/members/" + username).then().statusCode(401)
                .contentType("application/problem+json");
    }

    // --- helpers -------------------------------------------------------------------------------

    private static Map<String, Object> newMember(String username, String password, String delegation, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("displayName", "Member " + username);
        body.put("delegation", delegation);
        body.put("role", role);
        return body;
    }

    private static void assertNoMember(String username) {
        Api.admin().get("/api/members/{username}", username).then().statusCode(404)
                .body("type", equalTo(TYPES + "not-found"));
    }

    private static void assertNoSecrets(String body, String password) {
        assertFalse(body.toLowerCase().contains("password"), body);
        assertFalse(body.contains(password), body);
        assertFalse(body.contains("$2a$") || body.contains("$2b$") || body.contains("$2y$"), body);
    }

    /** The body is refused with a 400 validation problem naming {@code field}, and no member appears. */
    private static void assertInvalid(Map<String, Object> body, String field) {
        Response response = Api.admin().body(body).post("/api/members");
        response.then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        if (body.get("password") instanceof String password && password.length() >= 3) {
            assertFalse(response.asString().contains(password), "the password is not echoed");
        }

        assertNoMember((String) body.get("username"));
        Api.as((String) body.get("username"), String.valueOf(body.get("password"))).get("/api/me").then().statusCode(401);
    }

    private static void assertRefused(RequestSpecification caller, String code, int status, String kind) {
        String username = Api.username();

        caller.body(newMember(username, Api.PASSWORD, code, "chair"))
                .post("/api/members").then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + kind))
                .body("status", equalTo(status));

        assertNoMember(username);
        Api.as(username).get("/api/me").then().statusCode(401);
    }
}
