package org.lexdraft.export;

/** Where a definition names the term it defines, so that exports can mark it. */
final class DefinedTerm {

    /** Opening and closing quotation marks that set off a defined term, pairwise. */
    private static final String[][] QUOTES = {{"\u201C", "\u201D"}, {"\"", "\""}, {"\u00AB", "\u00BB"},
            {"\u201E", "\u201C"}, {"\u300C", "\u300D"}, {"\u2018", "\u2019"}};

    private DefinedTerm() {
    }

    /**
     * The UTF-16 range {start, end} of the term in the text: the label itself (ignoring case), else the
     * first quoted phrase (how definitions in other languages name it); null when there is neither.
     */
    static int[] find(String text, String label) {
        if (!label.isEmpty()) {
            for (int i = 0; i + label.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, label, 0, label.length())
                        && !Character.isLowSurrogate(text.charAt(i))) {
                    return new int[] {i, i + label.length()};
                }
            }
        }
        int[] best = null;
        for (String[] q : QUOTES) {
            int open = text.indexOf(q[0]);
            if (open < 0) {
                continue;
            }
            int start = open + q[0].length();
            int close = text.indexOf(q[1], start);
            String inner = close < 0 ? "" : text.substring(start, close);
            if (close > start && !inner.isBlank() && !inner.contains("\n") && (best == null || open < best[0])) {
                int lead = inner.length() - inner.stripLeading().length();
                int trail = inner.length() - inner.stripTrailing().length();
                best = new int[] {start + lead, close - trail};
            }
        }
        return best;
    }
}
