package org.lexdraft.drafting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A word being defined, such as {@code cluster-munition}. */
@Entity
@Table(name = "term")
public class Term extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String slug;

    @Column(nullable = false, length = 200)
    public String label;

    @Column(nullable = false, length = 4000)
    public String context;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Term> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
