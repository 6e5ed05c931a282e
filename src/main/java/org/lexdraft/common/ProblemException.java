package org.lexdraft.common;

import java.util.List;
import org.lexdraft.api.model.FieldError;
import org.lexdraft.api.model.MergeConflict;

/**
 * A failure a client can act on; the one exception mapper turns it into problem+json.
 * {@code kind} is the last segment of the stable problem type URI.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<FieldError> errors;
    private final Integer head;
    private final List<MergeConflict> conflicts;

    public ProblemException(int status, String kind, String title, String detail, List<FieldError> errors, Integer head) {
        this(status, kind, title, detail, errors, head, null);
    }

    public ProblemException(int status, String kind, String title, String detail, List<FieldError> errors, Integer head,
                            List<MergeConflict> conflicts) {
        super(detail, null, false, false);
        this.conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.head = head;
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Integer head() {
        return head;
    }

    public List<MergeConflict> conflicts() {
        return conflicts;
    }
}
