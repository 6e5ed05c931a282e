package org.lexdraft.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Escaping for the text formats, and the wording of facts every format shows. */
final class Escapes {

    /** Characters CommonMark lets a backslash escape that could otherwise start markup (braces: CriticMarkup). */
    private static final String MARKDOWN_SPECIAL = "\\`*_{}[]<>#~|&!";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private Escapes() {
    }

    /** Text for HTML content or attribute values; a carriage return is kept as a character reference. */
    static String html(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Text as Markdown that reads back as exactly this text: markup characters are escaped with a
     * backslash, a line break becomes a hard break (backslash, newline), and a line that would start
     * a list, a heading underline or a block quote has its first character escaped.
     */
    static String markdown(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append("\\\n");
                lineStart = true;
                continue;
            }
            if (MARKDOWN_SPECIAL.indexOf(c) >= 0 || (lineStart && (c == '-' || c == '+' || c == '='))) {
                sb.append('\\');
            }
            sb.append(c);
            lineStart = false;
        }
        return sb.toString();
    }

    /** Characters XML 1.0 cannot carry at all become U+FFFD (lexdraft refuses U+0000 and lone surrogates). */
    static String xmlSafe(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (!allowed) {
                if (sb == null) {
                    sb = new StringBuilder(text.substring(0, i));
                }
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    static String day(Instant at) {
        return DAY.format(at);
    }

    static String brackets(int open, double unbracketedShare) {
        long percent = Math.round(unbracketedShare * 100);
        return open + (open == 1 ? " bracketed passage" : " bracketed passages") + ", " + percent
                + " % of the text unbracketed";
    }

    static String translationNote(VersionDocument.Translation t) {
        String note = "renders version " + t.sourceVersion() + " of draft " + t.sourceDraft() + " (" + t.sourceLanguage() + ")";
        return t.outdated() ? note + "; outdated: the source is at version " + t.sourceHead() : note + "; current";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
