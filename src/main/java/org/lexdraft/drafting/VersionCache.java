package org.lexdraft.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lexdraft.api.model.Version;

/**
 * Read models of versions, kept per reading delegation. A version never changes, and what a
 * delegation may see of it only grows (tabling is one way, and a member never changes
 * delegation), so an entry never needs invalidating: it is exactly what a fresh read would answer.
 * The one exception is kept out: a version whose parent the reader could not see when it was read
 * (the parent's draft may be tabled later). Bounded by the total length of the texts it holds,
 * least recently used first out; on its own in each instance, which is safe for the same reasons.
 */
@ApplicationScoped
public class VersionCache {

    /** About 8 MB of text at most (UTF-16), so the cache stays small beside a heap of 256 MB. */
    static final long MAX_CHARS = 4L * 1024 * 1024;

    private record Key(long delegationId, long draftId, int number) {
    }

    private final Map<Key, Version> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;

    synchronized Version get(long delegationId, long draftId, int number) {
        return entries.get(new Key(delegationId, draftId, number));
    }

    synchronized void put(long delegationId, DraftVersion source, Version model) {
        if (source.parentDraftId != null && model.getParent() == null) {
            return;
        }
        long length = model.getText().length();
        if (length > MAX_CHARS / 16) {
            return;
        }
        if (entries.put(new Key(delegationId, model.getDraft(), model.getNumber()), model) == null) {
            chars += length;
        }
        var eldest = entries.entrySet().iterator();
        while (chars > MAX_CHARS && eldest.hasNext()) {
            chars -= eldest.next().getValue().getText().length();
            eldest.remove();
        }
    }
}
