package org.lexdraft.drafting;

import org.lexdraft.api.model.BracketReport;
import org.lexdraft.api.model.CreatedDraft;
import org.lexdraft.api.model.DraftStatus;
import org.lexdraft.api.model.LanguageVersion;
import org.lexdraft.api.model.TranslationOf;
import org.lexdraft.api.model.TermStatus;
import org.lexdraft.api.model.VersionSummary;
import org.lexdraft.api.model.Visibility;
import org.lexdraft.common.Times;
import org.lexdraft.common.VersionRef;
import org.lexdraft.delegation.Member;
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

    /** A fork's source, as the viewer may know it: a draft they cannot see is not named. */
    private static String basedOn(Draft d, Member viewer) {
        return d.basedOnDraft == null || !d.basedOnDraft.isVisibleTo(viewer)
                ? null : VersionRef.of(d.basedOnDraft.id, d.basedOnNumber);
    }

    /** A version's parent, unless it is in a draft the viewer cannot see (a private fork source). */
    private static String parent(DraftVersion v, Member viewer) {
        if (v.parentDraftId == null) {
            return null;
        }
        if (!v.parentDraftId.equals(v.draft.id)) {
            Draft source = Draft.findById(v.parentDraftId);
            if (source == null || !source.isVisibleTo(viewer)) {
                return null;
            }
        }
        return VersionRef.of(v.parentDraftId, v.parentNumber);
    }

    static org.lexdraft.api.model.Draft toApi(Draft d, Member viewer) {
        return new org.lexdraft.api.model.Draft()
                .id(d.id)
                .term(d.term.slug)
                .delegation(d.delegation.code)
                .title(d.title)
                .visibility(Visibility.fromValue(d.visibility))
                .status(DraftStatus.fromValue(d.status))
                .head(d.head)
                .basedOn(basedOn(d, viewer))
                .language(d.language)
                .translationOf(translationOf(d))
                .createdAt(Times.utc(d.createdAt))
                .updatedAt(Times.utc(d.updatedAt));
    }

    /** A language version shares its source's visibility, so whoever sees it sees the source. */
    static TranslationOf translationOf(Draft d) {
        if (!d.isLanguageVersion()) {
            return null;
        }
        return new TranslationOf()
                .draft(d.translationOf.id)
                .sourceVersion(d.sourceVersion)
                .sourceHead(d.translationOf.head)
                .outdated(isOutdated(d));
    }

    static boolean isOutdated(Draft languageVersion) {
        return languageVersion.sourceVersion < languageVersion.translationOf.head;
    }

    static LanguageVersion toLanguageVersion(Draft d) {
        return new LanguageVersion()
                .draft(d.id)
                .language(d.language)
                .head(d.head)
                .sourceVersion(d.sourceVersion)
                .outdated(isOutdated(d));
    }

    static CreatedDraft toCreated(Draft d, DraftVersion first, Member viewer) {
        return new CreatedDraft()
                .id(d.id)
                .term(d.term.slug)
                .delegation(d.delegation.code)
                .title(d.title)
                .visibility(Visibility.fromValue(d.visibility))
                .status(DraftStatus.fromValue(d.status))
                .head(d.head)
                .basedOn(basedOn(d, viewer))
                .language(d.language)
                .translationOf(translationOf(d))
                .createdAt(Times.utc(d.createdAt))
                .updatedAt(Times.utc(d.updatedAt))
                .version(toApi(first, viewer));
    }

    static org.lexdraft.api.model.Version toApi(DraftVersion v, Member viewer) {
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
                .parent(parent(v, viewer))
                .merged(v.merged)
                .base(v.baseNumber)
                .sourceVersion(v.sourceVersion)
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

    static VersionSummary toSummary(DraftVersion v, Member viewer) {
        return new VersionSummary()
                .number(v.number)
                .author(v.author.username)
                .delegation(v.delegation.code)
                .message(v.message)
                .createdAt(Times.utc(v.createdAt))
                .sha256(v.sha256)
                .length(v.length)
                .sourceVersion(v.sourceVersion)
                .parent(parent(v, viewer));
    }
}
