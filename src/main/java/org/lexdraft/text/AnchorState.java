package org.lexdraft.text;

/** How an anchor fared when followed from one version of a text to another. */
public enum AnchorState {
    /** The anchored words are intact and still at the same offsets. */
    EXACT,
    /** The anchor was found again, but at other offsets or with edited words. */
    MOVED,
    /** The anchored words are gone: nothing in the new text is close enough to them. */
    ORPHANED
}
