package org.lexdraft.drafting;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import org.lexdraft.api.model.CreatedDraft;
import org.lexdraft.api.model.DraftChanges;
import org.lexdraft.api.model.NewDraft;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.common.LanguageTags;
import org.lexdraft.common.PageResult;
import org.lexdraft.common.Problems;
import org.lexdraft.common.Times;
import org.lexdraft.common.VersionRef;
import org.lexdraft.delegation.Member;
import org.lexdraft.events.EventService;

/** Competing drafts of a term: who may create, see and change them. */
@ApplicationScoped
public class DraftService {

    @Inject
    CurrentMember current;

    @Inject
    TermService terms;

    @Inject
    VersionService versions;

    @Inject
    EventService events;

    @Transactional(TxType.SUPPORTS)
    public PageResult<org.lexdraft.api.model.Draft> list(String slug, String delegation, String status, String language,
                                                        int page, int size) {
        Member caller = current.get();
        Term term = terms.require(slug);
        Parameters params = Parameters.with("term", term).and("delegationId", caller.delegation.id);
        StringBuilder where = new StringBuilder("d.term = :term and " + TermService.VISIBLE);
        if (delegation != null) {
            where.append(" and d.delegation.code = :code");
            params.and("code", delegation);
        }
        if (status != null) {
            if (!java.util.Set.of(Draft.ACTIVE, Draft.WITHDRAWN, Draft.ADOPTED).contains(status)) {
                throw Problems.invalidField("status", "must be active, withdrawn or adopted");
            }
            where.append(" and d.status = :status");
            params.and("status", status);
        }
        if (language != null) {
            where.append(" and d.language = :language");
            params.and("language", LanguageTags.canonical("language", language));
        }
        var query = Draft.<Draft>find("from Draft d join fetch d.delegation where " + where + " order by d.createdAt, d.id", params)
                .page(Page.of(page, size));
        long total = Draft.count("from Draft d where " + where, params);
        return new PageResult<>(query.list().stream().map(d -> DraftingMapper.toApi(d, caller)).toList(), page, size, total);
    }

    @Transactional
    public CreatedDraft create(String slug, NewDraft request) {
        Member caller = current.get();
        Term term = terms.require(slug);
        if (!Member.DRAFTER.equals(caller.role) && !caller.isChair()) {
            throw Problems.forbidden("Observers do not table drafts.");
        }
        versions.checkTextLength("text", request.getText());
        String language = LanguageTags.canonical("language", request.getLanguage());
        DraftVersion source = null;
        if (request.getBasedOn() != null) {
            source = versions.requireVisible(VersionRef.parseField("basedOn", request.getBasedOn()), caller);
        }
        Instant now = Times.now();
        Draft d = new Draft();
        d.term = term;
        d.delegation = caller.delegation;
        d.title = Problems.requireText("title", request.getTitle());
        d.visibility = request.getVisibility() == null ? Draft.PRIVATE : request.getVisibility().toString();
        d.status = Draft.ACTIVE;
        d.head = 1;
        d.language = language;
        if (source != null) {
            d.basedOnDraft = source.draft;
            d.basedOnNumber = source.number;
        }
        d.createdAt = now;
        d.updatedAt = now;
        d.persist();
        DraftVersion first = versions.record(d, 1, request.getText(), request.getMessage(), caller, source, null, null, now);
        events.draftCreated(d, caller);
        return DraftingMapper.toCreated(d, first, caller);
    }

    @Transactional(TxType.SUPPORTS)
    public org.lexdraft.api.model.Draft get(long id) {
        Member caller = current.get();
        return DraftingMapper.toApi(requireVisible(id, caller, false), caller);
    }

    @Transactional
    public org.lexdraft.api.model.Draft update(long id, DraftChanges changes) {
        Member caller = current.get();
        Draft d = requireVisible(id, caller, true);
        boolean owner = caller.canWriteFor(d.delegation);
        boolean chair = caller.isChair();
        if (!owner && !chair) {
            throw Problems.forbidden("Only the drafters of " + d.delegation.code + " and the chair change this draft.");
        }
        if ((changes.getTitle() != null || changes.getVisibility() != null) && !owner) {
            throw Problems.forbidden("Only the drafters of " + d.delegation.code + " retitle or table this draft.");
        }
        String titleBefore = d.title;
        String statusBefore = d.status;
        boolean tabling = changes.getVisibility() != null && Draft.PRIVATE.equals(d.visibility)
                && Draft.TABLED.equals(changes.getVisibility().toString());
        if (changes.getVisibility() != null) {
            String visibility = changes.getVisibility().toString();
            if (Draft.PRIVATE.equals(visibility) && Draft.TABLED.equals(d.visibility)) {
                throw Problems.conflict("A tabled draft cannot be made private again: tabling is one way.");
            }
            if (d.isLanguageVersion() && !visibility.equals(d.visibility)) {
                throw Problems.conflict("Draft " + d.id + " is a language version of draft " + d.translationOf.id
                        + " and shares its visibility: table draft " + d.translationOf.id + " instead.");
            }
            if (Draft.TABLED.equals(visibility) && !Draft.TABLED.equals(d.visibility)) {
                // a language version is tabled with its source, and says so on the event stream
                for (Draft languageVersion : TranslationService.of(d)) {
                    languageVersion.visibility = Draft.TABLED;
                    languageVersion.updatedAt = Times.now();
                    events.draftChanged(languageVersion, caller, true, false);
                }
            }
            d.visibility = visibility;
        }
        if (changes.getTitle() != null) {
            d.title = Problems.requireText("title", changes.getTitle());
        }
        if (changes.getStatus() != null) {
            changeStatus(d, changes.getStatus().toString(), chair);
        }
        // a PATCH that changes nothing is answered as it stands: no new updatedAt, no event
        boolean updated = !d.title.equals(titleBefore) || !d.status.equals(statusBefore);
        if (tabling || updated) {
            d.updatedAt = Times.now();
            events.draftChanged(d, caller, tabling, updated);
        }
        return DraftingMapper.toApi(d, caller);
    }

    private void changeStatus(Draft d, String status, boolean chair) {
        if (status.equals(d.status)) {
            return;
        }
        if ((Draft.ADOPTED.equals(status) || Draft.ADOPTED.equals(d.status)) && !chair) {
            throw Problems.forbidden("Only the chair adopts a draft or reopens an adopted one.");
        }
        if (Draft.ADOPTED.equals(status)) {
            if (!Draft.TABLED.equals(d.visibility)) {
                throw Problems.conflict("Only a tabled draft can be adopted.");
            }
            // one adopted draft per term: concurrent adoptions of two drafts are serialised on the term
            Term.findById(d.term.id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            long adopted = Draft.count("term = ?1 and status = 'adopted' and id <> ?2", d.term, d.id);
            if (adopted > 0) {
                throw Problems.conflict("Another draft of " + d.term.slug + " is already adopted.");
            }
        }
        d.status = status;
    }

    /** The draft if the member may see it; otherwise 404, so private drafts are never revealed. */
    public Draft requireVisible(long id, Member caller, boolean lock) {
        Draft d = lock ? Draft.findById(id, LockModeType.PESSIMISTIC_WRITE) : Draft.findById(id);
        if (d == null || !d.isVisibleTo(caller)) {
            throw Problems.notFound("There is no draft " + id + ".");
        }
        return d;
    }
}
