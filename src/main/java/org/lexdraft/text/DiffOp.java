package org.lexdraft.text;

import java.util.Objects;

/** One piece of a diff: text kept, inserted or deleted. */
public record DiffOp(Kind kind, String text) {

    public enum Kind { EQUAL, INSERT, DELETE }

    public DiffOp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
