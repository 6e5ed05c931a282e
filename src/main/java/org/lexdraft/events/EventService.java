package org.lexdraft.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.Session;
import org.lexdraft.common.Times;
import org.lexdraft.delegation.Member;
import org.lexdraft.drafting.Draft;
import org.lexdraft.drafting.DraftVersion;
import org.lexdraft.review.Comment;
import org.lexdraft.review.Position;

/**
 * Appends events to the outbox, in the transaction of the change they describe. Each call must be the
 * writing service's last step: the business rows are flushed first, then the one-row counter is taken
 * with a row lock (an UPDATE, which waits for and then reads the newest committed value) and held to
 * commit, so positions are gapless and follow commit order on H2 and PostgreSQL alike. A rolled-back
 * change rolls back its events and its positions with it.
 */
@ApplicationScoped
public class EventService {

    public static final String DRAFT_CREATED = "draft.created";
    public static final String DRAFT_TABLED = "draft.tabled";
    public static final String DRAFT_UPDATED = "draft.updated";
    public static final String VERSION_CREATED = "version.created";
    public static final String COMMENT_CREATED = "comment.created";
    public static final String COMMENT_UPDATED = "comment.updated";
    public static final String POSITION_CHANGED = "position.changed";
    public static final String TRANSLATION_CREATED = "translation.created";

    /** The PostgreSQL channel on which writers announce new events to every instance. */
    public static final String CHANNEL = "lexdraft_events";

    @Inject
    EntityManager em;

    @Inject
    Event<EventsAppended> appended;

    @Inject
    Databases databases;

    /** A new draft (with its version 1); private to its delegation unless created tabled. */
    @Transactional(TxType.MANDATORY)
    public void draftCreated(Draft d, Member actor) {
        append(List.of(event(DRAFT_CREATED, d, actor, d.head, null, d.delegation.code, audienceOf(d))));
    }

    /**
     * A change of a draft's title, visibility or status: {@code draft.tabled} when it was tabled now,
     * {@code draft.updated} when its title or status changed.
     */
    @Transactional(TxType.MANDATORY)
    public void draftChanged(Draft d, Member actor, boolean tabled, boolean updated) {
        List<OutboxEvent> events = new ArrayList<>(2);
        if (tabled) {
            events.add(event(DRAFT_TABLED, d, actor, d.head, null, d.delegation.code, audienceOf(d)));
        }
        if (updated) {
            events.add(event(DRAFT_UPDATED, d, actor, d.head, null, d.delegation.code, audienceOf(d)));
        }
        append(events);
    }

    /** A new version, written directly or merged three-way. */
    @Transactional(TxType.MANDATORY)
    public void versionCreated(DraftVersion v, Member actor) {
        append(List.of(event(VERSION_CREATED, v.draft, actor, v.number, null, v.draft.delegation.code, audienceOf(v.draft))));
    }

    @Transactional(TxType.MANDATORY)
    public void commentCreated(Comment c, Member actor) {
        append(List.of(commentEvent(COMMENT_CREATED, c, actor)));
    }

    /** An edit of a comment's body, or its resolution or reopening. */
    @Transactional(TxType.MANDATORY)
    public void commentUpdated(Comment c, Member actor) {
        append(List.of(commentEvent(COMMENT_UPDATED, c, actor)));
    }

    /** A delegation's new stance on a draft: seen by whoever sees the draft, as the positions are. */
    @Transactional(TxType.MANDATORY)
    public void positionChanged(Position p, Member actor) {
        append(List.of(event(POSITION_CHANGED, p.draft, actor, p.versionNumber, null, p.delegation.code, audienceOf(p.draft))));
    }

    /**
     * A new language version, itself a draft (same term, delegation and visibility as its source):
     * {@code draft} is the language version, {@code version} its first version.
     */
    @Transactional(TxType.MANDATORY)
    public void translationCreated(Draft translation, Member actor) {
        append(List.of(event(TRANSLATION_CREATED, translation, actor, translation.head, null,
                translation.delegation.code, audienceOf(translation))));
    }

    private static OutboxEvent commentEvent(String type, Comment c, Member actor) {
        Long audience = audienceOf(c.draft);
        if (audience == null && Comment.PRIVATE.equals(c.visibility)) {
            audience = c.delegation.id;
        }
        return event(type, c.draft, actor, c.versionNumber, c.id, c.delegation.code, audience);
    }

    /** Who can see a draft now: everyone once tabled, else its own delegation. */
    private static Long audienceOf(Draft d) {
        return Draft.TABLED.equals(d.visibility) ? null : d.delegation.id;
    }

    private static OutboxEvent event(String type, Draft d, Member actor, Integer version, Long comment, String delegation,
                                     Long audience) {
        OutboxEvent e = new OutboxEvent();
        e.type = type;
        e.termId = d.term.id;
        e.termSlug = d.term.slug;
        e.draftId = d.id;
        e.versionNumber = version;
        e.commentId = comment;
        e.delegationCode = delegation;
        e.actor = actor.username;
        e.audienceDelegationId = audience;
        return e;
    }

    private void append(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // the business rows first, so that the counter's lock is the last one taken and is held briefly
        em.flush();
        // stamps are time, never a count: the first is this microsecond unless an earlier stamp is not
        // below it; positions and stamps are taken in the one statement that takes the counter's lock
        int n = events.size();
        Instant now = Times.now();
        long micros = Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1_000);
        em.createNativeQuery("update event_counter set last_id = last_id + ?1,"
                        + " last_stamp = greatest(last_stamp + ?1, ?2) where id = 1")
                .setParameter(1, (long) n)
                .setParameter(2, micros + n - 1)
                .executeUpdate();
        Object[] counter = (Object[]) em.createNativeQuery("select last_id, last_stamp from event_counter where id = 1")
                .getSingleResult();
        long last = ((Number) counter[0]).longValue();
        long id = last - n;
        long stamp = ((Number) counter[1]).longValue() - n;
        // those everyone may see come first, so that no reader finds a stamp skipped within a change
        List<OutboxEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(e -> e.audienceDelegationId != null));
        for (OutboxEvent e : ordered) {
            e.id = ++id;
            e.stamp = ++stamp;
            e.createdAt = now;
            em.persist(e);
        }
        em.flush();
        if (databases.isPostgresql()) {
            // delivered to every listening instance when, and only if, this transaction commits
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                    notify.setString(1, CHANNEL);
                    notify.setString(2, Long.toString(last));
                    notify.execute();
                }
            });
        }
        appended.fire(new EventsAppended(last));
    }
}
