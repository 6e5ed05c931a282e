package org.lexdraft.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;
import org.lexdraft.support.RawHttp;
import org.lexdraft.support.RawHttp.Reply;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation with an empty, a blank and a malformed {@code Accept}: an empty or blank one is no
 * preference and is honoured; a malformed one is refused with 406 problem+json before anything is
 * written. Never a 5xx, and never a write followed by an error.
 */
@QuarkusTest
class AcceptHeaderTest {

    private static final List<String> HONOURED = List.of("Accept:", "Accept:    ", "Accept: \t", "Accept: ,",
            "Accept: text/html;level=\"1\";q=0.1, application/json;q=0.9", "Accept: application/*",
            "Accept: */*;q=0.001", "Accept: APPLICATION/JSON ; charset=utf-8");
    private static final List<String> MALFORMED = List.of("Accept: garbage", "Accept: text/",
            "Accept: application/json;q=abc", "Accept: a/b/c", "Accept: ,;,", "Accept: /json",
            "Accept: application/json; q=2", "Accept: application/json;charset", "Accept: application/json;q=0",
            "Accept: */*;q=0, application/json;q=0.000");

    /** One operation: how to call it, and what it has written (compared before and after). */
    private record Operation(String name, String method, Supplier<String> path, Supplier<String> body,
                             String auth, Supplier<String> state) {
    }

    private final class Fixture {
        final Api.Team team = Api.Team.create();
        final Api.Team other = Api.Team.create();
        final String slug = Api.term();
        final long draft = Api.draft(team.drafter(), slug, "Cluster munition means a munition.", "tabled");
        final long comment = Api.comment(team.drafter(), draft, Map.of("version", 1, "body", "First remark."));
        final String chair = RawHttp.basic("admin", Api.adminPassword());
        final String drafter = RawHttp.basic(team.drafter(), Api.PASSWORD);
        final String otherDrafter = RawHttp.basic(other.drafter(), Api.PASSWORD);

        String get(String path) {
            return Api.admin().get(path).then().extract().asString();
        }

        /** The status of a GET by the chair: 404 while nothing of that name exists. */
        String status(String path) {
            return String.valueOf(Api.admin().get(path).then().extract().statusCode());
        }

        int head() {
            return Api.admin().get("/api/drafts/" + draft).then().statusCode(200).extract().jsonPath().getInt("head");
        }

        List<Operation> operations() {
            List<Operation> ops = new ArrayList<>();
            Supplier<String> none = () -> "";
            String d = "/api/drafts/" + draft;
            ops.add(new Operation("getMe", "GET", () -> "/api/me", null, drafter, none));
            ops.add(new Operation("listMembers", "GET", () -> "/api/members", null, chair, none));
            ops.add(new Operation("getMember", "GET", () -> "/api/members/" + team.drafter(), null, chair, none));
            // what a create would make is read back by the name in the body it sent last
            String[] sent = new String[3];
            ops.add(new Operation("createMember", "POST", () -> "/api/members",
                    () -> "{\"username\":\"" + (sent[0] = Api.username()) + "\",\"password\":\"" + Api.PASSWORD
                            + "\",\"displayName\":\"M\",\"delegation\":\"" + team.code() + "\",\"role\":\"drafter\"}",
                    chair, () -> status("/api/members/" + sent[0])));
            ops.add(new Operation("listDelegations", "GET", () -> "/api/delegations", null, drafter, none));
            ops.add(new Operation("getDelegation", "GET", () -> "/api/delegations/" + team.code(), null, drafter, none));
            ops.add(new Operation("createDelegation", "POST", () -> "/api/delegations",
                    () -> "{\"code\":\"" + (sent[1] = Api.code()) + "\",\"name\":\"N\",\"kind\":\"state\"}", chair,
                    () -> status("/api/delegations/" + sent[1])));
            ops.add(new Operation("listTerms", "GET", () -> "/api/terms", null, drafter, none));
            ops.add(new Operation("getTerm", "GET", () -> "/api/terms/" + slug, null, drafter, none));
            ops.add(new Operation("createTerm", "POST", () -> "/api/terms",
                    () -> "{\"slug\":\"" + (sent[2] = Api.slug()) + "\",\"label\":\"L\"}", chair,
                    () -> status("/api/terms/" + sent[2])));
            ops.add(new Operation("listDrafts", "GET", () -> "/api/terms/" + slug + "/drafts", null, drafter, none));
            ops.add(new Operation("createDraft", "POST", () -> "/api/terms/" + slug + "/drafts",
                    () -> "{\"title\":\"T\",\"text\":\"Some text.\",\"message\":\"m\"}", drafter,
                    () -> Api.as(team.drafter()).get("/api/terms/" + slug + "/drafts").then().extract().asString()));
            ops.add(new Operation("getComparison", "GET", () -> "/api/terms/" + slug + "/comparison", null, drafter, none));
            ops.add(new Operation("getDraft", "GET", () -> d, null, drafter, none));
            ops.add(new Operation("updateDraft", "PATCH", () -> d, () -> "{\"title\":\"" + Api.code() + "\"}", drafter,
                    () -> get(d)));
            ops.add(new Operation("listVersions", "GET", () -> d + "/versions", null, drafter, none));
            ops.add(new Operation("createVersion", "POST", () -> d + "/versions",
                    () -> "{\"text\":\"Cluster munition means " + Api.code() + ".\",\"message\":\"m\",\"baseVersion\":"
                            + head() + "}", drafter, () -> String.valueOf(head())));
            ops.add(new Operation("getVersion", "GET", () -> d + "/versions/1", null, drafter, none));
            ops.add(new Operation("getBlame", "GET", () -> d + "/versions/1/blame", null, drafter, none));
            ops.add(new Operation("listComments", "GET", () -> d + "/comments", null, drafter, none));
            ops.add(new Operation("createComment", "POST", () -> d + "/comments",
                    () -> "{\"version\":1,\"body\":\"Another remark.\"}", drafter,
                    () -> String.valueOf(Api.commentTotal(team.drafter(), draft))));
            ops.add(new Operation("getComment", "GET", () -> "/api/comments/" + comment, null, drafter, none));
            ops.add(new Operation("updateComment", "PATCH", () -> "/api/comments/" + comment,
                    () -> "{\"body\":\"Reworded " + Api.code() + ".\"}", drafter,
                    () -> get("/api/comments/" + comment)));
            ops.add(new Operation("listPositions", "GET", () -> d + "/positions", null, drafter, none));
            String[] stances = {"support", "oppose"};
            int[] turn = {0};
            ops.add(new Operation("putPosition", "PUT", () -> d + "/positions/" + other.code(),
                    () -> "{\"stance\":\"" + stances[turn[0]++ % 2] + "\",\"version\":1}", otherDrafter,
                    () -> get(d + "/positions")));
            ops.add(new Operation("getPositionMatrix", "GET", () -> "/api/terms/" + slug + "/positions", null,
                    drafter, none));
            ops.add(new Operation("getDiff", "GET", () -> "/api/diff?from=" + draft + ":1&to=" + draft + ":1", null,
                    drafter, none));
            return ops;
        }
    }

    @Test
    void malformedAcceptIs406ProblemOnEveryOperationAndWritesNothing() {
        Fixture fixture = new Fixture();
        for (Operation op : fixture.operations()) {
            for (String accept : MALFORMED) {
                String body = op.body() == null ? null : op.body().get(); // before the state: it may name what it sends
                String before = op.state().get();

                Reply reply = RawHttp.request(op.method(), op.path().get(), op.auth(), body, accept);

                String what = op.name() + " with '" + accept + "'";
                assertEquals(406, reply.status(), what + ": " + reply);
                assertTrue(reply.contentType().startsWith("application/problem+json"), what + ": " + reply);
                assertEquals(Problems.type("not-acceptable"), io.restassured.path.json.JsonPath.from(reply.body()).getString("type"),
                        what + ": " + reply);
                assertEquals(before, op.state().get(), what + " wrote something");
            }
        }
    }

    @Test
    void emptyOrBlankAcceptIsNoPreferenceOnEveryOperation() {
        Fixture fixture = new Fixture();
        for (Operation op : fixture.operations()) {
            for (String accept : HONOURED) {
                String body = op.body() == null ? null : op.body().get();

                Reply reply = RawHttp.request(op.method(), op.path().get(), op.auth(), body, accept);

                String what = op.name() + " with '" + accept + "'";
                assertTrue(reply.status() >= 200 && reply.status() < 300, what + ": " + reply);
                assertTrue(reply.contentType().startsWith("application/json"), what + ": " + reply);
            }
        }
    }

    @Test
    void aVersionWrittenWithAnEmptyAcceptIsWrittenOnceAndAcknowledged() {
        Fixture fixture = new Fixture();
        String body = "{\"text\":\"Cluster munition means a weapon.\",\"message\":\"m\",\"baseVersion\":1}";

        Reply reply = RawHttp.request("POST", "/api/drafts/" + fixture.draft + "/versions", fixture.drafter, body,
                "Accept:");

        assertEquals(201, reply.status(), reply.toString());
        assertEquals(2, fixture.head());
    }

    @Test
    void malformedAcceptIsRefusedBeforeSignIn() {
        Reply reply = RawHttp.request("GET", "/api/me", null, null, "Accept: garbage");

        assertEquals(406, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
    }

    /**
     * The operations that answer success with no body (sign-in, sign-out, a password change, revoking
     * a token) have nothing to negotiate: a script that accepts only JSON, or a browser that accepts
     * HTML, gets its 204, and a malformed Accept is still refused before anything happens.
     */
    @Test
    void operationsWithoutABodyAnswer204WhateverIsAccepted() {
        String member = Api.member(Api.delegation(), "drafter");
        String signIn = "{\"username\":\"" + member + "\",\"password\":\"" + Api.PASSWORD + "\"}";
        for (String accept : List.of("Accept: application/json", "Accept: text/html", "Accept: application/problem+json")) {
            Reply in = RawHttp.request("POST", "/api/session", null, signIn, accept);
            assertEquals(204, in.status(), "sign-in with '" + accept + "': " + in);
            String cookie = in.header("set-cookie").split(";", 2)[0];

            Reply out = RawHttp.request("DELETE", "/api/session", null, null, accept, "Cookie: " + cookie,
                    "Origin: http://localhost");
            assertEquals(204, out.status(), "sign-out with '" + accept + "': " + out);
            Api.browser(cookie.substring(cookie.indexOf('=') + 1), null).get("/api/me").then().statusCode(401);

            String token = Api.token(member);
            long id = Api.signedIn(member).get("/api/tokens").then().extract().jsonPath().getLong("items[0].id");
            Reply revoked = RawHttp.request("DELETE", "/api/tokens/" + id, RawHttp.basic(member, Api.PASSWORD), null, accept);
            assertEquals(204, revoked.status(), "revoking with '" + accept + "': " + revoked);
            Api.bearer(token).get("/api/me").then().statusCode(401);
        }
        String change = "{\"current\":\"" + Api.PASSWORD + "\",\"new\":\"another-long-password\"}";
        Reply changed = RawHttp.request("PUT", "/api/me/password", RawHttp.basic(member, Api.PASSWORD), change,
                "Accept: application/json");
        assertEquals(204, changed.status(), changed.toString());
        Api.as(member, "another-long-password").get("/api/me").then().statusCode(200);

        Reply malformed = RawHttp.request("PUT", "/api/me/password", RawHttp.basic(member, "another-long-password"),
                "{\"current\":\"another-long-password\",\"new\":\"a-third-long-password\"}", "Accept: garbage");
        assertEquals(406, malformed.status(), malformed.toString());
        Api.as(member, "another-long-password").get("/api/me").then().statusCode(200);
    }
}
