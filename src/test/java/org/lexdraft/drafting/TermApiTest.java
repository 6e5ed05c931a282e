package org.lexdraft.drafting;

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
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexdraft.support.Api;
import org.lexdraft.support.Listing;
import org.lexdraft.support.Links;

@QuarkusTest
class TermApiTest {


    // --- POST /api/terms -----------------------------------------------------------------------

    @Test
    void chairCreatesOpenTermWithNoDrafts() {
        String slug = Api.slug();

        Api.admin().body(Map.of("slug", slug, "label", "cluster munition", "context", "CCM Art. 2"))
                .post("/api/terms").then().statusCode(201)
                .contentType("application/json")
                .header("Location", endsWith("/api/terms/" + slug))
                .body("slug", equalTo(slug))
                .body("label", equalTo("cluster munition"))
                .body("context", equalTo("CCM Art. 2"))
                .body("status", equalTo("open"))
                .body("draftCount", equalTo(0));
    }

    @Test
    void termWithoutContextHasEmptyContext() {
        String slug = Api.slug();

        Api.admin().body(Map.of("slug", slug, "label", "explosive remnants"))
                .post("/api/terms").then().statusCode(201)
                .body("context", equalTo(""));
        Api.admin().get("/api/terms/" + slug).then().statusCode(200).body("context", equalTo(""));
    }

    @Test
    void slugOf64CharactersIsAccepted() {
        String slug = Api.slug();
        slug = slug + "-" + "a".repeat(63 - slug.length());
        assertEquals(64, slug.length());

        Api.admin().body(Map.of("slug", slug, "label", "long")).post("/api/terms").then().statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Upper-case", "with space", "-leading-dash", "under_score", "dot.ted", "ümlaut", ""})
    void invalidSlugIs400NamingSlugAndChangesNothing(String slug) {
        assertInvalidSlug(slug);
    }

    @Test
    void slugOf65CharactersIs400AndChangesNothing() {
        assertInvalidSlug("t" + "a".repeat(64));
    }

    @Test
    void missingLabelIs400NamingLabel() {
        String slug = Api.slug();

        Api.admin().body(Map.of("slug", slug)).post("/api/terms").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"))
                .body("errors.field", hasItem("label"));

        Api.admin().get("/api/terms/" + slug).then().statusCode(404);
    }

    @Test
    void contextOver4000CharactersIs400NamingContext() {
        String slug = Api.slug();

        Api.admin().body(Map.of("slug", slug, "label", "l", "context", "c".repeat(4001)))
                .post("/api/terms").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"))
                .body("errors.field", hasItem("context"));

        Api.admin().get("/api/terms/" + slug).then().statusCode(404);
    }

    @Test
    void duplicateSlugIs409AndChangesNothing() {
        String slug = Api.slug();
        Api.admin().body(Map.of("slug", slug, "label", "original", "context", "first"))
                .post("/api/terms").then().statusCode(201);
        Api.admin().body(Map.of("slug", slug, "label", "impostor " + slug, "context", "second"))
                .post("/api/terms").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "duplicate"))
                .body("status", equalTo(409));

        Api.admin().get("/api/terms/" + slug).then().statusCode(200)
                .body("label", equalTo("original"))
                .body("context", equalTo("first"));
        assertNoTermLabelled("impostor " + slug);
    }

    @Test
    void drafterMayNotCreateTerm403AndChangesNothing() {
        assertRefused(Api.as(Api.Team.create().drafter()), 403, "forbidden");
    }

    @Test
    void observerMayNotCreateTerm403AndChangesNothing() {
        assertRefused(Api.as(Api.Team.create().observer()), 403, "forbidden");
    }

    @Test
    void anonymousMayNotCreateTerm401AndChangesNothing() {
        assertRefused(Api.anonymous(), 401, "unauthorized");
    }

    // --- GET /api/terms/{slug} -----------------------------------------------------------------

    @Test
    void anyMemberReadsOneTerm() {
        String slug = Api.term();

        Api.as(Api.Team.create().observer()).get("/api/terms/" + slug).then().statusCode(200)
                .contentType("application/json")
                .body("slug", equalTo(slug))
                .body("label", equalTo("label of " + slug))
                .body("context", equalTo("CCW GGE"))
                .body("status", equalTo("open"))
                .body("draftCount", equalTo(0));
    }

    @Test
    void unknownTermIs404Problem() {
        Api.admin().get("/api/terms/" + Api.slug()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void anonymousMayNotReadTerm401() {
        String slug = Api.term();
        Api.anonymous().get("/api/terms/" + slug).then().statusCode(401)
                .contentType("application/problem+json");
    }

    // --- GET /api/terms ------------------------------------------------------------------------

    @Test
    void listIsPagedWithDefaultSize50() {
        Api.term();
        Api.admin().get("/api/terms").then().statusCode(200)
                .contentType("application/json")
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void listOfSizeOneHasNextLinkAndSecondPageHasPrev() {
        Api.term();
        Api.term();

        Response first = Api.admin().queryParam("size", 1).get("/api/terms");
        first.then().statusCode(200).body("items", hasSize(1)).body("page", equalTo(0)).body("size", equalTo(1));
        assertEquals(Set.of("next"), Links.rels(first));

        Response second = Api.admin().queryParam("size", 1).queryParam("page", 1).get("/api/terms");
        second.then().statusCode(200).body("items", hasSize(1)).body("page", equalTo(1));
        assertTrue(Links.rels(second).contains("prev"), Links.of(second).toString());
    }

    @Test
    void listIsSortedBySlug() {
        String prefix = Api.slug() + "-";
        for (String suffix : List.of("b", "c", "a")) {
            Api.admin().body(Map.of("slug", prefix + suffix, "label", suffix)).post("/api/terms").then().statusCode(201);
        }
        List<String> slugs = Listing.all(Api::admin, "/api/terms").stream().map(t -> (String) t.get("slug")).toList();
        assertEquals(List.of(prefix + "a", prefix + "b", prefix + "c"),
                slugs.stream().filter(s -> s.startsWith(prefix)).toList());
    }

    @Test
    void listShowsNewTermToAnyMember() {
        String slug = Api.term();
        String drafter = Api.Team.create().drafter();
        Map<String, Object> item = listedTerm(() -> Api.as(drafter), slug);
        assertEquals("open", item.get("status"));
        assertEquals(0, item.get("draftCount"));
        assertEquals("label of " + slug, item.get("label"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=201", "page=-1", "page=abc"})
    void invalidPagingParameterIs400Problem(String query) {
        Api.admin().get("/api/terms?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void anonymousMayNotListTerms401() {
        Api.anonymous().get("/api/terms").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "unauthorized"));
    }

    // --- draftCount counts only the drafts the caller may see ----------------------------------

    @Test
    void drafterCountsOwnPrivateDraftAndOthersTabledDraft() {
        Fixture f = Fixture.create();
        assertDraftCount(Api.as(f.a.drafter()), f.slug, 2);
    }

    @Test
    void drafterDoesNotCountAnotherDelegationsPrivateDraft() {
        Fixture f = Fixture.create();
        assertDraftCount(Api.as(f.b.drafter()), f.slug, 1);
    }

    @Test
    void observerOfOwningDelegationCountsItsPrivateDraft() {
        Fixture f = Fixture.create();
        assertDraftCount(Api.as(f.a.observer()), f.slug, 2);
    }

    @Test
    void observerOfThirdDelegationCountsOnlyTabledDrafts() {
        Fixture f = Fixture.create();
        assertDraftCount(Api.as(Api.Team.create().observer()), f.slug, 1);
    }

    @Test
    void chairCountsOnlyTabledDraftsOfOtherDelegations() {
        Fixture f = Fixture.create();
        assertDraftCount(Api.admin(), f.slug, 1);
    }

    @Test
    void listedDraftCountMatchesSingleTermForEachCaller() {
        Fixture f = Fixture.create();
        String third = Api.Team.create().observer();
        assertEquals(2, listedTerm(() -> Api.as(f.a.drafter()), f.slug).get("draftCount"));
        assertEquals(1, listedTerm(() -> Api.as(f.b.drafter()), f.slug).get("draftCount"));
        assertEquals(1, listedTerm(() -> Api.as(third), f.slug).get("draftCount"));
    }

    @Test
    void draftCountMatchesDraftListForEachCaller() {
        Fixture f = Fixture.create();
        for (String member : List.of(f.a.drafter(), f.b.drafter(), f.a.observer(), f.b.observer())) {
            int count = Api.as(member).get("/api/terms/" + f.slug).then().statusCode(200)
                    .extract().jsonPath().getInt("draftCount");
            long total = Api.as(member).get("/api/terms/" + f.slug + "/drafts").then().statusCode(200)
                    .extract().jsonPath().getLong("total");
            assertEquals(total, count, member);
        }
    }

    @Test
    void tablingADraftMakesItCountForEveryone() {
        Fixture f = Fixture.create();
        Api.as(f.a.drafter()).body(Map.of("visibility", "tabled")).patch("/api/drafts/" + f.privateDraft)
                .then().statusCode(200);

        assertDraftCount(Api.as(f.b.drafter()), f.slug, 2);
        assertDraftCount(Api.as(Api.Team.create().observer()), f.slug, 2);
    }

    @Test
    void draftsOfOtherTermsDoNotCount() {
        Fixture f = Fixture.create();
        String other = Api.term();
        Api.draft(f.a.drafter(), other, "Another definition.", "tabled");

        assertDraftCount(Api.as(f.a.drafter()), f.slug, 2);
        assertDraftCount(Api.as(f.b.drafter()), other, 1);
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A term with a private draft of delegation a and a tabled draft of delegation b. */
    private record Fixture(String slug, Api.Team a, Api.Team b, long privateDraft, long tabledDraft) {
        static Fixture create() {
            String slug = Api.term();
            Api.Team a = Api.Team.create();
            Api.Team b = Api.Team.create();
            long privateDraft = Api.draft(a.drafter(), slug, "Private definition of A.", "delegation");
            long tabledDraft = Api.draft(b.drafter(), slug, "Tabled definition of B.", "tabled");
            return new Fixture(slug, a, b, privateDraft, tabledDraft);
        }
    }

    private static void assertDraftCount(RequestSpecification caller, String slug, int expected) {
        caller.get("/api/terms/" + slug).then().statusCode(200).body("draftCount", equalTo(expected));
    }

    /** Finds the term in GET /api/terms as the caller, paging through the whole list. */
    private static Map<String, Object> listedTerm(Supplier<RequestSpecification> caller, String slug) {
        return Listing.find(caller, "/api/terms", "slug", slug)
                .orElseThrow(() -> new AssertionError("term " + slug + " is not listed"));
    }

    /** No term of the whole list carries this label. */
    private static void assertNoTermLabelled(String label) {
        assertEquals(Optional.empty(), Listing.find(Api::admin, "/api/terms", "label", label));
    }

    private static void assertInvalidSlug(String slug) {
        String label = "bad slug " + Api.code(); // what no other test uses, to find a term made by mistake

        Api.admin().body(Map.of("slug", slug, "label", label)).post("/api/terms").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem("slug"));

        assertNoTermLabelled(label);
        if (!slug.isEmpty()) {
            Api.admin().get("/api/terms/{slug}", slug).then().statusCode(404);
            Api.admin().get("/api/terms/{slug}", slug.toLowerCase(java.util.Locale.ROOT)).then().statusCode(404);
        }
    }

    private static void assertRefused(RequestSpecification caller, int status, String kind) {
        String slug = Api.slug();
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("label", "refused " + slug);

        caller.body(body).post("/api/terms").then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + kind))
                .body("status", equalTo(status));

        Api.admin().get("/api/terms/" + slug).then().statusCode(404);
    }
}
