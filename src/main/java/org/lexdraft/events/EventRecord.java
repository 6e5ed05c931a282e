package org.lexdraft.events;

import java.time.Instant;

/**
 * An outbox row as the hub and the streams carry it (immutable, detached from any persistence context):
 * {@code id} is its gapless position, which only lexdraft reads; {@code stamp} is what readers see.
 */
public record EventRecord(long id, long stamp, String type, long termId, String term, long draft, Integer version, Long comment,
                          String delegation, String actor, Long audience, Instant at) {

    /** Whether a member of {@code delegationId} could see this change when it happened. */
    public boolean visibleTo(long delegationId) {
        return audience == null || audience == delegationId;
    }
}
