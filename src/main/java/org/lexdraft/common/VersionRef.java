package org.lexdraft.common;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reference to one version of one draft, written {@code DRAFT_ID:NUMBER}, e.g. {@code 17:3}. */
public record VersionRef(long draftId, int number) {

    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,17}):([1-9][0-9]{0,8})");

    public static Optional<VersionRef> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new VersionRef(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /** Parses or fails with a 400 naming the field. */
    public static VersionRef parseField(String field, String text) {
        return parse(text).orElseThrow(() -> Problems.invalidField(field,
                "must be a version reference DRAFT_ID:NUMBER such as 17:3"));
    }

    public static String of(Long draftId, Integer number) {
        return draftId == null || number == null ? null : draftId + ":" + number;
    }

    @Override
    public String toString() {
        return draftId + ":" + number;
    }
}
