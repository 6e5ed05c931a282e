package org.lexdraft.export;

import java.time.Instant;
import java.util.List;

/** The heads of a term's competing drafts, each with its language versions, as the chair circulates them. */
public record Compilation(String term, String termLabel, String context, Instant compiledAt, List<Entry> drafts)
        implements Exportable {

    public record Entry(VersionDocument head, List<VersionDocument> translations) {
    }

    @Override
    public String baseName() {
        return "compilation-" + term;
    }
}
