package org.lexdraft.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lexdraft.delegation.Member;

/** An API token or a browser session: stored only as the SHA-256 of its secret. */
@Entity
@Table(name = "access_token")
public class AccessToken extends PanacheEntityBase {

    static final String API = "api";
    static final String SESSION = "session";

    /** Random, below 2^53 (see {@link org.lexdraft.common.RandomIds}). */
    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    public Member member;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(nullable = false, length = 200)
    public String label;

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
