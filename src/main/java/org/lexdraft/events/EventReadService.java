package org.lexdraft.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import org.lexdraft.api.model.EventPage;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.common.Problems;
import org.lexdraft.delegation.Member;
import org.lexdraft.drafting.TermService;

/**
 * Who may read which events: any member, the events its delegation could see when they happened, of
 * one term or of all. Checks run before a stream starts, so their failures are problem+json.
 */
@ApplicationScoped
public class EventReadService {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    @Inject
    CurrentMember current;

    @Inject
    TermService terms;

    @Inject
    EventStore store;

    /** Where a reader starts: its scope and the position after which it reads. */
    public record Start(EventScope scope, long after) {
    }

    /**
     * Where a stream starts: after {@code lastEventId} (sent by a reconnecting EventSource, which keeps
     * its original URL, so it wins over {@code after}), else after {@code after}, else at the newest
     * event, so that a new stream is live only.
     */
    @Transactional(TxType.SUPPORTS)
    public Start stream(String termSlug, String after, String lastEventId) {
        Member caller = current.get();
        Long termId = termSlug == null ? null : terms.require(termSlug).id;
        long from = lastEventId != null ? store.positionAt(stamp("Last-Event-ID", lastEventId))
                : after != null ? store.positionAt(stamp("after", after)) : store.head();
        return new Start(new EventScope(caller.delegation.id, termId), from);
    }

    /** A page of the audit trail: the caller's events after {@code after}, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public EventPage page(String termSlug, String after, String limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit(limit);
        Member caller = current.get();
        Long termId = termSlug == null ? null : terms.require(termSlug).id;
        long seen = after == null ? 0 : stamp("after", after);
        List<EventRecord> events = store.visible(new EventScope(caller.delegation.id, termId),
                seen == 0 ? 0 : store.positionAt(seen), size);
        return new EventPage(events.stream().map(EventMapper::toApi).toList(),
                events.isEmpty() ? seen : events.get(events.size() - 1).stamp());
    }

    private static long stamp(String field, String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw Problems.invalidField(field, "must be an event id: a whole number of 0 or more");
        }
        return Long.parseLong(v);
    }

    private static int limit(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 9 || !v.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                || Integer.parseInt(v) < 1 || Integer.parseInt(v) > MAX_LIMIT) {
            throw Problems.invalidField("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        return Integer.parseInt(v);
    }
}
