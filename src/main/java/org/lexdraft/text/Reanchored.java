package org.lexdraft.text;

import java.util.Objects;

/**
 * Where an anchor lies in a later text: its state, and the anchor made on that text, which is
 * {@code null} exactly when the anchor is {@link AnchorState#ORPHANED orphaned}.
 */
public record Reanchored(AnchorState state, Anchor anchor) {

    public Reanchored {
        Objects.requireNonNull(state, "state");
        if ((state == AnchorState.ORPHANED) != (anchor == null)) {
            throw new IllegalArgumentException("an anchor is required unless orphaned, and absent then: " + state);
        }
    }

    static Reanchored orphaned() {
        return new Reanchored(AnchorState.ORPHANED, null);
    }
}
