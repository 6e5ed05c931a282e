package org.lexdraft.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lexdraft.delegation.Delegation;
import org.lexdraft.delegation.Member;
import org.lexdraft.drafting.Draft;

/** A stance a delegation took on a draft; never changed, the newest one is current. */
@Entity
@Table(name = "delegation_position")
public class Position extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", nullable = false, updatable = false)
    public Draft draft;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id", nullable = false, updatable = false)
    public Delegation delegation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    public Member author;

    @Column(nullable = false, length = 16, updatable = false)
    public String stance;

    @Column(name = "version_number", nullable = false, updatable = false)
    public int versionNumber;

    @Column(length = 4000, updatable = false)
    public String statement;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
