package org.lexdraft.drafting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ETags of drafts (their head number, e.g. {@code "3"}) and of versions ({@code "17:3"}). */
final class ETags {

    private static final Pattern HEAD = Pattern.compile("\\s*(?:W/)?\"([1-9][0-9]{0,8})\"\\s*");

    private ETags() {
    }

    static String ofDraft(int head) {
        return "\"" + head + "\"";
    }

    static String ofVersion(long draftId, int number) {
        return "\"" + draftId + ":" + number + "\"";
    }

    /** The head number an If-Match names, or null when it names none (a wildcard, a list, garbage). */
    static Integer parseHead(String ifMatch) {
        Matcher m = HEAD.matcher(ifMatch);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
