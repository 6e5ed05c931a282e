package org.lexdraft.drafting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.api.model.ComparedDraft;
import org.lexdraft.api.model.Comparison;
import org.lexdraft.api.model.DraftStatus;
import org.lexdraft.api.model.LanguageVersion;
import org.lexdraft.api.model.Visibility;
import org.lexdraft.common.LexdraftConfig;
import org.lexdraft.common.Problems;
import org.lexdraft.delegation.Member;
import org.lexdraft.text.BracketScan;
import org.lexdraft.text.Texts;

/**
 * How the competing drafts of a term compare: their heads side by side and the matrix of their
 * similarities ({@link PairwiseSimilarity}, bounded in time). The heads are counted before they are
 * loaded, so a comparison too large to hold is refused before it costs anything. A comparison sent
 * once is sent again from {@link ComparisonCache} while nothing it shows has changed, which one
 * light query tells.
 */
@ApplicationScoped
public class ComparisonService {

    private static final String HEADS = "from DraftVersion v join v.draft d where d.term = :term and v.number = d.head"
            + " and d.translationOf is null and " + TermService.VISIBLE;

    @Inject
    CurrentMember current;

    @Inject
    TermService terms;

    @Inject
    PairwiseSimilarity similarity;

    /**
     * Every field of every visible draft of the term that a comparison shows or that its texts follow
     * from, and updatedAt, which every change to a draft moves.
     */
    private static final String SHOWN = "select d.id, d.head, d.title, d.status, d.visibility, d.language, d.sourceVersion,"
            + " d.translationOf.id, d.delegation.code, d.updatedAt from Draft d where d.term = :term and " + TermService.VISIBLE
            + " order by d.id";

    @Inject
    LexdraftConfig config;

    @Inject
    ComparisonCache cache;

    @Inject
    ObjectMapper json;

    /** The comparison as JSON, from the cache when nothing it shows has changed since it was made. */
    @Transactional(TxType.SUPPORTS)
    public byte[] comparisonJson(String slug) {
        Member caller = current.get();
        Term term = terms.require(slug);
        Parameters visible = Parameters.with("term", term).and("delegationId", caller.delegation.id);
        String key = keyOf(slug, visible);
        byte[] cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Comparison comparison = compare(slug, caller, visible);
        byte[] body;
        try {
            body = json.writeValueAsBytes(comparison);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the comparison of " + slug, e);
        }
        // kept only when complete and when nothing changed while it was made (every change moves updatedAt)
        if (comparison.getEstimatedPairs().isEmpty() && key.equals(keyOf(slug, visible))) {
            cache.put(key, body);
        }
        return body;
    }

    /** A digest of what the caller's delegation sees of the term's drafts (a comparison follows from it alone). */
    private static String keyOf(String slug, Parameters visible) {
        List<Object[]> shown = Draft.getEntityManager().createQuery(SHOWN, Object[].class)
                .setParameter("term", visible.map().get("term"))
                .setParameter("delegationId", visible.map().get("delegationId")).getResultList();
        StringBuilder fields = new StringBuilder();
        for (Object[] draft : shown) {
            for (Object field : draft) {
                // lengths first, so that no two different rows read the same
                String value = String.valueOf(field);
                fields.append(value.length()).append(':').append(value).append(';');
            }
        }
        return slug + "|" + visible.map().get("delegationId") + "|" + Texts.sha256Hex(fields.toString());
    }

    private Comparison compare(String slug, Member caller, Parameters visible) {
        checkSize(visible);
        List<DraftVersion> heads = DraftVersion.<DraftVersion>find(HEADS.replace("join v.draft d",
                        "join fetch v.draft d join fetch d.delegation") + " order by d.createdAt, d.id", visible).list();
        Map<Long, List<LanguageVersion>> translations = translationsOf(heads, caller);
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
        PairwiseSimilarity.Matrix matrix = similarity.of(heads.stream().map(h -> h.id).toList(),
                heads.stream().map(h -> h.text).toList());
        List<List<Double>> rows = new ArrayList<>(heads.size());
        for (double[] row : matrix.values()) {
            List<Double> values = new ArrayList<>(row.length);
            for (double value : row) {
                values.add(value);
            }
            rows.add(values);
        }
        List<List<Integer>> estimated = matrix.estimated().stream().map(p -> List.of(p[0], p[1])).toList();
        return new Comparison().term(slug).drafts(drafts).similarity(rows).estimatedPairs(new ArrayList<>(estimated));
    }

    private void checkSize(Parameters visible) {
        Object[] size = DraftVersion.getEntityManager()
                .createQuery("select count(v), coalesce(sum(v.length), 0) " + HEADS, Object[].class)
                .setParameter("term", visible.map().get("term"))
                .setParameter("delegationId", visible.map().get("delegationId"))
                .getSingleResult();
        long drafts = ((Number) size[0]).longValue();
        long length = ((Number) size[1]).longValue();
        if (drafts > config.limits().maxComparedDrafts()) {
            throw Problems.comparisonTooLarge("drafts", drafts, config.limits().maxComparedDrafts());
        }
        if (length > config.limits().maxComparisonLength()) {
            throw Problems.comparisonTooLarge("code points of text", length, config.limits().maxComparisonLength());
        }
    }

    /** The language versions of the drafts of these heads, by source draft id, in one query. */
    private static Map<Long, List<LanguageVersion>> translationsOf(List<DraftVersion> heads, Member caller) {
        Map<Long, List<LanguageVersion>> bySource = new HashMap<>();
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
}
