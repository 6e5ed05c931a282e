package org.lexdraft.drafting;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lexdraft.api.model.BlameSpan;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.common.LexdraftConfig;
import org.lexdraft.common.Problems;
import org.lexdraft.common.Times;
import org.lexdraft.common.VersionRef;
import org.lexdraft.delegation.Member;
import org.lexdraft.export.Compilation;
import org.lexdraft.export.DiffDocument;
import org.lexdraft.export.VersionDocument;
import org.lexdraft.text.BracketScan;
import org.lexdraft.text.DiffEngine;
import org.lexdraft.text.DiffOp;
import org.lexdraft.text.Granularity;
import org.lexdraft.text.TextDiff;

/**
 * The documents that exports render, gathered under the same visibility rule as every other read:
 * a version, a diff with each change credited, a term's compilation. The export package renders them
 * and never sees an entity.
 */
@ApplicationScoped
public class ExportService {

    @Inject
    CurrentMember current;

    @Inject
    VersionService versions;

    @Inject
    AnalysisService analysis;

    @Inject
    TermService terms;

    @Inject
    DiffEngine engine;

    @Inject
    LexdraftConfig config;

    @Transactional(TxType.SUPPORTS)
    public VersionDocument version(long draftId, int number) {
        Member caller = current.get();
        return document(versions.requireVisible(new VersionRef(draftId, number), caller));
    }

    /**
     * The diff from one version to another. An insertion is credited to the version that introduced
     * those words (the blame of {@code to}, which credits words from drafts the caller may not see to
     * the nearest visible carrier); a deletion to the {@code to} version.
     */
    @Transactional(TxType.SUPPORTS)
    public DiffDocument diff(String from, String to, String granularity) {
        VersionRef fromRef = VersionRef.parseField("from", from);
        VersionRef toRef = VersionRef.parseField("to", to);
        Granularity g = DiffService.granularity(granularity);
        Member caller = current.get();
        DraftVersion a = versions.requireVisible(fromRef, caller);
        DraftVersion b = versions.requireVisible(toRef, caller);
        TextDiff diff = engine.diff(a.text, b.text, g);
        List<BlameSpan> spans = analysis.blame(b.draft.id, b.number).getSpans();
        Map<String, DiffDocument.Credit> credits = new HashMap<>();
        DiffDocument.Credit deleter = credit(b);
        List<DiffDocument.Change> changes = new ArrayList<>();
        int position = 0; // code points into b's text
        int span = 0;
        for (DiffOp op : diff.ops()) {
            int length = op.text().codePointCount(0, op.text().length());
            switch (op.kind()) {
                case EQUAL -> changes.add(new DiffDocument.Change(DiffDocument.Kind.EQUAL, op.text(), null));
                case DELETE -> changes.add(new DiffDocument.Change(DiffDocument.Kind.DELETE, op.text(), deleter));
                case INSERT -> {
                    int cut = 0; // UTF-16 offset into op.text()
                    int at = position;
                    while (at < position + length) {
                        while (span < spans.size() - 1 && spans.get(span).getEnd() <= at) {
                            span++;
                        }
                        BlameSpan origin = spans.get(span);
                        int until = Math.min(origin.getEnd(), position + length);
                        int next = op.text().offsetByCodePoints(cut, until - at);
                        DiffDocument.Credit credit = credits.computeIfAbsent(origin.getDraft() + ":" + origin.getVersion(),
                                key -> credit(DraftVersion.findByNumber(origin.getDraft(), origin.getVersion()).orElse(b)));
                        changes.add(new DiffDocument.Change(DiffDocument.Kind.INSERT, op.text().substring(cut, next), credit));
                        cut = next;
                        at = until;
                    }
                }
            }
            if (op.kind() != org.lexdraft.text.DiffOp.Kind.DELETE) {
                position += length;
            }
        }
        String title = "Changes from " + label(a) + " to " + label(b);
        return new DiffDocument(fromRef.toString(), toRef.toString(), title, b.draft.language, changes);
    }

    /** The heads of the term's competing drafts the caller may see, each with its language versions. */
    @Transactional(TxType.SUPPORTS)
    public Compilation compilation(String slug) {
        Member caller = current.get();
        Term term = terms.require(slug);
        Parameters params = Parameters.with("term", term).and("delegationId", caller.delegation.id);
        List<DraftVersion> heads = DraftVersion.<DraftVersion>find("from DraftVersion v join fetch v.draft d"
                + " join fetch d.delegation where d.term = :term and v.number = d.head and d.translationOf is null and "
                + TermService.VISIBLE + " order by d.createdAt, d.id", params).list();
        List<DraftVersion> translated = DraftVersion.<DraftVersion>find("from DraftVersion v join fetch v.draft d"
                + " join fetch d.delegation where d.term = :term and v.number = d.head and d.translationOf is not null and "
                + TermService.VISIBLE + " order by d.language", params).list();
        long length = 0;
        for (DraftVersion v : heads) {
            length += v.length;
        }
        for (DraftVersion v : translated) {
            length += v.length;
        }
        int limit = config.limits().maxExportLength();
        if (length > limit) {
            throw Problems.exportTooLarge(length, limit);
        }
        Map<Long, List<VersionDocument>> bySource = new HashMap<>();
        for (DraftVersion t : translated) {
            bySource.computeIfAbsent(t.draft.translationOf.id, k -> new ArrayList<>()).add(document(t));
        }
        List<Compilation.Entry> entries = heads.stream()
                .map(h -> new Compilation.Entry(document(h), bySource.getOrDefault(h.draft.id, List.of())))
                .toList();
        return new Compilation(term.slug, term.label, term.context, Times.now(), entries);
    }

    private static VersionDocument document(DraftVersion v) {
        Draft d = v.draft;
        BracketScan brackets = BracketScan.of(v.text);
        VersionDocument.Translation translation = null;
        if (d.isLanguageVersion()) {
            // a language version shares its source's visibility: whoever sees it sees the source
            translation = new VersionDocument.Translation(d.translationOf.id, v.sourceVersion, d.translationOf.head,
                    d.translationOf.language);
        }
        return new VersionDocument(d.term.slug, d.term.label, d.id, d.title, d.delegation.code, d.delegation.name,
                d.language, v.number, v.createdAt, v.author.displayName, v.text, brackets.openCount(),
                brackets.unbracketedShare(), translation);
    }

    private static DiffDocument.Credit credit(DraftVersion v) {
        return new DiffDocument.Credit(v.delegation.code, v.author.displayName, v.createdAt);
    }

    private static String label(DraftVersion v) {
        return "draft " + v.draft.id + " (" + v.draft.delegation.code + ", " + v.draft.language + ") version " + v.number;
    }
}
