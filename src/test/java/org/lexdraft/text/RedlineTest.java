package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lexdraft.text.DiffOp.Kind;

class RedlineTest {

    @Test
    void insertionsAndDeletionsAreMarked() {
        TextDiff diff = new TextDiff(Granularity.WORD, List.of(
                new DiffOp(Kind.EQUAL, "destroy "),
                new DiffOp(Kind.DELETE, "twenty"),
                new DiffOp(Kind.INSERT, "ten"),
                new DiffOp(Kind.EQUAL, " munitions")));

        assertEquals("destroy <del>twenty</del><ins>ten</ins> munitions", Redline.html(diff));
    }

    @Test
    void markupInTheTextIsEscapedInEveryKindOfOp() {
        TextDiff diff = new TextDiff(Granularity.CHAR, List.of(
                new DiffOp(Kind.EQUAL, "<script>&\"'"),
                new DiffOp(Kind.DELETE, "<b>"),
                new DiffOp(Kind.INSERT, "a & 'b'")));

        assertEquals("&lt;script&gt;&amp;&quot;&#39;<del>&lt;b&gt;</del><ins>a &amp; &#39;b&#39;</ins>",
                Redline.html(diff));
    }

    @Test
    void lineBreaksAndOtherTextAreKeptAsTheyAre() {
        TextDiff diff = new TextDiff(Granularity.WORD, List.of(
                new DiffOp(Kind.EQUAL, "[Article 1]\n"),
                new DiffOp(Kind.INSERT, "👍🏽 缔约国\n")));

        assertEquals("[Article 1]\n<ins>👍🏽 缔约国\n</ins>", Redline.html(diff));
    }

    @Test
    void emptyDiffIsEmptyHtml() {
        assertEquals("", Redline.html(new TextDiff(Granularity.WORD, List.of())));
    }
}
