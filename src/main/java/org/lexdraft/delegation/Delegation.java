package org.lexdraft.delegation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A party to the negotiation: a state, an organisation or the chair's secretariat. */
@Entity
@Table(name = "delegation")
public class Delegation extends PanacheEntityBase {

    /** The delegation of the chair, created at first start. */
    public static final String CHAIR_CODE = "CHAIR";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 16)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    /** {@code state}, {@code organization} or {@code secretariat}. */
    @Column(nullable = false, length = 16)
    public String kind;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Delegation> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
