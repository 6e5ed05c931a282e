package org.lexdraft.common;

import java.util.List;
import org.lexdraft.api.model.FieldError;
import org.lexdraft.api.model.MergeConflict;

/** The kinds of problem lexdraft reports, each with its stable type and status. */
public final class Problems {

    public static final String TYPE_BASE = "https://lexdraft.org/problems/";

    private Problems() {
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null, null);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail, null, null);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)), null);
    }

    /** The value without surrounding whitespace, which must leave something. */
    public static String requireText(String field, String value) {
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw invalidField(field, "must not be blank");
        }
        return stripped;
    }

    public static ProblemException duplicate(String detail) {
        return new ProblemException(409, "duplicate", "Already exists", detail, null, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null, null);
    }

    public static ProblemException draftClosed(String detail) {
        return new ProblemException(409, "draft-closed", "Draft closed", detail, null, null);
    }

    public static ProblemException editConflict(int base, int head, List<MergeConflict> conflicts) {
        return new ProblemException(409, "edit-conflict", "Edit conflict",
                "You edited version " + base + " but the draft's head is now version " + head + ", and "
                        + conflicts.size() + " region(s) you changed were also changed since; fetch version " + head
                        + ", reconcile the regions listed in conflicts and send the text with baseVersion " + head + ".",
                null, head, conflicts);
    }

    public static ProblemException preconditionFailed(String detail, int head) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail, null, head);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "precondition-required", "Precondition required", detail, null, null);
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "unprocessable", "Unprocessable request", field + ": " + message,
                List.of(new FieldError(field, message)), null);
    }

    public static ProblemException textTooLong(String field, int length, int limit) {
        String message = "is " + length + " code points long; the limit is " + limit;
        return new ProblemException(422, "text-too-long", "Text too long", field + " " + message,
                List.of(new FieldError(field, message)), null);
    }

    public static ProblemException notAcceptable(String detail) {
        return new ProblemException(406, "not-acceptable", "Not acceptable", detail, null, null);
    }

    public static ProblemException exportTooLarge(long length, long limit) {
        return new ProblemException(422, "export-too-large", "Export too large",
                "The texts to export are " + length + " code points long; the limit of one export is " + limit
                        + ". Export the drafts one by one.", null, null);
    }

    public static ProblemException comparisonTooLarge(String what, long size, long limit) {
        return new ProblemException(422, "comparison-too-large", "Comparison too large",
                "The comparison would hold " + size + " " + what + "; the limit is " + limit
                        + ". Compare the drafts pairwise with /api/diff.", null, null);
    }

    public static ProblemException payloadTooLarge(long limit) {
        return new ProblemException(413, "payload-too-large", "Payload too large",
                "The request body is larger than the limit of " + limit + " bytes.", null, null);
    }
}
