package org.lexdraft.text;

import java.util.List;

/**
 * A pair of square brackets, the negotiators' mark for text not yet agreed. {@code start} is the
 * code point offset of the '[', {@code end} the offset just after its ']'. {@code depth} is 1 for a
 * pair inside no other pair, 2 for one inside one pair, and so on. {@code alternatives} are the
 * options the pair offers, as in {@code [ten/twenty]}: its inner text split at each '/' that is not
 * inside a nested pair, each part stripped of surrounding whitespace; empty unless there are two
 * or more.
 */
public record BracketSpan(int start, int end, int depth, List<String> alternatives) {

    public BracketSpan {
        if (start < 0 || end < start + 2) {
            throw new IllegalArgumentException("bad bracket span [" + start + ", " + end + ")");
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1: " + depth);
        }
        alternatives = List.copyOf(alternatives);
    }
}
