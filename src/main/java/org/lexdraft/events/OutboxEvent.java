package org.lexdraft.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change, written in the transaction that made it. Rows are never updated or deleted; the id is
 * the event's position in commit order, internal, and the stamp its public id (see {@link EventService}).
 */
@Entity
@Table(name = "event_outbox")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @Column(updatable = false)
    public Long id;

    /** What readers see as the event's id: its time in microseconds, above every earlier stamp. */
    @Column(nullable = false, updatable = false)
    public Long stamp;

    @Column(nullable = false, length = 32, updatable = false)
    public String type;

    @Column(name = "term_id", nullable = false, updatable = false)
    public Long termId;

    @Column(name = "term_slug", nullable = false, length = 64, updatable = false)
    public String termSlug;

    @Column(name = "draft_id", nullable = false, updatable = false)
    public Long draftId;

    @Column(name = "version_number", updatable = false)
    public Integer versionNumber;

    @Column(name = "comment_id", updatable = false)
    public Long commentId;

    @Column(name = "delegation_code", nullable = false, length = 16, updatable = false)
    public String delegationCode;

    @Column(nullable = false, length = 64, updatable = false)
    public String actor;

    /** Null when everyone could see the change; else the one delegation that could. */
    @Column(name = "audience_delegation_id", updatable = false)
    public Long audienceDelegationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
