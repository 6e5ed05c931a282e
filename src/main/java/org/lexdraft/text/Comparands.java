package org.lexdraft.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;

/**
 * Texts prepared to be compared with each other many times, as a term's comparison does: each is
 * tokenized once, its tokens numbered in one dictionary, so a pair costs only the diff itself.
 * {@link #similarity} answers exactly what {@link DiffEngine#similarity(String, String)} answers for
 * the two texts: each pair is encoded as that method would encode it (codes in order of first
 * occurrence, the same fallback once the alphabet is full), and equal code points are counted from
 * the token lengths instead of rebuilding the ops. Not thread-safe: one instance serves one request.
 */
public final class Comparands {

    private final List<String> texts = new ArrayList<>();
    private final List<int[]> tokenIds = new ArrayList<>();
    private final Map<String, Integer> dictionary = new HashMap<>();
    /** Per token id: its length in code points and its hash (for the full-alphabet fallback). */
    private int[] lengths = new int[1024];
    private int[] hashes = new int[1024];
    /** Per token id: its code in the pair being encoded, or -1 (reset after each pair). */
    private int[] codes = new int[1024];

    /** Tokenizes {@code text} as a word diff would; returns its index for {@link #similarity}. */
    public int add(String text) {
        List<String> tokens = Tokenizer.words(text);
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = idOf(tokens.get(i));
        }
        texts.add(text);
        tokenIds.add(ids);
        return texts.size() - 1;
    }

    public int size() {
        return texts.size();
    }

    /** The similarity of texts {@code i} and {@code j}, by a word diff under {@code engine}'s deadline. */
    public double similarity(int i, int j, DiffEngine engine) {
        String a = texts.get(i);
        String b = texts.get(j);
        if (a.equals(b)) {
            return 1.0;
        }
        // the order DiffEngine.similarity diffs in, so that the answer is the same
        boolean ordered = a.compareTo(b) < 0;
        int[] from = tokenIds.get(ordered ? i : j);
        int[] to = tokenIds.get(ordered ? j : i);
        DiffMatchPatch dmp = engine.newDiffMatchPatch();
        String encodedFrom;
        String encodedTo;
        int capacity = engine.tokenCapacity();
        int[] assigned = {0};
        try {
            encodedFrom = encode(from, capacity, assigned);
            encodedTo = encode(to, capacity, assigned);
        } finally {
            resetCodes(from);
            resetCodes(to);
        }
        LinkedList<Diff> diffs = dmp.diffMain(encodedFrom, encodedTo, false);
        dmp.diffCleanupSemantic(diffs);
        return similarityOf(diffs, from, to);
    }

    private int idOf(String token) {
        Integer known = dictionary.get(token);
        if (known != null) {
            return known;
        }
        int id = dictionary.size();
        if (id == lengths.length) {
            int grown = id * 2;
            lengths = Arrays.copyOf(lengths, grown);
            hashes = Arrays.copyOf(hashes, grown);
            codes = Arrays.copyOf(codes, grown);
        }
        lengths[id] = Texts.codePoints(token);
        hashes[id] = token.hashCode();
        codes[id] = -1;
        dictionary.put(token, id);
        return id;
    }

    /** As {@link TokenAlphabet#encode}, with the codes of this pair kept in {@link #codes}. */
    private String encode(int[] ids, int capacity, int[] assigned) {
        char[] encoded = new char[ids.length];
        for (int k = 0; k < ids.length; k++) {
            int id = ids[k];
            int code = codes[id];
            if (code < 0) {
                if (assigned[0] < capacity) {
                    code = TokenAlphabet.charAt(assigned[0]++);
                    codes[id] = code;
                } else {
                    code = TokenAlphabet.charAt(Math.floorMod(hashes[id], capacity));
                }
            }
            encoded[k] = (char) code;
        }
        return new String(encoded);
    }

    private void resetCodes(int[] ids) {
        for (int id : ids) {
            codes[id] = -1;
        }
    }

    /** {@link TextDiff#stats()}'s similarity, counted from the token lengths. */
    private double similarityOf(List<Diff> diffs, int[] from, int[] to) {
        long inserted = 0;
        long deleted = 0;
        long unchanged = 0;
        int i = 0;
        int j = 0;
        for (Diff diff : diffs) {
            int count = diff.text.length();
            switch (diff.operation) {
                case DELETE -> {
                    for (int k = 0; k < count; k++) {
                        deleted += lengths[from[i++]];
                    }
                }
                case INSERT -> {
                    for (int k = 0; k < count; k++) {
                        inserted += lengths[to[j++]];
                    }
                }
                case EQUAL -> {
                    for (int k = 0; k < count; k++) {
                        int source = from[i++];
                        int target = to[j++];
                        if (source == target) {
                            unchanged += lengths[source];
                        } else {
                            deleted += lengths[source];
                            inserted += lengths[target];
                        }
                    }
                }
            }
        }
        if (i != from.length || j != to.length) {
            throw new IllegalStateException("diff does not cover both texts");
        }
        long total = 2 * unchanged + inserted + deleted;
        return total == 0 ? 1.0 : 2.0 * unchanged / total;
    }
}
