package org.lexdraft.text;

import java.util.Objects;

/**
 * A region of the base that both sides of a merge changed, and what each side made of it. Offsets
 * are Unicode code points of the base, end exclusive; {@code baseStart == baseEnd} when both sides
 * inserted different text at the same point.
 */
public record MergeConflict(int baseStart, int baseEnd, String base, String client, String head) {

    public MergeConflict {
        if (baseStart < 0 || baseEnd < baseStart) {
            throw new IllegalArgumentException("bad base range [" + baseStart + ", " + baseEnd + ")");
        }
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(head, "head");
    }
}
