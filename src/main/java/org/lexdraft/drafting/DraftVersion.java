package org.lexdraft.drafting;

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
import org.lexdraft.delegation.Delegation;
import org.lexdraft.delegation.Member;

/** An immutable snapshot of a draft's text; never updated or deleted once written. */
@Entity
@Table(name = "draft_version")
public class DraftVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", nullable = false, updatable = false)
    public Draft draft;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(nullable = false, updatable = false, length = 1000000)
    public String text;

    /** Hex SHA-256 of the text in UTF-8. */
    @Column(nullable = false, updatable = false, length = 64)
    public String sha256;

    /** Length of the text in code points. */
    @Column(nullable = false, updatable = false)
    public int length;

    @Column(nullable = false, updatable = false, length = 1000)
    public String message;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    public Member author;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id", nullable = false, updatable = false)
    public Delegation delegation;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** The version this one was made from: the previous one of the draft, or for a fork the source. */
    @Column(name = "parent_draft_id", updatable = false)
    public Long parentDraftId;

    @Column(name = "parent_number", updatable = false)
    public Integer parentNumber;

    @Column(nullable = false, updatable = false)
    public boolean merged;

    /** For a merged version, the version its author had edited. */
    @Column(name = "base_number", updatable = false)
    public Integer baseNumber;

    /** For a version of a language version, the number of the source's version it renders. */
    @Column(name = "source_version", updatable = false)
    public Integer sourceVersion;

    /** Attribution spans (see {@code BlameCodec}); null when too large to store, then computed on read. */
    @Column(updatable = false, length = 1000000)
    public String blame;

    public static Optional<DraftVersion> findByNumber(long draftId, int number) {
        return find("draft.id = ?1 and number = ?2", draftId, number).firstResultOptional();
    }
}
