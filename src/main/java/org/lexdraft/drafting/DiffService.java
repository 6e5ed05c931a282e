package org.lexdraft.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Locale;
import org.lexdraft.api.model.Diff;
import org.lexdraft.api.model.DiffOpKind;
import org.lexdraft.api.model.DiffStats;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.common.Problems;
import org.lexdraft.common.VersionRef;
import org.lexdraft.delegation.Member;
import org.lexdraft.text.DiffEngine;
import org.lexdraft.text.Granularity;
import org.lexdraft.text.Redline;
import org.lexdraft.text.TextDiff;
import org.lexdraft.text.UnifiedPatch;

/** Diffs between any two versions the caller can see, in the three forms reviewers read. */
@ApplicationScoped
public class DiffService {

    /** What the caller asked to see. */
    public enum Format { JSON, REDLINE, PATCH }

    @Inject
    CurrentMember current;

    @Inject
    VersionService versions;

    @Inject
    DiffEngine engine;

    @Transactional(TxType.SUPPORTS)
    /** The diff as a JSON model (JSON) or as text (REDLINE, PATCH). */
    public Object diff(String from, String to, String granularity, Format format) {
        VersionRef fromRef = VersionRef.parseField("from", from);
        VersionRef toRef = VersionRef.parseField("to", to);
        Granularity g = granularity(granularity);
        Member caller = current.get();
        DraftVersion a = versions.requireVisible(fromRef, caller);
        DraftVersion b = versions.requireVisible(toRef, caller);
        return switch (format) {
            case PATCH -> UnifiedPatch.render(engine, label(fromRef), label(toRef), a.text, b.text);
            case REDLINE -> Redline.html(engine.diff(a.text, b.text, g));
            case JSON -> toApi(fromRef, toRef, g, engine.diff(a.text, b.text, g));
        };
    }

    static Granularity granularity(String value) {
        if (value == null || value.equals("word")) {
            return Granularity.WORD;
        }
        if (value.equals("char")) {
            return Granularity.CHAR;
        }
        throw Problems.invalidField("granularity", "must be word or char");
    }

    private static String label(VersionRef ref) {
        return "draft-" + ref.draftId() + "-v" + ref.number() + ".txt";
    }

    private static Diff toApi(VersionRef from, VersionRef to, Granularity g, TextDiff diff) {
        var stats = diff.stats();
        return new Diff()
                .from(from.toString())
                .to(to.toString())
                .granularity(Diff.GranularityEnum.fromValue(g.name().toLowerCase(Locale.ROOT)))
                .ops(diff.ops().stream()
                        .map(op -> new org.lexdraft.api.model.DiffOp()
                                .op(DiffOpKind.fromValue(op.kind().name().toLowerCase(Locale.ROOT)))
                                .text(op.text()))
                        .toList())
                .stats(new DiffStats()
                        .inserted(stats.inserted())
                        .deleted(stats.deleted())
                        .unchanged(stats.unchanged())
                        .similarity(stats.similarity()));
    }
}
