package org.lexdraft.text;

/** The unit a diff is computed in. */
public enum Granularity {
    /** Words, runs of whitespace and punctuation; a Chinese ideograph is a word of its own. */
    WORD,
    /** Unicode code points (never half of a surrogate pair). */
    CHAR
}
