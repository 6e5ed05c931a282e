package org.lexdraft.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

/**
 * Draft and comment ids are random positive integers below 2^53: from its own ids a delegation
 * learns nothing of how many private drafts or comments others made between them.
 */
@QuarkusTest
class IdsRevealNothingTest {

    private static final long LIMIT = 1L << 53;

    @Test
    void ownDraftIdsSayNothingOfAnotherDelegationsPrivateDraftsInBetween() {
        Api.Team norway = Api.Team.create();
        Api.Team russia = Api.Team.create();
        String slug = Api.term();
        List<Long> own = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            own.add(Api.draft(norway.drafter(), slug, "Norwegian text " + i + ".", "tabled"));
            Api.draft(russia.drafter(), slug, "Private Russian text " + i + ".", "delegation");
        }

        assertRandom(own);
        // and the list is still in order of creation
        assertEquals(own, Api.as(norway.drafter()).get("/api/terms/" + slug + "/drafts?size=200").then()
                .statusCode(200).extract().jsonPath().getList("items.id", Long.class));
    }

    @Test
    void ownCommentIdsSayNothingOfAnotherDelegationsPrivateCommentsInBetween() {
        Api.Team norway = Api.Team.create();
        Api.Team russia = Api.Team.create();
        long draft = Api.draft(norway.drafter(), Api.term(), "Cluster munition means a munition.", "tabled");
        List<Long> own = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            own.add(Api.comment(norway.drafter(), draft, Map.of("version", 1, "body", "Remark " + i + ".")));
            Api.comment(russia.drafter(), draft, Map.of("version", 1, "body", "Private " + i + ".",
                    "visibility", "delegation"));
        }

        assertRandom(own);
        assertEquals(own, Api.as(norway.drafter()).get("/api/drafts/" + draft + "/comments?size=200").then()
                .statusCode(200).extract().jsonPath().getList("items.id", Long.class));
    }

    @Test
    void versionReferencesStayDraftIdColonNumber() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), "Cluster munition means a munition.", "tabled");
        Api.version(team.drafter(), draft, "Cluster munition means a weapon.", 1);

        Api.as(team.drafter()).get("/api/diff?from=" + draft + ":1&to=" + draft + ":2").then().statusCode(200)
                .body("from", org.hamcrest.Matchers.equalTo(draft + ":1"));
    }

    /** Positive, below 2^53, not in order of creation, and not close to one another. */
    private static void assertRandom(List<Long> ids) {
        for (long id : ids) {
            assertTrue(id > 0 && id < LIMIT, "id out of range: " + id);
        }
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertFalse(sorted.equals(ids), "ids in order of creation: " + ids);
        long closest = Long.MAX_VALUE;
        for (int i = 1; i < sorted.size(); i++) {
            closest = Math.min(closest, sorted.get(i) - sorted.get(i - 1));
        }
        assertTrue(closest > 1_000_000, "ids close enough to count what lies between: " + ids);
    }
}
