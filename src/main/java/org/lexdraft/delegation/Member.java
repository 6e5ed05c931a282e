package org.lexdraft.delegation;

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
import java.util.Optional;

/** A person who signs in; belongs to exactly one delegation. The access package signs it in. */
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {

    public static final String CHAIR = "chair";
    public static final String DRAFTER = "drafter";
    public static final String OBSERVER = "observer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String username;

    /** bcrypt in modular crypt format; never leaves the service layer. */
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    @Column(nullable = false, length = 16)
    public String role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id", nullable = false)
    public Delegation delegation;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** An inactive member cannot sign in in any way: password, token and session are all refused. */
    @Column(nullable = false)
    public boolean active = true;

    public static Optional<Member> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static Optional<Member> findWithDelegation(String username) {
        return find("from Member m join fetch m.delegation where m.username = ?1", username).firstResultOptional();
    }

    public static Optional<Member> findWithDelegation(long id) {
        return find("from Member m join fetch m.delegation where m.id = ?1", id).firstResultOptional();
    }

    public boolean isChair() {
        return CHAIR.equals(role);
    }

    /** Drafters write for their delegation; a chair-role member may also write for the chair's own delegation. */
    public boolean canWriteFor(Delegation owner) {
        return (DRAFTER.equals(role) || CHAIR.equals(role)) && delegation.id.equals(owner.id);
    }
}
