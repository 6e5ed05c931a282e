package org.lexdraft.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Builds each test's own fixtures through the public API, with names no other test uses. */
public final class Api {

    public static final String PASSWORD = "correct-horse-battery";

    private Api() {
    }

    public static String adminPassword() {
        return System.getProperty(TestDatabase.ADMIN_PASSWORD_PROPERTY);
    }

    public static RequestSpecification admin() {
        return as("admin", adminPassword());
    }

    public static RequestSpecification as(String username) {
        return as(username, PASSWORD);
    }

    public static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /** A fresh upper-case code such as {@code X3KQ9ZP}. */
    public static String code() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder sb = new StringBuilder("X");
        for (int i = 0; i < 9; i++) {
            sb.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    public static String slug() {
        return "term-" + code().toLowerCase();
    }

    public static String username() {
        return "u" + code().toLowerCase();
    }

    public static String delegation(String kind) {
        String code = code();
        admin().body(Map.of("code", code, "name", "Delegation " + code, "kind", kind))
                .post("/api/delegations").then().statusCode(201);
        return code;
    }

    public static String delegation() {
        return delegation("state");
    }

    public static String member(String delegation, String role) {
        String username = username();
        admin().body(Map.of("username", username, "password", PASSWORD, "displayName", "Member " + username,
                        "delegation", delegation, "role", role))
                .post("/api/members").then().statusCode(201);
        return username;
    }

    public static String term() {
        String slug = slug();
        admin().body(Map.of("slug", slug, "label", "label of " + slug, "context", "CCW GGE"))
                .post("/api/terms").then().statusCode(201);
        return slug;
    }

    /** Creates a draft as the given member and answers its id. */
    public static long draft(String username, String slug, String text, String visibility) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Draft of " + slug);
        body.put("text", text);
        body.put("message", "first");
        body.put("visibility", visibility);
        return as(username).body(body).post("/api/terms/" + slug + "/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Creates a draft in the given language (no message, the default visibility) and answers its id. */
    public static long draftIn(String username, String slug, String language, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Draft in " + language);
        body.put("text", text);
        body.put("language", language);
        return as(username).body(body).post("/api/terms/" + slug + "/drafts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static void version(String username, long draftId, String text, int base) {
        as(username).body(Map.of("text", text, "message", "edit", "baseVersion", base))
                .post("/api/drafts/" + draftId + "/versions").then().statusCode(201);
    }

    /** A delegation with one drafter and one observer. */
    public record Team(String code, String drafter, String observer) {
        public static Team create() {
            String code = delegation();
            return new Team(code, member(code, "drafter"), member(code, "observer"));
        }
    }

    /**
     * Signs in with the credentials encoded in UTF-8 as the server decodes them (REST Assured's own basic
     * auth does not encode non-ASCII passwords in UTF-8).
     */
    public static RequestSpecification asUtf8(String username, String password) {
        String token = java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return given().header("Authorization", "Basic " + token).contentType(ContentType.JSON);
    }

    /** The request spec of a member by username, the chair's ("admin") included. */
    public static RequestSpecification signedIn(String username) {
        return "admin".equals(username) ? admin() : as(username);
    }

    /** Posts a comment on a draft as the given member, expects 201 and answers the comment's id. */
    public static long comment(String username, long draftId, Map<String, ?> body) {
        return signedIn(username).body(body).post("/api/drafts/" + draftId + "/comments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The total of GET /api/drafts/{id}/comments for the given member. */
    public static int commentTotal(String username, long draftId) {
        return signedIn(username).get("/api/drafts/" + draftId + "/comments")
                .then().statusCode(200).extract().jsonPath().getInt("total");
    }

    /** Creates a draft based on version {@code sourceVersion} of {@code sourceDraft} and answers its id. */
    public static long fork(String username, String slug, long sourceDraft, int sourceVersion, String text,
                            String visibility) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Fork of " + sourceDraft);
        body.put("text", text);
        body.put("message", "fork");
        body.put("visibility", visibility);
        body.put("basedOn", sourceDraft + ":" + sourceVersion);
        return as(username).body(body).post("/api/terms/" + slug + "/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The text of version {@code number} of a draft, as the given member reads it. */
    public static String versionText(String username, long draftId, int number) {
        return signedIn(username).get("/api/drafts/" + draftId + "/versions/" + number)
                .then().statusCode(200).extract().jsonPath().getString("text");
    }

    /** Requests signed in with an API token ({@code Authorization: Bearer}). */
    public static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** Creates an API token for the member and answers its secret. */
    public static String token(String username) {
        return signedIn(username).body(Map.of("label", "token of " + username)).post("/api/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
    }

    /** Signs a browser in and answers the session cookie's value. */
    public static String session(String username, String password) {
        return anonymous().body(Map.of("username", username, "password", password)).post("/api/session")
                .then().statusCode(204).extract().cookie(SESSION_COOKIE);
    }

    public static final String SESSION_COOKIE = "lexdraft_session";

    /** Requests as a browser signed in with the session cookie, from the given Origin (null: none). */
    public static RequestSpecification browser(String session, String origin) {
        RequestSpecification spec = given().cookie(SESSION_COOKIE, session).contentType(ContentType.JSON);
        return origin == null ? spec : spec.header("Origin", origin);
    }

    /**
     * The ids of a JSON list as longs: JSON path reads each as an Integer or a Long depending on its size,
     * so a list of ids compares to a {@code List<Long>} only through this.
     */
    public static java.util.List<Long> longs(java.util.List<?> ids) {
        return ids.stream().map(id -> {
            if (!(id instanceof Integer || id instanceof Long)) {
                throw new AssertionError("not an integer id: " + id);
            }
            return ((Number) id).longValue();
        }).toList();
    }

    /** Matches a JSON list of exactly these ids, in this order, whether JSON path reads each as an Integer or a Long. */
    public static org.hamcrest.Matcher<Object> ids(long... ids) {
        java.util.List<Long> expected = java.util.Arrays.stream(ids).boxed().toList();
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof java.util.List<?> list
                        && list.stream().allMatch(id -> id instanceof Integer || id instanceof Long)
                        && longs(list).equals(expected);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("the ids " + expected);
            }
        };
    }

    /** Matches an id in a JSON body, which JSON path reads as an Integer or a Long depending on its size. */
    public static org.hamcrest.Matcher<Object> id(long id) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n && n.longValue() == id && !(item instanceof Double) && !(item instanceof Float);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("the id " + id);
            }
        };
    }
}
