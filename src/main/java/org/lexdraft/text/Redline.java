package org.lexdraft.text;

/** Renders a diff as an HTML fragment with {@code <ins>} and {@code <del>} marks. */
public final class Redline {

    private Redline() {
    }

    public static String html(TextDiff diff) {
        StringBuilder html = new StringBuilder();
        for (DiffOp op : diff.ops()) {
            switch (op.kind()) {
                case EQUAL -> escape(op.text(), html);
                case INSERT -> escape(op.text(), html.append("<ins>")).append("</ins>");
                case DELETE -> escape(op.text(), html.append("<del>")).append("</del>");
            }
        }
        return html.toString();
    }

    private static StringBuilder escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html;
    }
}
