package org.lexdraft.drafting;

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
import org.lexdraft.access.CurrentMember;
import org.lexdraft.common.VersionRef;
import org.lexdraft.delegation.Member;
import org.lexdraft.text.AttributedSpan;
import org.lexdraft.text.VersionKey;

/** Who wrote which words (blame). */
@ApplicationScoped
public class AnalysisService {

    @Inject
    CurrentMember current;

    @Inject
    VersionService versions;

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
