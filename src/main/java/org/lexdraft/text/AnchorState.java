package org.lexdraft.text;

/** How an anchor fared when followed from one version of a text to another. */
public enum AnchorState {
    /** The anchored words are intact and still at the same offsets. */
    EXACT,
    /** The anchored words are intact, but at other offsets. */
    MOVED,
    /** The anchor was found again, but its words were reworded: they differ from those quoted. */
    EDITED,
    /** The anchored words are gone: nothing in the new text is close enough to them. */
    ORPHANED
}
