package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class AnchorTest {

    private static final String ARTICLE = "Each State Party undertakes never under any circumstances to use cluster munitions.";

    @Test
    void fromRangeQuotesTheRangeWithItsContext() {
        Anchor anchor = Anchor.fromRange(ARTICLE, 44, 57);

        assertEquals(new Anchor(44, 57, "circumstances", "arty undertakes never under any ", " to use cluster munitions."),
                anchor);
    }

    @Test
    void contextIsAtMostThirtyTwoCodePointsOnEachSide() {
        String text = "x".repeat(40) + "QUOTE" + "y".repeat(40);

        Anchor anchor = Anchor.fromRange(text, 40, 45);

        assertEquals("x".repeat(32), anchor.prefix());
        assertEquals("y".repeat(32), anchor.suffix());
    }

    @Test
    void fromRangeCountsCodePointsAndKeepsSurrogatePairsWhole() {
        String text = "👍🏽 agreed by 缔约国 and 𠀀𠀁 Parties";

        Anchor anchor = Anchor.fromRange(text, 17, 22);

        assertEquals("and 𠀀", anchor.quote());
        assertEquals("👍🏽 agreed by 缔约国 ", anchor.prefix());
        assertEquals("𠀁 Parties", anchor.suffix());
    }

    @Test
    void aPointHasAnEmptyQuote() {
        assertEquals(new Anchor(4, 4, "", "Each", " State Party undertakes never un"), Anchor.fromRange(ARTICLE, 4, 4));
        assertEquals(new Anchor(0, 0, "", "", ""), Anchor.fromRange("", 0, 0));
    }

    @Test
    void fromRangeRejectsARangeOutsideTheText() {
        assertThrows(IllegalArgumentException.class, () -> Anchor.fromRange("abc", -1, 2));
        assertThrows(IllegalArgumentException.class, () -> Anchor.fromRange("abc", 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Anchor.fromRange("abc", 1, 4));
        // Four chars but two code points.
        assertThrows(IllegalArgumentException.class, () -> Anchor.fromRange("👍👍", 0, 3));
    }

    @Test
    void constructorChecksTheQuoteAgainstTheRange() {
        assertThrows(IllegalArgumentException.class, () -> new Anchor(0, 3, "ab", "", ""));
        assertThrows(IllegalArgumentException.class, () -> new Anchor(3, 2, "", "", ""));
        assertThrows(IllegalArgumentException.class, () -> new Anchor(-1, 0, "a", "", ""));
        assertThrows(NullPointerException.class, () -> new Anchor(0, 0, null, "", ""));
        assertEquals(new Anchor(5, 6, "👍", "", ""), new Anchor(5, 6, "👍", null, null));
    }

    @Test
    void fromQuoteFindsAQuote() {
        assertEquals(Optional.of(Anchor.fromRange(ARTICLE, 65, 82)),
                Anchor.fromQuote(ARTICLE, "cluster munitions", "", ""));
    }

    @Test
    void fromQuoteIsEmptyWhenTheQuoteIsAbsent() {
        assertEquals(Optional.empty(), Anchor.fromQuote(ARTICLE, "anti-personnel mines", "", ""));
        assertEquals(Optional.empty(), Anchor.fromQuote("", "a", "", ""));
    }

    @Test
    void fromQuotePicksTheOccurrenceWhoseContextMatches() {
        String text = "The State Party shall report. The State Party shall destroy. The State Party may request.";

        Optional<Anchor> destroy = Anchor.fromQuote(text, "State Party", "destroy. The ", " may");
        Optional<Anchor> report = Anchor.fromQuote(text, "State Party", "The ", " shall report");
        Optional<Anchor> byPrefixOnly = Anchor.fromQuote(text, "State Party", "shall report. The ", null);

        assertEquals(65, destroy.orElseThrow().start());
        assertEquals(4, report.orElseThrow().start());
        assertEquals(34, byPrefixOnly.orElseThrow().start());
    }

    @Test
    void fromQuoteToleratesAnEditedContext() {
        String text = "Article 3 applies to mines. Article 4 applies to cluster munitions.";

        // The anchor was made when the second sentence read "to all cluster munitions".
        Anchor found = Anchor.fromQuote(text, "applies", "Article 4 ", " to all cluster").orElseThrow();

        assertEquals(38, found.start());
    }

    @Test
    void fromQuotePicksTheFirstOccurrenceOnATie() {
        assertEquals(0, Anchor.fromQuote("ab ab ab", "ab", "", "").orElseThrow().start());
        assertEquals(0, Anchor.fromQuote("ab ab ab", "ab", "zz", "zz").orElseThrow().start());
    }

    @Test
    void fromQuoteFindsAPointByItsContext() {
        Anchor point = Anchor.fromQuote("one, two, three", "", "two", ", three").orElseThrow();

        assertEquals(new Anchor(8, 8, "", "one, two", ", three"), point);
    }

    @Test
    void fromQuoteFindsQuotesLongerThanThirtyTwoCodePoints() {
        String quote = "under any circumstances to use cluster munitions";
        assertTrue(quote.length() > 32);

        assertEquals(34, Anchor.fromQuote(ARTICLE, quote, "", "").orElseThrow().start());
    }

    @Test
    void fromQuoteNeverMatchesHalfASurrogatePair() {
        // U+1F44D is \uD83D\uDC4D; a quote of its low half alone must not match inside the pair.
        assertEquals(Optional.empty(), Anchor.fromQuote("a👍b", "\uDC4D", "", ""));
        assertEquals(Optional.of(new Anchor(1, 2, "👍", "a", "b")), Anchor.fromQuote("a👍b", "👍", "", ""));
    }

    @Test
    void reanchoredHasAnAnchorUnlessOrphaned() {
        Anchor anchor = Anchor.fromRange("abc", 0, 1);

        assertThrows(IllegalArgumentException.class, () -> new Reanchored(AnchorState.ORPHANED, anchor));
        assertThrows(IllegalArgumentException.class, () -> new Reanchored(AnchorState.MOVED, null));
        assertThrows(NullPointerException.class, () -> new Reanchored(null, anchor));
    }
}
