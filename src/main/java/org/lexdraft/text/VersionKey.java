package org.lexdraft.text;

/** Names a version of a draft: the draft's id and the version's number within it. */
public record VersionKey(long draftId, int number) {
}
