package org.lexdraft.drafting;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Versions as sent, in JSON, kept per reading delegation. A version never changes, and what a
 * delegation may see of it only grows (tabling is one way, and a member never changes
 * delegation), so an entry never needs invalidating: it is exactly what a fresh read would answer.
 * The one exception is kept out: a version whose parent the reader could not see when it was read
 * (the parent's draft may be tabled later). Bounded by the bytes it holds, least recently used first
 * out; on its own in each instance, which is safe for the same reasons.
 */
@ApplicationScoped
public class VersionCache {

    /** 8 MiB of JSON at most, so the cache stays small beside a heap of 256 MB. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private record Key(long delegationId, long draftId, int number) {
    }

    private final BoundedBytes<Key> entries = new BoundedBytes<>(MAX_BYTES, MAX_BYTES / 16);

    byte[] get(long delegationId, long draftId, int number) {
        return entries.get(new Key(delegationId, draftId, number));
    }

    /** Keeps {@code json}, the read model of {@code source} as {@code delegationId} sees it, unless it may change. */
    void put(long delegationId, DraftVersion source, boolean parentShown, byte[] json) {
        if (source.parentDraftId == null || parentShown) {
            entries.put(new Key(delegationId, source.draft.id, source.number), json);
        }
    }

    /** The bytes held now. */
    long bytes() {
        return entries.bytes();
    }
}
