package org.lexdraft.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes spans attributed to versions as a compact string, for a database column:
 * {@code start,end,draftId,number} per span, spans separated by {@code ;}, decimal numbers, nothing
 * else (so {@code "0,12,7,1;12,20,7,2"}; the empty list is the empty string). Any list of spans
 * round-trips, normal form or not.
 */
public final class BlameCodec {

    private static final char FIELD = ',';
    private static final char SPAN = ';';

    private BlameCodec() {
    }

    public static String encode(List<AttributedSpan<VersionKey>> spans) {
        StringBuilder text = new StringBuilder(spans.size() * 16);
        for (AttributedSpan<VersionKey> span : spans) {
            if (text.length() > 0) {
                text.append(SPAN);
            }
            text.append(span.start()).append(FIELD).append(span.end()).append(FIELD)
                    .append(span.origin().draftId()).append(FIELD).append(span.origin().number());
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException if {@code s} is not what {@link #encode} writes */
    public static List<AttributedSpan<VersionKey>> decode(String s) {
        Objects.requireNonNull(s, "s");
        List<AttributedSpan<VersionKey>> spans = new ArrayList<>();
        if (s.isEmpty()) {
            return List.of();
        }
        for (String encoded : s.split(String.valueOf(SPAN), -1)) {
            String[] fields = encoded.split(String.valueOf(FIELD), -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException("a span needs 4 fields (start,end,draftId,number): '" + encoded + "'");
            }
            try {
                spans.add(new AttributedSpan<>(Integer.parseInt(number(fields[0])), Integer.parseInt(number(fields[1])),
                        new VersionKey(Long.parseLong(number(fields[2])), Integer.parseInt(number(fields[3])))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number in span '" + encoded + "'", e);
            }
        }
        return List.copyOf(spans);
    }

    /** Only what {@code encode} writes: an optional minus sign and decimal digits. */
    private static String number(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '-' && i == 0)) {
                throw new IllegalArgumentException("not a decimal number: '" + field + "'");
            }
        }
        return field;
    }
}
