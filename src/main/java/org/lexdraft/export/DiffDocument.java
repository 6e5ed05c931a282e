package org.lexdraft.export;

import java.time.Instant;
import java.util.List;

/**
 * A diff as a reviewer receives it: the changes from one version to another, each insertion and
 * deletion credited to the version that made it.
 *
 * @param language the language of the {@code to} version, in which the text is set
 */
public record DiffDocument(String from, String to, String title, String language, List<Change> changes)
        implements Exportable {

    public enum Kind { EQUAL, INSERT, DELETE }

    /** Who made a change and when: a delegation and member, and the time of their version. */
    public record Credit(String delegation, String member, Instant at) {
        /** How Word shows the author of a tracked change. */
        public String author() {
            return delegation + " (" + member + ")";
        }
    }

    /** A run of text; {@code credit} is null for unchanged text. */
    public record Change(Kind kind, String text, Credit credit) {
    }

    @Override
    public String baseName() {
        return "diff-" + from.replace(':', 'v') + "-to-" + to.replace(':', 'v');
    }
}
