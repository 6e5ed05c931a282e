package org.lexdraft.search;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Api.Team;

/**
 * What the index holds: after every version exactly the words of the head, and the catch-up at start: a draft whose head the index does not hold (written before the index
 * existed, or while an older lexdraft ran) is indexed by {@link SearchIndex#onStart}, and its
 * words are those of its head, never of an earlier version.
 */
@QuarkusTest
class SearchIndexTest {

    @Inject
    SearchIndex index;

    @Inject
    EntityManager em;

    @Test
    void aDraftMissingFromTheIndexIsFoundAfterTheCatchUp() {
        Team team = Team.create();
        String m = "zq" + Api.code().toLowerCase();
        long draft = Api.draft(team.drafter(), Api.term(), "Cluster munition means a " + m + " munition.", "tabled");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from search_word where draft_id = ?1").setParameter(1, draft).executeUpdate();
            em.createNativeQuery("delete from search_indexed where draft_id = ?1").setParameter(1, draft).executeUpdate();
        });
        hits(team, m, 0);

        index.onStart(null);

        hits(team, m, 1);
        index.onStart(null); // nothing left to do: the draft is not indexed twice
        hits(team, m, 1);
    }

    @Test
    void aDraftIndexedAtAnEarlierVersionGetsTheWordsOfItsHead() {
        Team team = Team.create();
        String before = "zq" + Api.code().toLowerCase();
        String after = "zq" + Api.code().toLowerCase();
        long draft = Api.draft(team.drafter(), Api.term(), "The " + before + " wording.", "tabled");
        Api.version(team.drafter(), draft, "The " + after + " wording.", 1);
        // as an instance that stopped before indexing version 2 would have left it
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from search_word where draft_id = ?1").setParameter(1, draft).executeUpdate();
            em.createNativeQuery("insert into search_word (draft_id, word) values (?1, ?2)")
                    .setParameter(1, draft).setParameter(2, before).executeUpdate();
            em.createNativeQuery("update search_indexed set version = 1 where draft_id = ?1").setParameter(1, draft)
                    .executeUpdate();
        });
        hits(team, after, 0);
        assertEquals(1, indexed(draft, before));

        index.onStart(null);

        hits(team, after, 1);
        assertEquals(1, indexed(draft, after));
        assertEquals(0, indexed(draft, before), "the words of version 1 are gone from the index");
    }

    @Test
    void afterEachVersionTheIndexHoldsExactlyTheWordsOfTheHead() {
        Team team = Team.create();
        String kept = "zq" + Api.code().toLowerCase();
        String dropped = "zq" + Api.code().toLowerCase();
        String added = "zq" + Api.code().toLowerCase();
        long draft = Api.draft(team.drafter(), Api.term(), "Munition " + kept + " " + dropped + ".", "tabled");
        assertEquals(List.of("munition", dropped, kept).stream().sorted().toList(), words(draft));

        Api.version(team.drafter(), draft, "Munition " + kept + " " + added + " munition.", 1);
        assertEquals(List.of("munition", added, kept).stream().sorted().toList(), words(draft));

        Api.version(team.drafter(), draft, "Munition " + kept + " " + added + " munition.", 2); // the same text
        assertEquals(List.of("munition", added, kept).stream().sorted().toList(), words(draft));
        hits(team, dropped, 0);
        hits(team, added + " " + kept, 1);
    }

    @SuppressWarnings("unchecked")
    private List<String> words(long draft) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object>) em.createNativeQuery(
                        "select word from search_word where draft_id = ?1 order by word")
                .setParameter(1, draft).getResultList()).stream().map(String::valueOf).toList());
    }

    private long indexed(long draft, String word) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from search_word where draft_id = ?1 and word = ?2")
                .setParameter(1, draft).setParameter(2, word).getSingleResult()).longValue());
    }

    private static void hits(Team team, String word, int total) {
        Api.as(team.drafter()).queryParam("q", word).get("/api/search").then().statusCode(200).body("total", equalTo(total));
    }
}
