package org.lexdraft.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.api.model.SearchHit;
import org.lexdraft.common.PageResult;
import org.lexdraft.delegation.Member;
import org.lexdraft.drafting.Draft;
import org.lexdraft.drafting.DraftVersion;
import org.lexdraft.drafting.Term;
import org.lexdraft.drafting.TermService;

/** Finds words and phrases in the head texts of the drafts the caller may see. */
@ApplicationScoped
public class SearchService {

    /** Drafts containing every word are checked for the phrases in their text; at most this many per search. */
    static final int MAX_CANDIDATES = 2_000;

    /** Code points of context on each side of the match in a snippet. */
    static final int CONTEXT = 60;

    @Inject
    CurrentMember current;

    @Inject
    TermService terms;

    @Inject
    EntityManager em;

    @Transactional(TxType.SUPPORTS)
    public PageResult<SearchHit> search(String q, String termSlug, int page, int size) {
        Member caller = current.get();
        Query query = Query.parse(q);
        Term term = termSlug == null ? null : terms.require(termSlug);
        List<Long> candidates = candidates(query, caller, term);
        List<SearchHit> hits = new ArrayList<>();
        if (!candidates.isEmpty()) {
            List<Object[]> heads = em.createQuery("select d, v from Draft d join fetch d.term join fetch d.delegation,"
                            + " DraftVersion v where v.draft = d and v.number = d.head and d.id in :ids order by d.createdAt, d.id", Object[].class)
                    .setParameter("ids", candidates).getResultList();
            for (Object[] row : heads) {
                Draft d = (Draft) row[0];
                DraftVersion v = (DraftVersion) row[1];
                if (!d.isVisibleTo(caller)) {
                    continue;
                }
                int[] match = query.firstMatch(Words.of(v.text));
                if (match != null) {
                    hits.add(hit(d, v, match));
                }
            }
        }
        int from = (int) Math.min(hits.size(), (long) page * size);
        int to = Math.min(hits.size(), from + size);
        return new PageResult<>(hits.subList(from, to), page, size, hits.size());
    }

    @SuppressWarnings("unchecked")
    private List<Long> candidates(Query query, Member caller, Term term) {
        var words = query.words();
        var sql = new StringBuilder("select d.id from search_word w join draft d on d.id = w.draft_id"
                + " where w.word in (:words) and (d.visibility = 'tabled' or d.delegation_id = :delegation)");
        if (term != null) {
            sql.append(" and d.term_id = :term");
        }
        // oldest drafts first, as in the hits (ids are random and say nothing of the order)
        sql.append(" group by d.id, d.created_at having count(*) = :n order by d.created_at, d.id");
        var nq = em.createNativeQuery(sql.toString())
                .setParameter("words", words)
                .setParameter("delegation", caller.delegation.id)
                .setParameter("n", words.size())
                .setMaxResults(MAX_CANDIDATES);
        if (term != null) {
            nq.setParameter("term", term.id);
        }
        return ((List<Number>) nq.getResultList()).stream().map(Number::longValue).toList();
    }

    private static SearchHit hit(Draft d, DraftVersion v, int[] match) {
        String text = v.text;
        int length = text.codePointCount(0, text.length());
        int from = Math.max(0, match[0] - CONTEXT);
        int to = Math.min(length, match[1] + CONTEXT);
        String snippet = (from > 0 ? "…" : "")
                + text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to))
                + (to < length ? "…" : "");
        return new SearchHit(d.id, d.term.slug, d.delegation.code, d.title, v.number, snippet, match[0], match[1]);
    }
}
