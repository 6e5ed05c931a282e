package org.lexdraft.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

/** A tabled fork of a private draft must not reveal its source to other delegations. */
@QuarkusTest
class NoLeakThroughForksTest {

    @Test
    void tabledForkOfAPrivateDraftNamesNoSourceToOthers() {
        Api.Team nor = Api.Team.create();
        Api.Team rus = Api.Team.create();
        String slug = Api.term();
        long secret = Api.draft(nor.drafter(), slug, "Cluster munition means a secret formula.", "delegation");
        long fork = Api.as(nor.drafter()).body(Map.of("title", "Public text", "basedOn", secret + ":1",
                        "visibility", "tabled", "text", "Cluster munition means a public formula."))
                .post("/api/terms/" + slug + "/drafts").then().statusCode(201).extract().jsonPath().getLong("id");

        // the owner still sees where it came from
        Api.as(nor.drafter()).get("/api/drafts/" + fork).then().body("basedOn", equalTo(secret + ":1"));
        Api.as(nor.drafter()).get("/api/drafts/" + fork + "/versions/1").then().body("parent", equalTo(secret + ":1"));

        // the owner's blame credits the private source: what the others' must not do is visible to the check
        Object ownBlame = Api.as(nor.drafter()).get("/api/drafts/" + fork + "/versions/1/blame").then().statusCode(200)
                .extract().jsonPath().get("$");
        assertTrue(mentions(ownBlame, secret), "the owner's blame credits the private source: " + ownBlame);

        for (var other : List.of(Api.as(rus.drafter()), Api.admin())) {
            for (String path : List.of("", "/versions/1", "/versions", "/versions/1/blame")) {
                Object json = other.get("/api/drafts/" + fork + path).then().statusCode(200).extract().jsonPath().get("$");
                assertFalse(mentions(json, secret), path + " names the private source " + secret + ": " + json);
            }
            other.get("/api/drafts/" + fork).then().statusCode(200).body("basedOn", nullValue());
            other.get("/api/drafts/" + fork + "/versions/1").then().statusCode(200).body("parent", nullValue());
            other.get("/api/drafts/" + fork + "/versions").then().statusCode(200).body("items[0].parent", nullValue());
        }
    }

    /**
     * Whether a parsed JSON value names the draft anywhere, at any depth: as the number of a field that
     * holds draft ids ({@code id}, {@code draft}, {@code ...Draft}), or as the draft part of a
     * {@code draft:version} reference in any string. (Offsets and version numbers are numbers too, and
     * may equal a small id by chance.)
     */
    private static boolean mentions(Object json, long draft) {
        return mentions(null, json, draft);
    }

    private static boolean mentions(String key, Object json, long draft) {
        if (json instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(e -> mentions(String.valueOf(e.getKey()), e.getValue(), draft));
        }
        if (json instanceof List<?> list) {
            return list.stream().anyMatch(v -> mentions(key, v, draft));
        }
        if (json instanceof Number n && key != null
                && (key.equals("id") || key.equals("draft") || key.endsWith("Draft"))) {
            return !(n instanceof Double || n instanceof Float) && n.longValue() == draft;
        }
        if (json instanceof String text) {
            return text.startsWith(draft + ":") || text.contains(" " + draft + ":");
        }
        return false;
    }

    @Test
    void wordsFromAPrivateSourceAreCreditedToTheNearestVisibleCarrier() {
        Api.Team nor = Api.Team.create();
        Api.Team rus = Api.Team.create();
        Api.Team icrc = Api.Team.create();
        String slug = Api.term();
        long secret = Api.draft(nor.drafter(), slug, "Alpha beta gamma delta.", "delegation");
        long tabled = Api.as(nor.drafter()).body(Map.of("title", "NOR", "basedOn", secret + ":1",
                        "visibility", "tabled", "text", "Alpha beta gamma delta epsilon."))
                .post("/api/terms/" + slug + "/drafts").then().statusCode(201).extract().jsonPath().getLong("id");
        long fork = Api.as(rus.drafter()).body(Map.of("title", "RUS", "basedOn", tabled + ":1",
                        "visibility", "tabled", "text", "Alpha beta gamma delta epsilon zeta."))
                .post("/api/terms/" + slug + "/drafts").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Map<String, Object>> spans = Api.as(icrc.drafter()).get("/api/drafts/" + fork + "/versions/1/blame")
                .then().statusCode(200).extract().jsonPath().getList("spans");
        Map<String, Object> first = spans.get(0);
        assertTrue(((Number) first.get("draft")).longValue() == tabled && nor.code().equals(first.get("delegation")),
                "Norway's words are credited to Norway's tabled draft, not to Russia's fork: " + spans);
    }

    @Test
    void conditionalGetOfAVersionIgnoresIfMatch() {
        Api.Team nor = Api.Team.create();
        long draft = Api.draft(nor.drafter(), Api.term(), "Some text.", "delegation");
        Api.as(nor.drafter()).header("If-Match", "\"7\"").get("/api/drafts/" + draft + "/versions/1")
                .then().statusCode(200).body("text", equalTo("Some text."));
    }

    @Test
    void nonNumericCommentVersionIs400() {
        Api.Team nor = Api.Team.create();
        long draft = Api.draft(nor.drafter(), Api.term(), "Some text.", "delegation");
        Api.as(nor.drafter()).get("/api/drafts/" + draft + "/comments?version=abc").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("version"));
    }

    @Test
    void blankTitleIs400AndCreatesNothing() {
        Api.Team nor = Api.Team.create();
        String slug = Api.term();
        Api.as(nor.drafter()).body(Map.of("title", "   ", "text", "Some text."))
                .post("/api/terms/" + slug + "/drafts").then().statusCode(400)
                .body("errors[0].field", equalTo("title"))
                .body("detail", not(containsString("Exception")));
        Api.as(nor.drafter()).get("/api/terms/" + slug).then().body("draftCount", equalTo(0));
    }

    @Test
    void commentsListedForAVersionAreThoseMadeUpToIt() {
        Api.Team nor = Api.Team.create();
        long draft = Api.draft(nor.drafter(), Api.term(), "First text.", "delegation");
        Api.version(nor.drafter(), draft, "Second text.", 1);
        Api.as(nor.drafter()).body(Map.of("version", 2, "body", "on the second"))
                .post("/api/drafts/" + draft + "/comments").then().statusCode(201);
        Api.as(nor.drafter()).get("/api/drafts/" + draft + "/comments?version=1").then().statusCode(200)
                .body("total", equalTo(0));
        Api.as(nor.drafter()).get("/api/drafts/" + draft + "/comments").then().statusCode(200)
                .body("total", equalTo(1));
    }
}
