package org.lexdraft.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.lexdraft.security.AuthorizationMatrixTest.Caller.ANONYMOUS;
import static org.lexdraft.security.AuthorizationMatrixTest.Caller.CHAIR;
import static org.lexdraft.security.AuthorizationMatrixTest.Caller.OTHER_DRAFTER;
import static org.lexdraft.security.AuthorizationMatrixTest.Caller.OTHER_OBSERVER;
import static org.lexdraft.security.AuthorizationMatrixTest.Caller.OWNER_CODRAFTER;
import static org.lexdraft.security.AuthorizationMatrixTest.Caller.OWNER_DRAFTER;
import static org.lexdraft.security.AuthorizationMatrixTest.Caller.OWNER_OBSERVER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexdraft.support.Api;

/**
 * The object-level authorization matrix required by DESIGN.md (Security): role x own/other delegation x
 * endpoint, one case per (caller, endpoint) with the expected status.
 *
 * <p>"Owner" is the delegation that owns the drafts and comments under test, "other" a second delegation;
 * the chair is the bootstrap {@code admin} (role {@code chair}, delegation {@code CHAIR}). The shared
 * subjects (a term, a tabled and a private draft of the owner with one version each, a public and a
 * delegation-private comment by the owner's drafter on the tabled draft) are built once, lazily, on the
 * first case that runs (REST Assured needs the application started). A case that changes state works on
 * fresh subjects of its own, or reads what it depends on (the head) just before, so cases do not depend
 * on each other's order.
 *
 * <p>Every case also checks that a non-2xx answer is {@code application/problem+json} with a matching
 * {@code status}, and that nothing private to the owner delegation (all of it carries a secret marker)
 * reaches a caller outside that delegation in any answer. Every write a case expects refused is read back
 * afterwards: what it would have created does not exist, and what it would have changed reads (as parsed
 * JSON) exactly as before.
 *
 * <p>The parameter is the case's display name only (cases are looked up in a static map), so nothing
 * but a string crosses the Quarkus test class loaders.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String PROBLEM = "application/problem+json";

    private static final String TABLED_TEXT = "1. \"Explosive remnants of war\" means unexploded ordnance and"
            + " abandoned explosive ordnance.";
    private static final String PRIVATE_TEXT = "1. \"Explosive remnants of war\" means unexploded ordnance, abandoned"
            + " explosive ordnance and, as our fallback, ";

    /** Who calls. The co-drafter is a second drafter of the owner delegation who did not author the comments. */
    enum Caller {
        ANONYMOUS("anonymous"),
        CHAIR("chair"),
        OWNER_DRAFTER("drafter of owner delegation"),
        OWNER_OBSERVER("observer of owner delegation"),
        OTHER_DRAFTER("drafter of other delegation"),
        OTHER_OBSERVER("observer of other delegation"),
        OWNER_CODRAFTER("second drafter of owner delegation (not the author)");

        final String label;

        Caller(String label) {
            this.label = label;
        }

        RequestSpecification spec(Fixture f) {
            return switch (this) {
                case ANONYMOUS -> Api.anonymous();
                case CHAIR -> Api.admin();
                case OWNER_DRAFTER -> Api.as(f.owner.drafter());
                case OWNER_OBSERVER -> Api.as(f.owner.observer());
                case OTHER_DRAFTER -> Api.as(f.other.drafter());
                case OTHER_OBSERVER -> Api.as(f.other.observer());
                case OWNER_CODRAFTER -> Api.as(f.ownerCoDrafter);
            };
        }

        /** The caller's own delegation code (the chair's is CHAIR); null for anonymous. */
        String code(Fixture f) {
            return switch (this) {
                case ANONYMOUS -> null;
                case CHAIR -> "CHAIR";
                case OWNER_DRAFTER, OWNER_OBSERVER, OWNER_CODRAFTER -> f.owner.code();
                case OTHER_DRAFTER, OTHER_OBSERVER -> f.other.code();
            };
        }

        boolean ofOwnerDelegation() {
            return this == OWNER_DRAFTER || this == OWNER_OBSERVER || this == OWNER_CODRAFTER;
        }
    }

    // ----------------------------------------------------------------------------------------
    // The shared subjects, built on first use
    // ----------------------------------------------------------------------------------------

    static final class Fixture {
        private static Fixture instance;

        final Api.Team owner = Api.Team.create();
        final Api.Team other = Api.Team.create();
        final String ownerCoDrafter = Api.member(owner.code(), "drafter");
        /** Carried by everything private to the owner delegation, and by nothing else. */
        final String secret = "secret" + Api.code().toLowerCase();
        final String term = Api.term();
        final long tabled = Api.draft(owner.drafter(), term, TABLED_TEXT, "tabled");
        final long privateDraft = privateDraft(this, term);
        final long publicComment = publicComment(this, tabled);
        final long privateComment = privateComment(this, tabled);

        static synchronized Fixture get() {
            if (instance == null) {
                instance = new Fixture();
            }
            return instance;
        }
    }

    private static long privateDraft(Fixture f, String term) {
        return Api.as(f.owner.drafter())
                .body(Map.of("title", "Fallback " + f.secret, "text", PRIVATE_TEXT + f.secret + ".",
                        "message", "prepared " + f.secret, "visibility", "delegation"))
                .post("/api/terms/" + term + "/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long freshTabled(Fixture f, String term) {
        return Api.draft(f.owner.drafter(), term, TABLED_TEXT, "tabled");
    }

    private static long publicComment(Fixture f, long draft) {
        return Api.comment(f.owner.drafter(), draft, Map.of("version", 1, "body", "Say which ordnance."));
    }

    private static long privateComment(Fixture f, long draft) {
        return Api.comment(f.owner.drafter(), draft,
                Map.of("version", 1, "body", "Internal: " + f.secret, "visibility", "delegation"));
    }

    private static int head(Fixture f, long draft) {
        return Api.as(f.owner.drafter()).get("/api/drafts/" + draft)
                .then().statusCode(200).extract().jsonPath().getInt("head");
    }

    private static String draftField(Fixture f, long draft, String field) {
        return Api.as(f.owner.drafter()).get("/api/drafts/" + draft)
                .then().statusCode(200).extract().jsonPath().getString(field);
    }

    private static String commentField(Fixture f, long comment, String field) {
        return Api.as(f.owner.drafter()).get("/api/comments/" + comment)
                .then().statusCode(200).extract().jsonPath().getString(field);
    }

    /** The parsed JSON of a GET as the given member, which must answer 200. */
    private static Object json(RequestSpecification reader, String path) {
        return reader.get(path).then().statusCode(200).extract().jsonPath().get("$");
    }

    /** What the owner delegation's drafter reads at {@code path}, parsed. */
    private static Object ownerReads(Fixture f, String path) {
        return json(Api.as(f.owner.drafter()), path);
    }

    /**
     * A write that, when the case expects it refused, leaves what {@code state} reads exactly as it was
     * (compared as parsed JSON, so neither spacing nor field order matters).
     */
    private static Action unchangedIfRefused(Function<Fixture, Object> state, Action write) {
        return call -> {
            Object before = call.expectsSuccess() ? null : state.apply(call.f);
            write.run(call);
            if (!call.expectsSuccess()) {
                assertEquals(before, state.apply(call.f), () -> call.c.name() + ": the refused write changed what it aimed at");
            }
        };
    }

    /** A create of something named {@code name}: read back by the chair, it exists only if the case succeeded. */
    private static void assertCreatedOnlyOnSuccess(Call call, String path) {
        Api.admin().get(path).then().statusCode(call.expectsSuccess() ? 200 : 404);
    }

    // ----------------------------------------------------------------------------------------
    // One call of one case
    // ----------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Action {
        void run(Call call);
    }

    record Case(String name, Caller caller, Set<Integer> expected, Action action) {
        boolean expectsSuccess() {
            return expected.stream().allMatch(s -> s >= 200 && s < 300);
        }
    }

    static final class Call {
        final Fixture f;
        final Case c;
        int checks;

        Call(Fixture f, Case c) {
            this.f = f;
            this.c = c;
        }

        RequestSpecification spec() {
            return c.caller().spec(f);
        }

        /** Checks one answer of the case: the status, problem+json for errors, no private marker leaking. */
        Response check(Response r) {
            checks++;
            int status = r.statusCode();
            String body = r.asString();
            assertTrue(c.expected().contains(status),
                    () -> c.name() + ": answered " + status + " " + body);
            if (status < 200 || status >= 300) {
                String type = r.contentType();
                assertTrue(type != null && type.startsWith(PROBLEM),
                        () -> c.name() + ": a " + status + " must be " + PROBLEM + ", was " + type + ": " + body);
                assertEquals(status, r.jsonPath().getInt("status"), () -> c.name() + ": problem status");
            }
            if (!c.caller().ofOwnerDelegation()) {
                assertFalse(body.contains(f.secret),
                        () -> c.name() + ": private content of the owner delegation leaked: " + body);
            }
            return r;
        }

        boolean expectsSuccess() {
            return c.expectsSuccess();
        }
    }

    // ----------------------------------------------------------------------------------------
    // The matrix
    // ----------------------------------------------------------------------------------------

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    /** Expected statuses per caller; anonymous is always 401. */
    static final class Expect {
        final Map<Caller, Set<Integer>> byCaller = new EnumMap<>(Caller.class);

        Expect() {
            byCaller.put(ANONYMOUS, Set.of(401));
        }

        Expect is(int status, Caller... callers) {
            for (Caller c : callers) {
                byCaller.put(c, Set.of(status));
            }
            return this;
        }

        Expect okOrCreated(Caller... callers) {
            for (Caller c : callers) {
                byCaller.put(c, Set.of(200, 201));
            }
            return this;
        }
    }

    private static Expect expect() {
        return new Expect();
    }

    /** Any signed-in member of the six standard callers gets {@code status}. */
    private static Expect anyMember(int status) {
        return expect().is(status, CHAIR, OWNER_DRAFTER, OWNER_OBSERVER, OTHER_DRAFTER, OTHER_OBSERVER);
    }

    /** Only the owner delegation sees it; to the chair and the other delegation it does not exist. */
    private static Expect ownerSees(int status) {
        return expect().is(status, OWNER_DRAFTER, OWNER_OBSERVER).is(404, CHAIR, OTHER_DRAFTER, OTHER_OBSERVER);
    }

    /** Only the chair may. */
    private static Expect chairOnly(int status) {
        return expect().is(status, CHAIR).is(403, OWNER_DRAFTER, OWNER_OBSERVER, OTHER_DRAFTER, OTHER_OBSERVER);
    }

    private static void add(String endpoint, Expect expect, Action action) {
        expect.byCaller.forEach((caller, statuses) -> {
            String shown = new TreeSet<>(statuses).stream().map(String::valueOf).collect(Collectors.joining("/"));
            String name = caller.label + ": " + endpoint + " -> " + shown;
            if (CASES.put(name, new Case(name, caller, statuses, action)) != null) {
                throw new IllegalStateException("duplicate case " + name);
            }
        });
    }

    private static Action get(Function<Fixture, String> path) {
        return call -> call.check(call.spec().get(path.apply(call.f)));
    }

    private static Action post(Function<Fixture, String> path, Function<Fixture, Object> body) {
        return call -> call.check(call.spec().body(body.apply(call.f)).post(path.apply(call.f)));
    }

    private static Action patch(Function<Fixture, String> path, Function<Fixture, Object> body) {
        return call -> call.check(call.spec().body(body.apply(call.f)).patch(path.apply(call.f)));
    }

    private static Map<String, Object> newVersion(String text, int base) {
        return Map.of("text", text, "message", "matrix edit", "baseVersion", base);
    }

    static {
        // --- who am I, delegations, members ------------------------------------------------------
        add("GET /api/me", anyMember(200), get(f -> "/api/me"));
        add("GET /api/delegations", anyMember(200), get(f -> "/api/delegations"));
        add("GET /api/delegations/{owner-code}", anyMember(200), get(f -> "/api/delegations/" + f.owner.code()));
        add("POST /api/delegations", chairOnly(201), call -> {
            String code = Api.code();
            call.check(call.spec().body(Map.of("code", code, "name", "Delegation " + code, "kind", "state"))
                    .post("/api/delegations"));
            assertCreatedOnlyOnSuccess(call, "/api/delegations/" + code);
        });
        add("POST /api/members", chairOnly(201), call -> {
            String username = Api.username();
            call.check(call.spec().body(Map.of("username", username, "password", Api.PASSWORD, "displayName",
                    "Member " + username, "delegation", call.f.owner.code(), "role", "observer")).post("/api/members"));
            assertCreatedOnlyOnSuccess(call, "/api/members/" + username);
            Api.as(username).get("/api/me").then().statusCode(call.expectsSuccess() ? 200 : 401);
        });
        add("GET /api/members", chairOnly(200), get(f -> "/api/members"));
        add("GET /api/members/{owner-drafter}", chairOnly(200).is(200, OWNER_DRAFTER),
                get(f -> "/api/members/" + f.owner.drafter()));

        // --- terms --------------------------------------------------------------------------------
        add("GET /api/terms", anyMember(200), get(f -> "/api/terms"));
        add("POST /api/terms", chairOnly(201), call -> {
            String slug = Api.slug();
            call.check(call.spec().body(Map.of("slug", slug, "label", "label of " + slug, "context", "matrix"))
                    .post("/api/terms"));
            assertCreatedOnlyOnSuccess(call, "/api/terms/" + slug);
        });
        add("GET /api/terms/{slug}", anyMember(200), get(f -> "/api/terms/" + f.term));
        add("GET /api/terms/{slug}/drafts", anyMember(200), get(f -> "/api/terms/" + f.term + "/drafts"));
        add("GET /api/terms/{slug}/comparison", anyMember(200), get(f -> "/api/terms/" + f.term + "/comparison"));
        add("GET /api/terms/{slug}/positions", anyMember(200), get(f -> "/api/terms/" + f.term + "/positions"));

        // --- reading a tabled and a private draft, through every path --------------------------------
        Map<String, Function<Fixture, Long>> drafts = new LinkedHashMap<>();
        drafts.put("{tabled}", f -> f.tabled);
        drafts.put("{private}", f -> f.privateDraft);
        for (var draft : drafts.entrySet()) {
            boolean tabled = draft.getKey().equals("{tabled}");
            for (String suffix : new String[] {"", "/versions", "/versions/1", "/versions/1/blame", "/comments",
                    "/positions"}) {
                add("GET /api/drafts/" + draft.getKey() + suffix, tabled ? anyMember(200) : ownerSees(200),
                        get(f -> "/api/drafts/" + draft.getValue().apply(f) + suffix));
            }
        }
        add("GET /api/diff?from={tabled}:1&to={tabled}:1", anyMember(200),
                get(f -> "/api/diff?from=" + f.tabled + ":1&to=" + f.tabled + ":1"));
        add("GET /api/diff?from={private}:1&to={tabled}:1", ownerSees(200),
                get(f -> "/api/diff?from=" + f.privateDraft + ":1&to=" + f.tabled + ":1"));
        add("GET /api/diff?from={tabled}:1&to={private}:1", ownerSees(200),
                get(f -> "/api/diff?from=" + f.tabled + ":1&to=" + f.privateDraft + ":1"));

        // --- creating drafts and versions -----------------------------------------------------------
        add("POST /api/terms/{slug}/drafts",
                expect().is(201, OWNER_DRAFTER, OTHER_DRAFTER, CHAIR).is(403, OWNER_OBSERVER, OTHER_OBSERVER),
                // a draft made by mistake is listed at least for its own delegation: read as a drafter of each
                unchangedIfRefused(f -> List.of(ownerReads(f, "/api/terms/" + f.term + "/drafts?size=200"),
                                json(Api.as(f.other.drafter()), "/api/terms/" + f.term + "/drafts?size=200")),
                        post(f -> "/api/terms/" + f.term + "/drafts",
                                f -> Map.of("title", "Matrix draft", "text", TABLED_TEXT, "message", "first"))));
        add("POST /api/drafts/{tabled}/versions (baseVersion = head)",
                expect().is(201, OWNER_DRAFTER).is(403, OWNER_OBSERVER, OTHER_DRAFTER, OTHER_OBSERVER, CHAIR),
                unchangedIfRefused(f -> List.of(ownerReads(f, "/api/drafts/" + f.tabled),
                                ownerReads(f, "/api/drafts/" + f.tabled + "/versions?size=200")),
                        call -> {
                            int head = head(call.f, call.f.tabled);
                            call.check(call.spec().body(newVersion(TABLED_TEXT + " Edit " + Api.code() + ".", head))
                                    .post("/api/drafts/" + call.f.tabled + "/versions"));
                        }));
        add("POST /api/drafts/{private}/versions (baseVersion = head)",
                ownerSees(201).is(403, OWNER_OBSERVER),
                unchangedIfRefused(f -> List.of(ownerReads(f, "/api/drafts/" + f.privateDraft),
                                ownerReads(f, "/api/drafts/" + f.privateDraft + "/versions?size=200")),
                        call -> {
                            int head = head(call.f, call.f.privateDraft);
                            call.check(call.spec().body(newVersion(PRIVATE_TEXT + call.f.secret + " " + Api.code() + ".", head))
                                    .post("/api/drafts/" + call.f.privateDraft + "/versions"));
                        }));

        // --- changing drafts --------------------------------------------------------------------------
        add("PATCH /api/drafts/{tabled} {\"title\"}",
                expect().is(200, OWNER_DRAFTER).is(403, CHAIR, OWNER_OBSERVER, OTHER_DRAFTER, OTHER_OBSERVER),
                call -> {
                    String before = draftField(call.f, call.f.tabled, "title");
                    String title = "Retitled " + Api.code();
                    call.check(call.spec().body(Map.of("title", title)).patch("/api/drafts/" + call.f.tabled));
                    if (!call.expectsSuccess()) {
                        assertEquals(before, draftField(call.f, call.f.tabled, "title"), "a refused retitle changed the title");
                    }
                });
        add("PATCH /api/drafts/{private} {\"title\"}",
                ownerSees(200).is(403, OWNER_OBSERVER),
                unchangedIfRefused(f -> ownerReads(f, "/api/drafts/" + f.privateDraft),
                        patch(f -> "/api/drafts/" + f.privateDraft, f -> Map.of("title", "Fallback " + f.secret + " retitled"))));
        add("PATCH /api/drafts/{fresh tabled} {\"status\":\"withdrawn\"} then {\"status\":\"active\"}",
                expect().is(200, OWNER_DRAFTER, CHAIR).is(403, OWNER_OBSERVER, OTHER_DRAFTER, OTHER_OBSERVER),
                call -> {
                    long draft = freshTabled(call.f, call.f.term);
                    String path = "/api/drafts/" + draft;
                    call.check(call.spec().body(Map.of("status", "withdrawn")).patch(path));
                    assertEquals(call.expectsSuccess() ? "withdrawn" : "active", draftField(call.f, draft, "status"));
                    call.check(call.spec().body(Map.of("status", "active")).patch(path));
                    assertEquals("active", draftField(call.f, draft, "status"));
                });
        add("PATCH /api/drafts/{fresh private} {\"status\":\"withdrawn\"}",
                ownerSees(200).is(403, OWNER_OBSERVER),
                call -> {
                    long draft = privateDraft(call.f, call.f.term);
                    call.check(call.spec().body(Map.of("status", "withdrawn")).patch("/api/drafts/" + draft));
                    assertEquals(call.expectsSuccess() ? "withdrawn" : "active", draftField(call.f, draft, "status"));
                });
        add("PATCH /api/drafts/{fresh private} {\"visibility\":\"tabled\"}",
                ownerSees(200).is(403, OWNER_OBSERVER),
                call -> {
                    long draft = privateDraft(call.f, call.f.term);
                    call.check(call.spec().body(Map.of("visibility", "tabled")).patch("/api/drafts/" + draft));
                    assertEquals(call.expectsSuccess() ? "tabled" : "delegation", draftField(call.f, draft, "visibility"));
                });
        add("PATCH /api/drafts/{fresh tabled of a fresh term} {\"status\":\"adopted\"}", chairOnly(200),
                call -> {
                    long draft = freshTabled(call.f, Api.term());
                    call.check(call.spec().body(Map.of("status", "adopted")).patch("/api/drafts/" + draft));
                    assertEquals(call.expectsSuccess() ? "adopted" : "active", draftField(call.f, draft, "status"));
                });

        // --- comments ---------------------------------------------------------------------------------
        add("POST /api/drafts/{tabled}/comments",
                expect().is(201, OWNER_DRAFTER, OTHER_DRAFTER, CHAIR).is(403, OWNER_OBSERVER, OTHER_OBSERVER),
                unchangedIfRefused(f -> List.of(ownerReads(f, "/api/drafts/" + f.tabled + "/comments?size=200"),
                                json(Api.as(f.other.drafter()), "/api/drafts/" + f.tabled + "/comments?size=200")),
                        post(f -> "/api/drafts/" + f.tabled + "/comments", f -> Map.of("version", 1, "body", "Matrix remark."))));
        add("POST /api/drafts/{private}/comments",
                ownerSees(201).is(403, OWNER_OBSERVER),
                unchangedIfRefused(f -> ownerReads(f, "/api/drafts/" + f.privateDraft + "/comments?size=200"),
                        post(f -> "/api/drafts/" + f.privateDraft + "/comments",
                                f -> Map.of("version", 1, "body", "On our fallback " + f.secret))));
        add("GET /api/comments/{public-comment}", anyMember(200), get(f -> "/api/comments/" + f.publicComment));
        add("GET /api/comments/{private-comment}", ownerSees(200), get(f -> "/api/comments/" + f.privateComment));
        add("PATCH /api/comments/{fresh private-comment} {\"status\":\"resolved\"}",
                ownerSees(200).is(403, OWNER_OBSERVER).is(200, OWNER_CODRAFTER),
                call -> {
                    long comment = privateComment(call.f, call.f.tabled);
                    call.check(call.spec().body(Map.of("status", "resolved")).patch("/api/comments/" + comment));
                    assertEquals(call.expectsSuccess() ? "resolved" : "open", commentField(call.f, comment, "status"));
                });
        add("PATCH /api/comments/{fresh public-comment} {\"body\"}",
                expect().is(200, OWNER_DRAFTER)
                        .is(403, OWNER_OBSERVER, OWNER_CODRAFTER, OTHER_DRAFTER, OTHER_OBSERVER, CHAIR),
                call -> {
                    long comment = publicComment(call.f, call.f.tabled);
                    String body = "Edited " + Api.code();
                    call.check(call.spec().body(Map.of("body", body)).patch("/api/comments/" + comment));
                    assertEquals(call.expectsSuccess() ? body : "Say which ordnance.", commentField(call.f, comment, "body"));
                });
        add("PATCH /api/comments/{fresh public-comment} {\"status\":\"resolved\"}",
                expect().is(200, OWNER_DRAFTER, OWNER_CODRAFTER, CHAIR).is(403, OWNER_OBSERVER, OTHER_DRAFTER, OTHER_OBSERVER),
                call -> {
                    long comment = publicComment(call.f, call.f.tabled);
                    call.check(call.spec().body(Map.of("status", "resolved")).patch("/api/comments/" + comment));
                    assertEquals(call.expectsSuccess() ? "resolved" : "open", commentField(call.f, comment, "status"));
                });

        // --- positions --------------------------------------------------------------------------------
        Function<Fixture, Object> support = f -> Map.of("stance", "support", "version", 1);
        add("PUT /api/drafts/{tabled}/positions/{owner-code}",
                expect().okOrCreated(OWNER_DRAFTER).is(403, OWNER_OBSERVER, OTHER_DRAFTER, OTHER_OBSERVER, CHAIR),
                unchangedIfRefused(f -> ownerReads(f, "/api/drafts/" + f.tabled + "/positions"),
                        call -> call.check(call.spec().body(support.apply(call.f))
                                .put("/api/drafts/" + call.f.tabled + "/positions/" + call.f.owner.code()))));
        add("PUT /api/drafts/{tabled}/positions/{other-code}",
                expect().okOrCreated(OTHER_DRAFTER).is(403, OTHER_OBSERVER, OWNER_DRAFTER, OWNER_OBSERVER, CHAIR),
                unchangedIfRefused(f -> ownerReads(f, "/api/drafts/" + f.tabled + "/positions"),
                        call -> call.check(call.spec().body(support.apply(call.f))
                                .put("/api/drafts/" + call.f.tabled + "/positions/" + call.f.other.code()))));
        add("PUT /api/drafts/{private}/positions/{caller's own code}",
                ownerSees(200).okOrCreated(OWNER_DRAFTER).is(403, OWNER_OBSERVER),
                unchangedIfRefused(f -> ownerReads(f, "/api/drafts/" + f.privateDraft + "/positions"),
                        call -> {
                            String code = call.c.caller().code(call.f);
                            call.check(call.spec().body(support.apply(call.f))
                                    .put("/api/drafts/" + call.f.privateDraft + "/positions/" + (code == null ? call.f.owner.code() : code)));
                        }));
    }

    static Stream<String> cases() {
        return CASES.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void callerGetsTheExpectedStatus(String name) {
        Case c = CASES.get(name);
        assertNotNull(c, () -> "no case named " + name);
        Call call = new Call(Fixture.get(), c);
        c.action().run(call);
        if (call.checks == 0) {
            fail(name + ": the case checked no answer");
        }
    }
}
