package org.lexdraft.drafting;

/** A draft has a new head version (fired synchronously in the transaction that records it). */
public record HeadChanged(long draftId, int number, String text) {
}
