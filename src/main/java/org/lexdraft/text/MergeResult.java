package org.lexdraft.text;

import java.util.List;

/**
 * The outcome of a three-way merge: the merged text when the two sides changed different parts of
 * the base, or else (with {@code merged} null) every region they both changed, in base order.
 */
public record MergeResult(String merged, List<MergeConflict> conflicts) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
        if ((merged == null) == conflicts.isEmpty()) {
            throw new IllegalArgumentException("a merge has either a merged text or conflicts, not both or neither");
        }
    }

    public boolean clean() {
        return conflicts.isEmpty();
    }
}
