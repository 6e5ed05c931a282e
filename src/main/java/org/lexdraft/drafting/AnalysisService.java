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
import java.util.Set;
import java.util.TreeSet;
import org.lexdraft.api.model.Blame;
import org.lexdraft.api.model.BlameSpan;
import org.lexdraft.api.model.ComparedDraft;
import org.lexdraft.api.model.Comparison;
import org.lexdraft.api.model.DraftStatus;
import org.lexdraft.api.model.Visibility;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.common.SharedDeadline;
import org.lexdraft.common.VersionRef;
import org.lexdraft.delegation.Member;
import org.lexdraft.text.AttributedSpan;
import org.lexdraft.text.BracketScan;
import org.lexdraft.text.DiffEngine;
import org.lexdraft.text.VersionKey;

/** Who wrote which words (blame) and how the competing drafts of a term compare. */
@ApplicationScoped
public class AnalysisService {

    @Inject
    CurrentMember current;

    @Inject
    VersionService versions;

    @Inject
    TermService terms;

    @Inject
    SharedDeadline deadline;

    @Transactional(TxType.SUPPORTS)
    public Blame blame(long draftId, int number) {
        Member caller = current.get();
        DraftVersion version = versions.requireVisible(new VersionRef(draftId, number), caller);
        List<AttributedSpan<VersionKey>> spans = versions.blameOf(version);
        Map<VersionKey, DraftVersion> origins = origins(spans);
        // The drafts this one descends from, nearest first. Words from one the caller may not see
        // (a private draft someone forked) are credited to the first version of the nearest visible
        // draft that carried them on.
        List<Draft> ancestry = new ArrayList<>();
        for (Draft d = version.draft; d != null; d = d.basedOnDraft) {
            ancestry.add(d);
        }
        Map<Long, DraftVersion> creditFor = new HashMap<>();
        List<BlameSpan> out = new ArrayList<>();
        for (AttributedSpan<VersionKey> span : spans) {
            DraftVersion origin = origins.get(span.origin());
            if (origin == null || !origin.draft.isVisibleTo(caller)) {
                origin = creditFor.computeIfAbsent(span.origin().draftId(), hidden -> visibleCarrier(ancestry, hidden, caller));
            }
            BlameSpan previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.getEnd() == span.start()
                    && previous.getDraft() == origin.draft.id.longValue() && previous.getVersion() == origin.number) {
                previous.setEnd(span.end());
                continue;
            }
            out.add(new BlameSpan()
                    .start(span.start())
                    .end(span.end())
                    .draft(origin.draft.id)
                    .version(origin.number)
                    .delegation(origin.delegation.code)
                    .author(origin.author.username));
        }
        return new Blame().draft(draftId).version(number).spans(out);
    }

    /** The first version of the nearest draft, on the way from {@code hidden} to the draft read, that the caller sees. */
    private static DraftVersion visibleCarrier(List<Draft> ancestry, long hidden, Member caller) {
        int at = 0;
        for (int i = 0; i < ancestry.size(); i++) {
            if (ancestry.get(i).id == hidden) {
                at = i;
                break;
            }
        }
        for (int i = at; i >= 0; i--) {
            if (ancestry.get(i).isVisibleTo(caller)) {
                return DraftVersion.findByNumber(ancestry.get(i).id, 1).orElseThrow();
            }
        }
        return DraftVersion.findByNumber(ancestry.get(0).id, 1).orElseThrow();
    }

    @Transactional(TxType.SUPPORTS)
    public Comparison comparison(String slug) {
        Member caller = current.get();
        Term term = terms.require(slug);
        List<DraftVersion> heads = DraftVersion.<DraftVersion>find("from DraftVersion v join fetch v.draft d"
                        + " join fetch d.delegation where d.term = :term and v.number = d.head and d.translationOf is null and "
                        + TermService.VISIBLE + " order by d.createdAt, d.id",
                Parameters.with("term", term).and("delegationId", caller.delegation.id)).list();
        Map<Long, List<org.lexdraft.api.model.LanguageVersion>> translations = translationsOf(heads, caller);
        List<ComparedDraft> drafts = new ArrayList<>();
        for (DraftVersion head : heads) {
            Draft d = head.draft;
            BracketScan brackets = BracketScan.of(head.text);
            drafts.add(new ComparedDraft()
                    .id(d.id)
                    .delegation(d.delegation.code)
                    .title(d.title)
                    .visibility(Visibility.fromValue(d.visibility))
                    .status(DraftStatus.fromValue(d.status))
                    .head(d.head)
                    .text(head.text)
                    .length(head.length)
                    .openBrackets(brackets.openCount())
                    .unbracketedShare(brackets.unbracketedShare())
                    .translations(translations.getOrDefault(d.id, List.of())));
        }
        int n = heads.size();
        double[][] similarity = new double[n][n];
        // the pairs share one deadline: many long, unrelated drafts are then compared by coarser diffs
        DiffEngine pairwise = deadline.amongst((long) n * (n - 1) / 2);
        for (int i = 0; i < n; i++) {
            similarity[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                similarity[i][j] = pairwise.similarity(heads.get(i).text, heads.get(j).text);
                similarity[j][i] = similarity[i][j];
            }
        }
        List<List<Double>> matrix = new ArrayList<>();
        for (double[] row : similarity) {
            List<Double> values = new ArrayList<>(n);
            for (double value : row) {
                values.add(value);
            }
            matrix.add(values);
        }
        return new Comparison().term(slug).drafts(drafts).similarity(matrix);
    }

    /** The language versions of the drafts of these heads, by source draft id, in one query. */
    private static Map<Long, List<org.lexdraft.api.model.LanguageVersion>> translationsOf(List<DraftVersion> heads,
                                                                                          Member caller) {
        Map<Long, List<org.lexdraft.api.model.LanguageVersion>> bySource = new HashMap<>();
        if (heads.isEmpty()) {
            return bySource;
        }
        List<Draft> sources = heads.stream().map(h -> h.draft).toList();
        Draft.<Draft>find("from Draft d join fetch d.translationOf where d.translationOf in :sources and "
                                + TermService.VISIBLE + " order by d.language",
                        Parameters.with("sources", sources).and("delegationId", caller.delegation.id)).list()
                .forEach(t -> bySource.computeIfAbsent(t.translationOf.id, k -> new ArrayList<>())
                        .add(DraftingMapper.toLanguageVersion(t)));
        return bySource;
    }

    /** The versions named by the spans, loaded with one query per draft. */
    private static Map<VersionKey, DraftVersion> origins(List<AttributedSpan<VersionKey>> spans) {
        Map<Long, Set<Integer>> wanted = new HashMap<>();
        for (AttributedSpan<VersionKey> span : spans) {
            wanted.computeIfAbsent(span.origin().draftId(), k -> new TreeSet<>()).add(span.origin().number());
        }
        Map<VersionKey, DraftVersion> found = new HashMap<>();
        wanted.forEach((draftId, numbers) -> DraftVersion.<DraftVersion>find(
                        "from DraftVersion v join fetch v.draft join fetch v.author join fetch v.delegation"
                                + " where v.draft.id = ?1 and v.number in ?2", draftId, numbers).list()
                .forEach(v -> found.put(new VersionKey(v.draft.id, v.number), v)));
        return found;
    }
}
