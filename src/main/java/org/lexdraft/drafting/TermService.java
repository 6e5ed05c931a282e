package org.lexdraft.drafting;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lexdraft.api.model.NewTerm;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.common.PageResult;
import org.lexdraft.common.Problems;
import org.lexdraft.common.Times;
import org.lexdraft.delegation.Member;

@ApplicationScoped
public class TermService {

    /** The drafts a member may see: tabled ones and their own delegation's. Alias {@code d}. */
    public static final String VISIBLE = "(d.visibility = 'tabled' or d.delegation.id = :delegationId)";

    @Inject
    CurrentMember current;

    @Inject
    EntityManager em;

    @Transactional(TxType.SUPPORTS)
    public PageResult<org.lexdraft.api.model.Term> list(int page, int size) {
        Member caller = current.get();
        var query = Term.<Term>findAll(Sort.by("slug")).page(Page.of(page, size));
        List<Term> terms = query.list();
        Map<Long, Long> counts = visibleDraftCounts(caller, terms);
        Map<Long, Boolean> agreed = agreed(terms);
        return new PageResult<>(terms.stream()
                .map(t -> DraftingMapper.toApi(t, agreed.getOrDefault(t.id, false), counts.getOrDefault(t.id, 0L)))
                .toList(), page, size, query.count());
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<org.lexdraft.api.model.Term> get(String slug) {
        Member caller = current.get();
        return Term.findBySlug(slug).map(t -> DraftingMapper.toApi(t,
                agreed(List.of(t)).getOrDefault(t.id, false),
                visibleDraftCounts(caller, List.of(t)).getOrDefault(t.id, 0L)));
    }

    @Transactional
    public org.lexdraft.api.model.Term create(NewTerm request) {
        if (!current.get().isChair()) {
            throw Problems.forbidden("Only the chair puts terms on the agenda.");
        }
        if (Term.findBySlug(request.getSlug()).isPresent()) {
            throw Problems.duplicate("A term with slug " + request.getSlug() + " already exists.");
        }
        Term t = new Term();
        t.slug = request.getSlug();
        t.label = Problems.requireText("label", request.getLabel());
        t.context = request.getContext() == null ? "" : request.getContext().strip();
        t.createdAt = Times.now();
        t.persistAndFlush();
        return DraftingMapper.toApi(t, false, 0);
    }

    public Term require(String slug) {
        return Term.findBySlug(slug).orElseThrow(() -> Problems.notFound("There is no term " + slug + "."));
    }

    private Map<Long, Long> visibleDraftCounts(Member caller, List<Term> terms) {
        Map<Long, Long> counts = new HashMap<>();
        if (terms.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("select d.term.id, count(d) from Draft d where d.term in :terms and "
                        + VISIBLE + " group by d.term.id", Object[].class)
                .setParameter("terms", terms)
                .setParameter("delegationId", caller.delegation.id)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** A term is agreed while one of its drafts is adopted (only tabled drafts can be). */
    private Map<Long, Boolean> agreed(List<Term> terms) {
        Map<Long, Boolean> agreed = new HashMap<>();
        if (terms.isEmpty()) {
            return agreed;
        }
        em.createQuery("select distinct d.term.id from Draft d where d.term in :terms and d.status = 'adopted'", Long.class)
                .setParameter("terms", terms)
                .getResultList()
                .forEach(id -> agreed.put(id, true));
        return agreed;
    }
}
