package org.lexdraft.text;

import java.util.Objects;

/** The code points [start, end) of a text, attributed to {@code origin} (say, the version that wrote them). */
public record AttributedSpan<T>(int start, int end, T origin) {

    public AttributedSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(origin, "origin");
    }
}
