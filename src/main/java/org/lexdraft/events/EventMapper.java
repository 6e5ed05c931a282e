package org.lexdraft.events;

import org.lexdraft.api.model.Event;
import org.lexdraft.api.model.EventType;
import org.lexdraft.common.Times;

/** Outbox rows as API models. */
final class EventMapper {

    private EventMapper() {
    }

    static Event toApi(EventRecord e) {
        Event event = new Event(e.stamp(), EventType.fromValue(e.type()), e.term(), e.draft(), e.delegation(), e.actor(),
                Times.utc(e.at()));
        event.setVersion(e.version());
        event.setComment(e.comment());
        return event;
    }
}
