package org.lexdraft.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lexdraft.common.Problems;

/** A search: words and "quoted phrases", each of which a hit must contain. */
record Query(List<List<String>> phrases) {

    static final int MAX_PARTS = 20;

    static Query parse(String q) {
        List<List<String>> phrases = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        int i = 0;
        while (i < q.length()) {
            int open = q.indexOf('"', i);
            if (open < 0) {
                loose.append(q, i, q.length()).append(' ');
                break;
            }
            loose.append(q, i, open).append(' ');
            int close = q.indexOf('"', open + 1);
            String phrase = close < 0 ? q.substring(open + 1) : q.substring(open + 1, close);
            List<String> words = Words.of(phrase).stream().map(Words.Word::folded).toList();
            if (!words.isEmpty()) {
                phrases.add(words);
            }
            i = close < 0 ? q.length() : close + 1;
        }
        for (Words.Word w : Words.of(loose.toString())) {
            phrases.add(List.of(w.folded()));
        }
        if (phrases.isEmpty()) {
            throw Problems.invalidField("q", "must contain at least one word");
        }
        if (phrases.size() > MAX_PARTS) {
            throw Problems.invalidField("q", "may hold at most " + MAX_PARTS + " words and phrases");
        }
        return new Query(List.copyOf(phrases));
    }

    Set<String> words() {
        Set<String> all = new LinkedHashSet<>();
        phrases.forEach(all::addAll);
        return all;
    }

    /** The code point range of the earliest place where a phrase occurs, if every phrase occurs. */
    int[] firstMatch(List<Words.Word> text) {
        int[] first = null;
        for (List<String> phrase : phrases) {
            int[] at = find(text, phrase);
            if (at == null) {
                return null;
            }
            if (first == null || at[0] < first[0]) {
                first = at;
            }
        }
        return first;
    }

    private static int[] find(List<Words.Word> text, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= text.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!text.get(i + j).folded().equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return new int[] {text.get(i).start(), text.get(i + phrase.size() - 1).end()};
        }
        return null;
    }
}
