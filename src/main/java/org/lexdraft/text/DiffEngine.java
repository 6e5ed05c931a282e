package org.lexdraft.text;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;

/**
 * Computes exact diffs with diff-match-patch, in words or characters, without ever cutting a
 * surrogate pair. Thread-safe: each call uses a diff-match-patch instance of its own.
 */
public final class DiffEngine {

    private static final double MAX_TIMEOUT_SECONDS = Integer.MAX_VALUE;

    private final float timeoutSeconds;
    private final int tokenCapacity;

    /**
     * @param deadline how long diff-match-patch may search for a minimal diff; past it the diff
     *                 is coarser (larger replaced pieces) but still exact. Must be positive,
     *                 because diff-match-patch reads zero as "no limit".
     */
    public DiffEngine(Duration deadline) {
        this(deadline, TokenAlphabet.MAX_CAPACITY);
    }

    /** For tests: a small {@code tokenCapacity} forces distinct tokens to share encoding chars. */
    DiffEngine(Duration deadline, int tokenCapacity) {
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive: " + deadline);
        }
        // Capped because diff-match-patch adds the timeout in milliseconds to the current time,
        // which would overflow to a deadline in the past.
        double seconds = Math.min(deadline.getSeconds() + deadline.getNano() / 1e9, MAX_TIMEOUT_SECONDS);
        this.timeoutSeconds = (float) seconds;
        this.tokenCapacity = TokenAlphabet.checkCapacity(tokenCapacity);
    }

    public TextDiff diff(String from, String to, Granularity granularity) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<DiffOp> ops = switch (Objects.requireNonNull(granularity, "granularity")) {
            // Semantic cleanup so that a rewritten clause reads as the clause replaced,
            // not as a scatter of coincidentally equal words.
            case WORD -> diffTokens(Tokenizer.words(from), Tokenizer.words(to), true);
            case CHAR -> diffChars(from, to);
        };
        return new TextDiff(granularity, ops);
    }

    /**
     * How alike two texts are, from 0 (nothing in common) to 1 (identical), by a word diff.
     * Symmetric because the diff is always taken in the same order of the two texts.
     */
    public double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        boolean ordered = a.compareTo(b) < 0;
        return diff(ordered ? a : b, ordered ? b : a, Granularity.WORD).stats().similarity();
    }

    /** A diff in whole lines (each with its '\n'), as unified patches need. */
    List<DiffOp> diffLines(String from, String to) {
        return diffTokens(Tokenizer.lines(from), Tokenizer.lines(to), false);
    }

    private List<DiffOp> diffChars(String from, String to) {
        if (hasSurrogate(from) || hasSurrogate(to)) {
            return diffTokens(Tokenizer.codePoints(from), Tokenizer.codePoints(to), false);
        }
        // Without surrogates every char is a whole code point, so the library's own character
        // diff cannot cut anything and is the fastest way.
        OpsBuilder ops = new OpsBuilder();
        for (Diff diff : newDiffMatchPatch().diffMain(from, to, false)) {
            switch (diff.operation) {
                case EQUAL -> ops.equal(diff.text);
                case DELETE -> ops.delete(diff.text);
                case INSERT -> ops.insert(diff.text);
            }
        }
        return ops.build();
    }

    private List<DiffOp> diffTokens(List<String> from, List<String> to, boolean semantic) {
        return TokenDiff.diff(from, to, newDiffMatchPatch(), semantic, new TokenAlphabet(tokenCapacity));
    }

    DiffMatchPatch newDiffMatchPatch() {
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.diffTimeout = timeoutSeconds;
        return dmp;
    }

    int tokenCapacity() {
        return tokenCapacity;
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
