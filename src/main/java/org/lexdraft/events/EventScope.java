package org.lexdraft.events;

/** What one reader may receive: the events its delegation could see, of one term or of all. */
public record EventScope(long delegationId, Long termId) {

    public boolean includes(EventRecord e) {
        return e.visibleTo(delegationId) && (termId == null || termId == e.termId());
    }
}
