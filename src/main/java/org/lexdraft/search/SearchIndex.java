package org.lexdraft.search;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.lexdraft.drafting.HeadChanged;

/**
 * The word index: for each draft, the distinct words of its head text, rewritten in the
 * transaction that records a new head. Plain tables and an index on (word, draft), so the same
 * search runs on H2 and PostgreSQL.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    @Inject
    EntityManager em;

    void onHeadChanged(@Observes HeadChanged head) {
        index(head.draftId(), head.number(), head.text());
    }

    /**
     * Drafts written before the index existed (or by an older version of lexdraft) are indexed once at
     * start. Native SQL: the first HQL query of a process costs about half a second (Hibernate builds
     * its HQL parser), which start-up need not pay.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    void onStart(@Observes StartupEvent event) {
        List<Object[]> stale = em.createNativeQuery("select d.id, d.head, v.text from draft d"
                + " join draft_version v on v.draft_id = d.id and v.number = d.head"
                + " where not exists (select 1 from search_indexed s where s.draft_id = d.id and s.version = d.head)")
                .getResultList();
        for (Object[] row : stale) {
            index(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), (String) row[2]);
        }
        if (!stale.isEmpty()) {
            LOG.infof("Indexed the head texts of %d drafts for search", stale.size());
        }
    }

    private void index(long draftId, int number, String text) {
        Set<String> words = new LinkedHashSet<>();
        Words.of(text).forEach(w -> words.add(w.folded()));
        // one flush (search_word references the draft, which may be new in this transaction), then one
        // delete and one JDBC batch on the transaction's connection: a native query per word made
        // Hibernate parse each statement and flush the persistence context before each
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from search_word where draft_id = ?")) {
                delete.setLong(1, draftId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into search_word (draft_id, word) values (?, ?)")) {
                for (String word : words) {
                    insert.setLong(1, draftId);
                    insert.setString(2, word);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        SearchIndexed marker = em.find(SearchIndexed.class, draftId);
        if (marker == null) {
            marker = new SearchIndexed();
            marker.draftId = draftId;
            marker.version = number;
            em.persist(marker);
        } else {
            marker.version = number;
        }
    }
}
