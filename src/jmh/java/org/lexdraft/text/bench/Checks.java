package org.lexdraft.text.bench;

import org.lexdraft.text.TextDiff;

/** Setup-time checks that a benchmark times a real, exact diff of a pair that does differ. */
final class Checks {

    private Checks() {
    }

    static void exact(TextDiff diff, String from, String to) {
        if (from.equals(to)) {
            throw new IllegalStateException("the pair does not differ");
        }
        if (!diff.source().equals(from) || !diff.target().equals(to)) {
            throw new IllegalStateException("the diff does not reproduce both texts");
        }
    }
}
