package org.lexdraft.events;

/** Fired in the writing transaction; the hub observes it after a successful commit. */
public record EventsAppended(long lastId) {
}
