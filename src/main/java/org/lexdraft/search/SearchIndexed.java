package org.lexdraft.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which head version of a draft the word index holds. */
@Entity
@Table(name = "search_indexed")
public class SearchIndexed {

    @Id
    @Column(name = "draft_id")
    public Long draftId;

    @Column(nullable = false)
    public int version;
}
