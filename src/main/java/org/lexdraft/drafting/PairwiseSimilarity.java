package org.lexdraft.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lexdraft.common.LexdraftConfig;
import org.lexdraft.common.SharedDeadline;
import org.lexdraft.drafting.SimilarityCache.Pair;
import org.lexdraft.text.Comparands;
import org.lexdraft.text.DiffEngine;
import org.lexdraft.text.WordProfile;

/**
 * The similarity matrix of a comparison, within a budget: kept pairs are read from the
 * {@link SimilarityCache}; new pairs are computed exactly (a word diff, as {@code /api/diff} gives
 * it) while {@code lexdraft.limits.comparison-budget} lasts, at least one per request so that
 * repeated requests always converge; the rest get a {@link WordProfile} estimate, which is
 * reported as such and never kept. Pairs are taken in the order of the matrix, row by row, and a
 * pair another request is computing is left to it.
 */
@ApplicationScoped
public class PairwiseSimilarity {

    /** The values, symmetric with 1 on the diagonal, and the pairs {@code [i, j]}, i &lt; j, that are estimates. */
    public record Matrix(double[][] values, List<int[]> estimated) {
    }

    @Inject
    SimilarityCache cache;

    @Inject
    SharedDeadline deadline;

    @Inject
    LexdraftConfig config;

    public Matrix of(List<Long> versionIds, List<String> texts) {
        long start = System.nanoTime();
        long budget = config.limits().comparisonBudget().toNanos();
        int n = texts.size();
        double[][] values = new double[n][n];
        List<int[]> missing = new ArrayList<>();
        List<Pair> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                if (texts.get(i).equals(texts.get(j))) {
                    set(values, i, j, 1.0);
                } else {
                    missing.add(new int[] {i, j});
                    keys.add(Pair.of(versionIds.get(i), versionIds.get(j)));
                }
            }
        }
        Double[] kept = cache.get(keys.toArray(Pair[]::new));
        List<int[]> uncached = new ArrayList<>();
        List<Pair> uncachedKeys = new ArrayList<>();
        for (int k = 0; k < kept.length; k++) {
            int[] pair = missing.get(k);
            if (kept[k] != null) {
                set(values, pair[0], pair[1], kept[k]);
            } else {
                uncached.add(pair);
                uncachedKeys.add(keys.get(k));
            }
        }
        List<int[]> left = computeExact(texts, uncached, uncachedKeys, values, start, budget);
        return new Matrix(values, estimate(texts, versionIds, left, values));
    }

    /** Computes what the budget allows; answers the pairs left, with their keys looked up again later. */
    private List<int[]> computeExact(List<String> texts, List<int[]> pairs, List<Pair> keys, double[][] values,
                                     long start, long budget) {
        List<int[]> left = new ArrayList<>();
        if (pairs.isEmpty()) {
            return left;
        }
        // each new pair gets a share of the diff deadline, as the pairs of one request always did
        DiffEngine engine = deadline.amongst(pairs.size());
        Comparands comparands = new Comparands();
        int[] prepared = new int[texts.size()];
        Arrays.fill(prepared, -1);
        boolean computedOne = false;
        for (int k = 0; k < pairs.size(); k++) {
            int[] pair = pairs.get(k);
            Pair key = keys.get(k);
            if (computedOne && System.nanoTime() - start >= budget) {
                left.addAll(pairs.subList(k, pairs.size()));
                break;
            }
            if (!cache.claim(key)) {
                left.add(pair);
                continue;
            }
            try {
                int a = prepare(comparands, prepared, texts, pair[0]);
                int b = prepare(comparands, prepared, texts, pair[1]);
                double similarity = comparands.similarity(a, b, engine);
                cache.put(key, similarity);
                set(values, pair[0], pair[1], similarity);
                computedOne = true;
            } finally {
                cache.release(key);
            }
        }
        return left;
    }

    /** Fills the pairs left: the exact value if another request kept it meanwhile, else an estimate. */
    private List<int[]> estimate(List<String> texts, List<Long> versionIds, List<int[]> left, double[][] values) {
        List<int[]> estimated = new ArrayList<>();
        WordProfile[] profiles = new WordProfile[texts.size()];
        for (int[] pair : left) {
            Double kept = cache.get(Pair.of(versionIds.get(pair[0]), versionIds.get(pair[1])));
            if (kept != null) {
                set(values, pair[0], pair[1], kept);
                continue;
            }
            set(values, pair[0], pair[1], profile(profiles, texts, pair[0]).estimate(profile(profiles, texts, pair[1])));
            estimated.add(pair);
        }
        estimated.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        return estimated;
    }

    private static int prepare(Comparands comparands, int[] prepared, List<String> texts, int index) {
        if (prepared[index] < 0) {
            prepared[index] = comparands.add(texts.get(index));
        }
        return prepared[index];
    }

    private static WordProfile profile(WordProfile[] profiles, List<String> texts, int index) {
        if (profiles[index] == null) {
            profiles[index] = WordProfile.of(texts.get(index));
        }
        return profiles[index];
    }

    private static void set(double[][] values, int i, int j, double value) {
        values[i][j] = value;
        values[j][i] = value;
    }
}
