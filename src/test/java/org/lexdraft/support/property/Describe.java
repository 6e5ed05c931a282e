package org.lexdraft.support.property;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Renders a failing input so that it can be pasted into a Java test: strings with escapes. */
final class Describe {

    private Describe() {
    }

    static String value(Object value) {
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof int[] ints) {
            return Arrays.stream(ints).mapToObj(Describe::codePoint).collect(Collectors.joining(", ", "int[]{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Describe::value).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Record) {
            return escape(String.valueOf(value));
        }
        return escape(String.valueOf(value));
    }

    private static String codePoint(int value) {
        return value >= 0x20 && value < 0x7F ? "'" + (char) value + "'" : String.format("0x%X", value);
    }

    static String quote(String text) {
        return '"' + escape(text.replace("\\", "\\\\").replace("\"", "\\\"")) + '"';
    }

    /** Every char outside printable ASCII as a Java {@code \\uXXXX} escape, surrogates included. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }
}
