package org.lexdraft.review;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexdraft.api.model.MatrixCell;
import org.lexdraft.api.model.MatrixDraft;
import org.lexdraft.api.model.NewPosition;
import org.lexdraft.api.model.PositionMatrix;
import org.lexdraft.api.model.Stance;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.common.Problems;
import org.lexdraft.common.Times;
import org.lexdraft.delegation.Delegation;
import org.lexdraft.delegation.Member;
import org.lexdraft.drafting.Draft;
import org.lexdraft.drafting.DraftService;
import org.lexdraft.drafting.Term;
import org.lexdraft.drafting.TermService;
import org.lexdraft.events.EventService;

/** Each delegation's stance on each draft: one current, the earlier ones kept. */
@ApplicationScoped
public class PositionService {

    @Inject
    CurrentMember current;

    @Inject
    DraftService drafts;

    @Inject
    TermService terms;

    @Inject
    EventService events;

    /** The new position, and whether it is the delegation's first on this draft. */
    public record Stated(org.lexdraft.api.model.Position position, boolean first) {
    }

    @Transactional
    public Stated put(long draftId, String code, NewPosition request) {
        Member caller = current.get();
        Draft d = drafts.requireVisible(draftId, caller, false);
        if (!caller.delegation.code.equals(code)) {
            throw Problems.forbidden("You state positions only for your own delegation, " + caller.delegation.code + ".");
        }
        if (!caller.canWriteFor(caller.delegation)) {
            throw Problems.forbidden("Observers do not state their delegation's position.");
        }
        if (request.getVersion() > d.head) {
            throw Problems.unprocessable("version", "draft " + d.id + " has no version " + request.getVersion());
        }
        // one statement of a delegation at a time, so that only one of simultaneous first ones is first
        Delegation.findById(caller.delegation.id, LockModeType.PESSIMISTIC_WRITE);
        boolean first = Position.count("draft = ?1 and delegation = ?2", d, caller.delegation) == 0;
        Position p = new Position();
        p.draft = d;
        p.delegation = caller.delegation;
        p.author = caller;
        p.stance = request.getStance().toString();
        p.versionNumber = request.getVersion();
        p.statement = request.getStatement() == null || request.getStatement().isBlank() ? null : request.getStatement().strip();
        p.createdAt = Times.now();
        p.persist();
        Stated stated = new Stated(ReviewMapper.toApi(historyOf(d, caller.delegation), d.head), first);
        events.positionChanged(p, caller);
        return stated;
    }

    @Transactional(TxType.SUPPORTS)
    public List<org.lexdraft.api.model.Position> list(long draftId) {
        Draft d = drafts.requireVisible(draftId, current.get(), false);
        Map<String, List<Position>> byDelegation = new LinkedHashMap<>();
        for (Position p : Position.<Position>find("from Position p join fetch p.delegation join fetch p.author"
                + " where p.draft = ?1 order by p.delegation.code, p.id desc", d).list()) {
            byDelegation.computeIfAbsent(p.delegation.code, k -> new ArrayList<>()).add(p);
        }
        return byDelegation.values().stream().map(h -> ReviewMapper.toApi(h, d.head)).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public PositionMatrix matrix(String slug) {
        Member caller = current.get();
        Term term = terms.require(slug);
        List<Draft> visible = Draft.<Draft>find("from Draft d join fetch d.delegation where d.term = :term and "
                + TermService.VISIBLE + " order by d.createdAt, d.id", Parameters.with("term", term)
                .and("delegationId", caller.delegation.id)).list();
        List<MatrixCell> cells = new ArrayList<>();
        if (!visible.isEmpty()) {
            Map<String, Position> currentStances = new LinkedHashMap<>();
            for (Position p : Position.<Position>find("from Position p join fetch p.delegation join fetch p.draft"
                    + " where p.draft in ?1 order by p.id", visible).list()) {
                currentStances.put(p.draft.id + "/" + p.delegation.code, p);
            }
            // by delegation, then in the order of the drafts (oldest first; ids are random)
            Map<Long, Integer> order = new HashMap<>();
            for (Draft d : visible) {
                order.put(d.id, order.size());
            }
            currentStances.values().stream()
                    .sorted(Comparator.comparing((Position p) -> p.delegation.code)
                            .thenComparing(p -> order.get(p.draft.id)))
                    .forEach(p -> cells.add(new MatrixCell()
                            .delegation(p.delegation.code)
                            .draft(p.draft.id)
                            .stance(Stance.fromValue(p.stance))
                            .version(p.versionNumber)
                            .outdated(p.versionNumber < p.draft.head)));
        }
        List<String> delegations = Delegation.<Delegation>findAll(Sort.by("code")).stream().map(x -> x.code).toList();
        return new PositionMatrix()
                .term(slug)
                .delegations(delegations)
                .drafts(visible.stream().map(d -> new MatrixDraft().id(d.id).delegation(d.delegation.code)
                        .title(d.title).head(d.head)).toList())
                .cells(cells);
    }

    private static List<Position> historyOf(Draft d, Delegation delegation) {
        return Position.<Position>find("draft = ?1 and delegation = ?2", Sort.descending("id"), d, delegation).list();
    }
}
