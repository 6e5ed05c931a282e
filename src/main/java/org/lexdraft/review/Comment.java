package org.lexdraft.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lexdraft.common.RandomIds;
import org.lexdraft.delegation.Delegation;
import org.lexdraft.delegation.Member;
import org.lexdraft.drafting.Draft;

/** A delegation's remark on a draft version, optionally anchored to a span of its text. */
@Entity
@Table(name = "review_comment")
public class Comment extends PanacheEntityBase {

    public static final String PUBLIC = "public";
    public static final String PRIVATE = "delegation";
    public static final String OPEN = "open";
    public static final String RESOLVED = "resolved";

    /** Random, not sequential (see {@link RandomIds}): given at persist, so it says nothing of other rows. */
    @Id
    public Long id;

    @PrePersist
    void assignId() {
        if (id == null) {
            id = RandomIds.next();
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", nullable = false, updatable = false)
    public Draft draft;

    @Column(name = "version_number", nullable = false, updatable = false)
    public int versionNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id", nullable = false, updatable = false)
    public Delegation delegation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    public Member author;

    @Column(nullable = false, length = 10000)
    public String body;

    @Column(nullable = false, length = 16, updatable = false)
    public String visibility;

    @Column(nullable = false, length = 16)
    public String status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reply_to", updatable = false)
    public Comment replyTo;

    /** The anchor as made, in the coordinates of the version commented on; null when not anchored. */
    @Column(name = "anchor_start", updatable = false)
    public Integer anchorStart;

    @Column(name = "anchor_end", updatable = false)
    public Integer anchorEnd;

    @Column(name = "anchor_quote", updatable = false, length = 1000000)
    public String anchorQuote;

    @Column(name = "anchor_prefix", updatable = false, length = 200)
    public String anchorPrefix;

    @Column(name = "anchor_suffix", updatable = false, length = 200)
    public String anchorSuffix;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isVisibleTo(Member member) {
        return PUBLIC.equals(visibility) || delegation.id.equals(member.delegation.id);
    }

    public boolean isAnchored() {
        return anchorStart != null;
    }
}
