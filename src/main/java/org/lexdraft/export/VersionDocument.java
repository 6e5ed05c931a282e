package org.lexdraft.export;

import java.time.Instant;

/**
 * One version of a draft as circulated: what it defines, whose it is, and its text.
 *
 * @param translation for a version of a language version, what it renders; else null
 */
public record VersionDocument(String term, String termLabel, long draft, String title, String delegation,
                              String delegationName, String language, int number, Instant createdAt, String author,
                              String text, int openBrackets, double unbracketedShare, Translation translation)
        implements Exportable {

    /** The source version a language version renders, and whether the source has moved on since. */
    public record Translation(long sourceDraft, int sourceVersion, int sourceHead, String sourceLanguage) {
        public boolean outdated() {
            return sourceVersion < sourceHead;
        }
    }

    @Override
    public String baseName() {
        return "draft-" + draft + "-v" + number + "-" + language;
    }
}
