package org.lexdraft.text;

import java.util.LinkedList;
import java.util.List;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;

/** Diffs two token sequences with diff-match-patch and expands the result back to exact text. */
final class TokenDiff {

    private TokenDiff() {
    }

    /**
     * @param semantic whether to let diff-match-patch merge small equalities into the edits around
     *                 them, so that a rewritten clause reads as one replacement
     */
    static List<DiffOp> diff(List<String> from, List<String> to, DiffMatchPatch dmp, boolean semantic,
                             TokenAlphabet alphabet) {
        String encodedFrom = alphabet.encode(from);
        String encodedTo = alphabet.encode(to);
        LinkedList<Diff> diffs = dmp.diffMain(encodedFrom, encodedTo, false);
        if (semantic) {
            dmp.diffCleanupSemantic(diffs);
        }
        return expand(diffs, from, to);
    }

    /**
     * Replaces each encoded char by its token, by position in the token lists rather than by
     * looking chars up, because a char may stand for several tokens once the alphabet is full.
     */
    private static List<DiffOp> expand(List<Diff> diffs, List<String> from, List<String> to) {
        OpsBuilder ops = new OpsBuilder();
        int i = 0;
        int j = 0;
        for (Diff diff : diffs) {
            int count = diff.text.length();
            switch (diff.operation) {
                case DELETE -> {
                    for (int k = 0; k < count; k++) {
                        ops.delete(from.get(i++));
                    }
                }
                case INSERT -> {
                    for (int k = 0; k < count; k++) {
                        ops.insert(to.get(j++));
                    }
                }
                case EQUAL -> {
                    for (int k = 0; k < count; k++) {
                        String source = from.get(i++);
                        String target = to.get(j++);
                        if (source.equals(target)) {
                            ops.equal(source);
                        } else {
                            ops.delete(source).insert(target);
                        }
                    }
                }
            }
        }
        if (i != from.size() || j != to.size()) {
            throw new IllegalStateException("diff does not cover both texts: " + i + "/" + from.size()
                    + " and " + j + "/" + to.size() + " tokens");
        }
        return ops.build();
    }
}
