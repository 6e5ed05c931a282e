package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.lexdraft.support.property.Gen;
import org.lexdraft.support.property.Property;
import org.lexdraft.text.MultilingualText.TextPair;

class ReanchoringProperties {

    /** Not in any text {@link MultilingualText} makes: it pins down where a diff puts an insertion. */
    private static final String MARK = "\u2603";

    private final Reanchoring reanchoring = new Reanchoring(new DiffEngine(Duration.ofSeconds(1)));

    /** A text and an anchor on it. */
    record Anchored(String text, Anchor anchor) {
    }

    static Gen<Anchored> anchored() {
        return MultilingualText.texts().flatMap(ReanchoringProperties::anchorOn);
    }

    static Gen<TextPair> pairs() {
        return MultilingualText.pairs();
    }

    static Gen<String> texts() {
        return MultilingualText.texts();
    }

    static Gen<Anchored> anchorOn(String text) {
        int length = Texts.codePoints(text);
        return Gen.integers(0, length).flatMap(start -> Gen.integers(start, length)
                .map(end -> new Anchored(text, Anchor.fromRange(text, start, end))));
    }

    @Test
    void followingIntoTheSameTextIsExactWithTheSameAnchor() {
        Property.forAll(anchored(), a -> {
            assertEquals(new Reanchored(AnchorState.EXACT, a.anchor()), reanchoring.follow(a.anchor(), a.text(), a.text()));
        });
    }

    @Test
    void mappingIntoTheSameTextIsTheIdentity() {
        Property.forAll(anchored(), a -> {
            assertEquals(a.anchor().start(), reanchoring.mapPosition(a.text(), a.text(), a.anchor().start()));
            assertEquals(a.anchor().end(), reanchoring.mapPosition(a.text(), a.text(), a.anchor().end()));
        });
    }

    @Test
    void mappedPositionsStayInOrderWithinTheTarget() {
        Property.forAll(pairs(), pair -> {
            int length = Texts.codePoints(pair.a());
            int previous = 0;
            for (int p = 0; p <= length; p++) {
                int mapped = reanchoring.mapPosition(pair.a(), pair.b(), p);
                assertTrue(mapped >= previous && mapped <= Texts.codePoints(pair.b()), () -> "mapped to " + mapped);
                previous = mapped;
            }
            assertEquals(Texts.codePoints(pair.b()), reanchoring.mapPosition(pair.a(), pair.b(), length));
        });
    }

    @Test
    void aQuoteOccurringOnceIsFoundWithoutContext() {
        Property.forAll(anchored(), a -> {
            String quote = a.anchor().quote();
            Property.assume(!quote.isEmpty() && occurrences(a.text(), quote) == 1);

            assertEquals(Optional.of(a.anchor()), Anchor.fromQuote(a.text(), quote, "", ""));
            assertEquals(Optional.of(a.anchor()), Anchor.fromQuote(a.text(), quote, "unrelated", "context"));
        });
    }

    @Test
    void aQuoteIsFoundWithContextAsGoodAsItsOwn() {
        Property.forAll(anchored(), a -> {
            Anchor anchor = a.anchor();

            Anchor found = Anchor.fromQuote(a.text(), anchor.quote(), anchor.prefix(), anchor.suffix()).orElseThrow();

            assertEquals(anchor.quote(), found.quote());
            assertEquals(anchor.prefix(), found.prefix());
            assertEquals(anchor.suffix(), found.suffix());
            assertTrue(found.start() <= anchor.start(), () -> "found later than the original: " + found);
        });
    }

    @Test
    void textInsertedBeforeTheAnchorMovesItByTheInsertedLength() {
        Property.forAll(anchored(), texts(), Gen.integers(0, 1000), (a, inserted, at) -> {
            Anchor anchor = a.anchor();
            String insertion = MARK + inserted + MARK;
            String after = insertAt(a.text(), at % (anchor.start() + 1), insertion);

            Reanchored result = reanchoring.follow(anchor, a.text(), after);

            assertEquals(AnchorState.MOVED, result.state());
            assertEquals(anchor.start() + Texts.codePoints(insertion), result.anchor().start());
            assertEquals(anchor.quote(), result.anchor().quote());
        });
    }

    @Test
    void textInsertedAfterTheAnchorLeavesItExact() {
        Property.forAll(anchored(), texts(), Gen.integers(0, 1000), (a, inserted, at) -> {
            Anchor anchor = a.anchor();
            int length = Texts.codePoints(a.text());
            // At or after the end, except that text inserted right at a point comes before it.
            int first = anchor.start() == anchor.end() ? anchor.end() + 1 : anchor.end();
            Property.assume(first <= length);
            String after = insertAt(a.text(), first + at % (length - first + 1), MARK + inserted + MARK);

            Reanchored result = reanchoring.follow(anchor, a.text(), after);

            assertEquals(AnchorState.EXACT, result.state());
            assertEquals(anchor.start(), result.anchor().start());
            assertEquals(anchor.quote(), result.anchor().quote());
        });
    }

    @Test
    void deletingAnchoredWordsFoundNowhereElseOrphansTheAnchor() {
        Property.forAll(texts(), greekWords(), texts(), (before, words, after) -> {
            String quote = String.join(" ", words);
            String text = before + quote + after;
            int start = Texts.codePoints(before);
            Anchor anchor = Anchor.fromRange(text, start, start + Texts.codePoints(quote));

            assertEquals(new Reanchored(AnchorState.ORPHANED, null), reanchoring.follow(anchor, text, before + after));
        });
    }

    @Test
    void oneWordOfFiveChangedMovesTheAnchorOntoTheNewWords() {
        Property.forAll(texts(), fiveWords(), Gen.integers(0, 4), latinWords(), texts(),
                (before, words, changed, replacement, after) -> {
            Property.assume(!replacement.equals(words.get(changed))
                    && Math.abs(replacement.length() - words.get(changed).length()) <= 2);
            String quote = String.join(" ", words);
            List<String> edited = new ArrayList<>(words);
            edited.set(changed, replacement);
            String newQuote = String.join(" ", edited);
            int start = Texts.codePoints(before) + 1;
            String text = before + " " + quote + " " + after;
            String newText = before + " " + newQuote + " " + after;
            Anchor anchor = Anchor.fromRange(text, start, start + Texts.codePoints(quote));

            Reanchored result = reanchoring.follow(anchor, text, newText);

            assertEquals(new Reanchored(AnchorState.MOVED, Anchor.fromRange(newText, start, start + newQuote.length())),
                    result);
        });
    }

    @Test
    void aSentenceCutAndPastedIntoAnotherParagraphTakesItsAnchorAlong() {
        Property.forAll(texts(), texts(), texts(), greekWords(), Gen.integers(0, 100),
                (first, second, third, words, word) -> {
            String sentence = String.join(" ", words) + ".";
            String text = first + " " + sentence + " " + second + "\n\n" + third;
            String moved = first + " " + second + "\n\n" + third + " " + sentence;
            // The whole sentence, or one of its words.
            String quote = word % 3 == 0 ? sentence : words.get(word % words.size());
            Anchor anchor = Anchor.fromRange(text, codePointIndex(text, quote), codePointIndex(text, quote) + Texts.codePoints(quote));

            Reanchored result = reanchoring.follow(anchor, text, moved);

            int start = codePointIndex(moved, quote);
            assertEquals(new Reanchored(AnchorState.MOVED, Anchor.fromRange(moved, start, start + Texts.codePoints(quote))),
                    result);
        });
    }

    @Test
    void followedAnchorsReadAsTheNewTextAndNeverSplitASurrogatePair() {
        Property.forAll(pairs(), Gen.integers(0, 10_000), Gen.integers(0, 10_000), (pair, s, e) -> {
            int length = Texts.codePoints(pair.a());
            int start = s % (length + 1);
            int end = start + e % (length - start + 1);
            Anchor anchor = Anchor.fromRange(pair.a(), start, end);

            Reanchored result = reanchoring.follow(anchor, pair.a(), pair.b());

            if (result.state() == AnchorState.ORPHANED) {
                assertFalse(anchor.quote().isEmpty(), "a point is never orphaned");
                return;
            }
            Anchor found = result.anchor();
            assertEquals(Anchor.fromRange(pair.b(), found.start(), found.end()), found);
            for (String part : List.of(found.quote(), found.prefix(), found.suffix())) {
                assertWholeCodePoints(part);
            }
            if (result.state() == AnchorState.EXACT) {
                assertEquals(anchor.start(), found.start());
                assertEquals(anchor.quote(), found.quote());
            }
            if (!found.quote().equals(anchor.quote())) {
                int[] quote = AnchorMatching.codePoints(anchor.quote());
                int[] now = AnchorMatching.codePoints(found.quote());
                double similarity = AnchorMatching.similarity(
                        AnchorMatching.levenshtein(quote, now, 0, now.length), quote.length, now.length);
                assertTrue(similarity >= Reanchoring.MIN_SIMILARITY, () -> "similarity " + similarity + " of " + found);
            }
        });
    }

    @Test
    void followIsDeterministic() {
        Property.forAll(pairs(), Gen.integers(0, 10_000), Gen.integers(0, 10_000), (pair, s, e) -> {
            int length = Texts.codePoints(pair.a());
            int start = s % (length + 1);
            Anchor anchor = Anchor.fromRange(pair.a(), start, start + e % (length - start + 1));

            assertEquals(reanchoring.follow(anchor, pair.a(), pair.b()),
                    new Reanchoring(new DiffEngine(Duration.ofSeconds(1))).follow(anchor, pair.a(), pair.b()));
        });
    }

    @Test
    void followAllIsTheStepsInTurn() {
        Property.forAll(anchored(), texts(), texts(), (a, second, third) -> {
            List<String> texts = List.of(a.text(), second, third);

            Reanchored all = reanchoring.followAll(a.anchor(), texts);

            Reanchored first = reanchoring.follow(a.anchor(), a.text(), second);
            if (first.state() == AnchorState.ORPHANED) {
                assertEquals(first, all);
                return;
            }
            Reanchored last = reanchoring.follow(first.anchor(), second, third);
            assertEquals(last.anchor(), all.anchor());
            AnchorState expected = last.state() == AnchorState.ORPHANED ? AnchorState.ORPHANED
                    : first.state() == AnchorState.EXACT && last.state() == AnchorState.EXACT ? AnchorState.EXACT
                    : AnchorState.MOVED;
            assertEquals(expected, all.state());
        });
    }

    @Test
    void aPointIsNeverOrphaned() {
        Property.forAll(pairs(), Gen.integers(0, 10_000), (pair, p) -> {
            int point = p % (Texts.codePoints(pair.a()) + 1);

            Reanchored result = reanchoring.follow(Anchor.fromRange(pair.a(), point, point), pair.a(), pair.b());

            assertNotEquals(AnchorState.ORPHANED, result.state());
            int mapped = reanchoring.mapPosition(pair.a(), pair.b(), point);
            assertEquals(Anchor.fromRange(pair.b(), mapped, mapped), result.anchor());
        });
    }

    /** Words of Greek letters, which no text of {@link MultilingualText} holds; distinct and of one length. */
    static Gen<List<String>> greekWords() {
        return Gen.string(Gen.charOf(Gen.range('α', 'ω')), 4, 4).uniqueList(1, 8);
    }

    /** Five words of letters no text of {@link MultilingualText} holds. */
    static Gen<List<String>> fiveWords() {
        return latinWords().listOfSize(5);
    }

    static Gen<String> latinWords() {
        return Gen.string(Gen.charOf(Gen.range('g', 'y')), 6, 9);
    }

    private static String insertAt(String text, int codePoint, String insertion) {
        int at = text.offsetByCodePoints(0, codePoint);
        return text.substring(0, at) + insertion + text.substring(at);
    }

    private static int codePointIndex(String text, String quote) {
        int at = text.indexOf(quote);
        assertTrue(at >= 0 && text.indexOf(quote, at + 1) < 0, () -> "not exactly once: " + quote);
        return text.codePointCount(0, at);
    }

    private static int occurrences(String text, String quote) {
        int count = 0;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            boolean splitsAPair = at > 0 && Character.isHighSurrogate(text.charAt(at - 1))
                    && Character.isLowSurrogate(text.charAt(at));
            if (!splitsAPair) {
                count++;
            }
        }
        return count;
    }

    private static void assertWholeCodePoints(String part) {
        if (!part.isEmpty()) {
            assertFalse(Character.isLowSurrogate(part.charAt(0)), () -> "starts inside a pair: " + part);
            assertFalse(Character.isHighSurrogate(part.charAt(part.length() - 1)), () -> "ends inside a pair: " + part);
        }
    }
}
