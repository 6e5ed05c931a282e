package org.lexdraft.drafting;

import org.lexdraft.api.model.BracketReport;
import org.lexdraft.api.model.CreatedDraft;
import org.lexdraft.api.model.DraftStatus;
import org.lexdraft.api.model.TermStatus;
import org.lexdraft.api.model.VersionSummary;
import org.lexdraft.api.model.Visibility;
import org.lexdraft.common.Times;
import org.lexdraft.common.VersionRef;
import org.lexdraft.text.BracketScan;
import org.lexdraft.text.MergeConflict;

/** Terms, drafts and versions as the API shows them. */
final class DraftingMapper {

    private DraftingMapper() {
    }

    static org.lexdraft.api.model.Term toApi(Term t, boolean agreed, long visibleDrafts) {
        return new org.lexdraft.api.model.Term()
                .slug(t.slug)
                .label(t.label)
                .context(t.context)
                .status(agreed ? TermStatus.AGREED : TermStatus.OPEN)
                .draftCount((int) visibleDrafts);
    }

    static org.lexdraft.api.model.Draft toApi(Draft d) {
        return new org.lexdraft.api.model.Draft()
                .id(d.id)
                .term(d.term.slug)
                .delegation(d.delegation.code)
                .title(d.title)
                .visibility(Visibility.fromValue(d.visibility))
                .status(DraftStatus.fromValue(d.status))
                .head(d.head)
                .basedOn(d.basedOnDraft == null ? null : VersionRef.of(d.basedOnDraft.id, d.basedOnNumber))
                .createdAt(Times.utc(d.createdAt))
                .updatedAt(Times.utc(d.updatedAt));
    }

    static CreatedDraft toCreated(Draft d, DraftVersion first) {
        return new CreatedDraft()
                .id(d.id)
                .term(d.term.slug)
                .delegation(d.delegation.code)
                .title(d.title)
                .visibility(Visibility.fromValue(d.visibility))
                .status(DraftStatus.fromValue(d.status))
                .head(d.head)
                .basedOn(d.basedOnDraft == null ? null : VersionRef.of(d.basedOnDraft.id, d.basedOnNumber))
                .createdAt(Times.utc(d.createdAt))
                .updatedAt(Times.utc(d.updatedAt))
                .version(toApi(first));
    }

    static org.lexdraft.api.model.Version toApi(DraftVersion v) {
        return new org.lexdraft.api.model.Version()
                .draft(v.draft.id)
                .number(v.number)
                .text(v.text)
                .message(v.message)
                .author(v.author.username)
                .delegation(v.delegation.code)
                .createdAt(Times.utc(v.createdAt))
                .sha256(v.sha256)
                .length(v.length)
                .parent(VersionRef.of(v.parentDraftId, v.parentNumber))
                .merged(v.merged)
                .base(v.baseNumber)
                .brackets(toApi(BracketScan.of(v.text)));
    }

    static BracketReport toApi(BracketScan scan) {
        return new BracketReport()
                .open(scan.openCount())
                .unmatched(scan.unmatched())
                .unbracketedShare(scan.unbracketedShare())
                .spans(scan.spans().stream()
                        .map(s -> new org.lexdraft.api.model.BracketSpan()
                                .start(s.start()).end(s.end()).depth(s.depth()).alternatives(s.alternatives()))
                        .toList());
    }

    static org.lexdraft.api.model.MergeConflict toApi(MergeConflict c) {
        return new org.lexdraft.api.model.MergeConflict()
                .baseStart(c.baseStart())
                .baseEnd(c.baseEnd())
                .base(c.base())
                .client(c.client())
                .head(c.head());
    }

    static VersionSummary toSummary(DraftVersion v) {
        return new VersionSummary()
                .number(v.number)
                .author(v.author.username)
                .delegation(v.delegation.code)
                .message(v.message)
                .createdAt(Times.utc(v.createdAt))
                .sha256(v.sha256)
                .length(v.length)
                .parent(VersionRef.of(v.parentDraftId, v.parentNumber));
    }
}
