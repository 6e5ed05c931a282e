package org.lexdraft.drafting;

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

/** One delegation's proposed definition of one term. */
@Entity
@Table(name = "draft")
public class Draft extends PanacheEntityBase {

    public static final String PRIVATE = "delegation";
    public static final String TABLED = "tabled";
    public static final String ACTIVE = "active";
    public static final String WITHDRAWN = "withdrawn";
    public static final String ADOPTED = "adopted";

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
    @JoinColumn(name = "term_id", nullable = false)
    public Term term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id", nullable = false)
    public Delegation delegation;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 16)
    public String visibility;

    @Column(nullable = false, length = 16)
    public String status;

    /** The newest version number; versions 1..head all exist. */
    @Column(nullable = false)
    public int head;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "based_on_draft_id")
    public Draft basedOnDraft;

    @Column(name = "based_on_number")
    public Integer basedOnNumber;

    /** BCP 47 tag of the text, in canonical case. */
    @Column(nullable = false, length = 35)
    public String language;

    /** For a language version, the draft it renders; null for every other draft. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "translation_of")
    public Draft translationOf;

    /** For a language version, the source version its head renders. */
    @Column(name = "source_version")
    public Integer sourceVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Tabled drafts are seen by everyone; drafts in preparation only by their own delegation. */
    public boolean isVisibleTo(Member member) {
        return TABLED.equals(visibility) || delegation.id.equals(member.delegation.id);
    }

    public boolean isLanguageVersion() {
        return translationOf != null;
    }

    public boolean isOpenForVersions() {
        return ACTIVE.equals(status);
    }
}
