package org.lexdraft.drafting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ETags of drafts (their head number, e.g. {@code "3"}) and of versions ({@code "17:3"}). */
final class ETags {

    private ETags() {
    }

    static String ofDraft(int head) {
        return "\"" + head + "\"";
    }

    static String ofVersion(long draftId, int number) {
        return "\"" + draftId + ":" + number + "\"";
    }

    /** One entity-tag of RFC 9110: optionally weak, its opaque part quoted. */
    record EntityTag(boolean weak, String opaque) {
    }

    private static final Pattern ENTITY_TAG = Pattern.compile("\\s*(W/)?(\"[\\x21\\x23-\\x7e\\x80-\\xff]*\")\\s*");

    /**
     * The entity-tags of an If-Match or If-None-Match list (RFC 9110 section 8.8.3), or null when
     * the value is not well-formed. {@code *} is not an entity-tag: callers check it first.
     */
    static java.util.List<EntityTag> parseList(String header) {
        java.util.List<EntityTag> tags = new java.util.ArrayList<>();
        for (String part : header.split(",", -1)) {
            if (part.isBlank()) {
                continue; // the list rule allows empty elements
            }
            Matcher m = ENTITY_TAG.matcher(part);
            if (!m.matches()) {
                return null;
            }
            tags.add(new EntityTag(m.group(1) != null, m.group(2)));
        }
        return tags.isEmpty() ? null : tags;
    }

    /** Whether If-Match names this draft's head under the strong comparison (a weak tag never matches). */
    static boolean matchesStrongly(java.util.List<EntityTag> tags, int head) {
        String current = ofDraft(head);
        return tags.stream().anyMatch(t -> !t.weak() && t.opaque().equals(current));
    }

    /**
     * Whether an If-None-Match condition makes the answer 304: {@code *}, or a tag equal to the
     * current one under the weak comparison. A malformed value is ignored (the full answer is sent).
     */
    static boolean noneMatchHolds(String ifNoneMatch, String current) {
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        var tags = parseList(ifNoneMatch);
        return tags != null && tags.stream().anyMatch(t -> t.opaque().equals(current));
    }
}
