package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.lexdraft.text.MultilingualText.TextPair;

class ReanchoringProperties {

    /** Not in any text {@link MultilingualText} makes: it pins down where a diff puts an insertion. */
    private static final String MARK = "\u2603";

    private final Reanchoring reanchoring = new Reanchoring(new DiffEngine(Duration.ofSeconds(1)));

    /** A text and an anchor on it. */
    record Anchored(String text, Anchor anchor) {
    }

    @Provide
    Arbitrary<Anchored> anchored() {
        return MultilingualText.texts().flatMap(ReanchoringProperties::anchorOn);
    }

    @Provide
    Arbitrary<TextPair> pairs() {
        return MultilingualText.pairs();
    }

    @Provide
    Arbitrary<String> texts() {
        return MultilingualText.texts();
    }

    static Arbitrary<Anchored> anchorOn(String text) {
        int length = Texts.codePoints(text);
        return Arbitraries.integers().between(0, length).flatMap(start -> Arbitraries.integers().between(start, length)
                .map(end -> new Anchored(text, Anchor.fromRange(text, start, end))));
    }

    @Property
    void followingIntoTheSameTextIsExactWithTheSameAnchor(@ForAll("anchored") Anchored a) {
        assertEquals(new Reanchored(AnchorState.EXACT, a.anchor()), reanchoring.follow(a.anchor(), a.text(), a.text()));
    }

    @Property
    void mappingIntoTheSameTextIsTheIdentity(@ForAll("anchored") Anchored a) {
        assertEquals(a.anchor().start(), reanchoring.mapPosition(a.text(), a.text(), a.anchor().start()));
        assertEquals(a.anchor().end(), reanchoring.mapPosition(a.text(), a.text(), a.anchor().end()));
    }

    @Property
    void mappedPositionsStayInOrderWithinTheTarget(@ForAll("pairs") TextPair pair) {
        int length = Texts.codePoints(pair.a());
        int previous = 0;
        for (int p = 0; p <= length; p++) {
            int mapped = reanchoring.mapPosition(pair.a(), pair.b(), p);
            assertTrue(mapped >= previous && mapped <= Texts.codePoints(pair.b()), () -> "mapped to " + mapped);
            previous = mapped;
        }
        assertEquals(Texts.codePoints(pair.b()), reanchoring.mapPosition(pair.a(), pair.b(), length));
    }

    @Property
    void aQuoteOccurringOnceIsFoundWithoutContext(@ForAll("anchored") Anchored a) {
        String quote = a.anchor().quote();
        Assume.that(!quote.isEmpty() && occurrences(a.text(), quote) == 1);

        assertEquals(Optional.of(a.anchor()), Anchor.fromQuote(a.text(), quote, "", ""));
        assertEquals(Optional.of(a.anchor()), Anchor.fromQuote(a.text(), quote, "unrelated", "context"));
    }

    @Property
    void aQuoteIsFoundWithContextAsGoodAsItsOwn(@ForAll("anchored") Anchored a) {
        Anchor anchor = a.anchor();

        Anchor found = Anchor.fromQuote(a.text(), anchor.quote(), anchor.prefix(), anchor.suffix()).orElseThrow();

        assertEquals(anchor.quote(), found.quote());
        assertEquals(anchor.prefix(), found.prefix());
        assertEquals(anchor.suffix(), found.suffix());
        assertTrue(found.start() <= anchor.start(), () -> "found later than the original: " + found);
    }

    @Property
    void textInsertedBeforeTheAnchorMovesItByTheInsertedLength(@ForAll("anchored") Anchored a,
                                                               @ForAll("texts") String inserted,
                                                               @ForAll @IntRange(min = 0, max = 1000) int at) {
        Anchor anchor = a.anchor();
        String insertion = MARK + inserted + MARK;
        String after = insertAt(a.text(), at % (anchor.start() + 1), insertion);

        Reanchored result = reanchoring.follow(anchor, a.text(), after);

        assertEquals(AnchorState.MOVED, result.state());
        assertEquals(anchor.start() + Texts.codePoints(insertion), result.anchor().start());
        assertEquals(anchor.quote(), result.anchor().quote());
    }

    @Property
    void textInsertedAfterTheAnchorLeavesItExact(@ForAll("anchored") Anchored a, @ForAll("texts") String inserted,
                                                 @ForAll @IntRange(min = 0, max = 1000) int at) {
        Anchor anchor = a.anchor();
        int length = Texts.codePoints(a.text());
        // At or after the end, except that text inserted right at a point comes before it.
        int first = anchor.start() == anchor.end() ? anchor.end() + 1 : anchor.end();
        Assume.that(first <= length);
        String after = insertAt(a.text(), first + at % (length - first + 1), MARK + inserted + MARK);

        Reanchored result = reanchoring.follow(anchor, a.text(), after);

        assertEquals(AnchorState.EXACT, result.state());
        assertEquals(anchor.start(), result.anchor().start());
        assertEquals(anchor.quote(), result.anchor().quote());
    }

    @Property
    void deletingAnchoredWordsFoundNowhereElseOrphansTheAnchor(@ForAll("texts") String before,
                                                              @ForAll("greekWords") List<String> words,
                                                              @ForAll("texts") String after) {
        String quote = String.join(" ", words);
        String text = before + quote + after;
        int start = Texts.codePoints(before);
        Anchor anchor = Anchor.fromRange(text, start, start + Texts.codePoints(quote));

        assertEquals(new Reanchored(AnchorState.ORPHANED, null), reanchoring.follow(anchor, text, before + after));
    }

    @Property
    void oneWordOfFiveChangedMovesTheAnchorOntoTheNewWords(@ForAll("texts") String before,
                                                           @ForAll("fiveWords") List<String> words,
                                                           @ForAll @IntRange(min = 0, max = 4) int changed,
                                                           @ForAll("latinWords") String replacement,
                                                           @ForAll("texts") String after) {
        Assume.that(!replacement.equals(words.get(changed))
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
    }

    @Property
    void aSentenceCutAndPastedIntoAnotherParagraphTakesItsAnchorAlong(
            @ForAll("texts") String first, @ForAll("texts") String second, @ForAll("texts") String third,
            @ForAll("greekWords") List<String> words, @ForAll @IntRange(min = 0, max = 100) int word) {
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
    }

    @Property
    void followedAnchorsReadAsTheNewTextAndNeverSplitASurrogatePair(@ForAll("pairs") TextPair pair,
                                                                  @ForAll @IntRange(min = 0, max = 10_000) int s,
                                                                  @ForAll @IntRange(min = 0, max = 10_000) int e) {
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
    }

    @Property
    void followIsDeterministic(@ForAll("pairs") TextPair pair, @ForAll @IntRange(min = 0, max = 10_000) int s,
                               @ForAll @IntRange(min = 0, max = 10_000) int e) {
        int length = Texts.codePoints(pair.a());
        int start = s % (length + 1);
        Anchor anchor = Anchor.fromRange(pair.a(), start, start + e % (length - start + 1));

        assertEquals(reanchoring.follow(anchor, pair.a(), pair.b()),
                new Reanchoring(new DiffEngine(Duration.ofSeconds(1))).follow(anchor, pair.a(), pair.b()));
    }

    @Property
    void followAllIsTheStepsInTurn(@ForAll("anchored") Anchored a, @ForAll("texts") String second,
                                   @ForAll("texts") String third) {
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
    }

    @Property
    void aPointIsNeverOrphaned(@ForAll("pairs") TextPair pair, @ForAll @IntRange(min = 0, max = 10_000) int p) {
        int point = p % (Texts.codePoints(pair.a()) + 1);

        Reanchored result = reanchoring.follow(Anchor.fromRange(pair.a(), point, point), pair.a(), pair.b());

        assertNotEquals(AnchorState.ORPHANED, result.state());
        int mapped = reanchoring.mapPosition(pair.a(), pair.b(), point);
        assertEquals(Anchor.fromRange(pair.b(), mapped, mapped), result.anchor());
    }

    /** Words of Greek letters, which no text of {@link MultilingualText} holds; distinct and of one length. */
    @Provide
    Arbitrary<List<String>> greekWords() {
        return Arbitraries.strings().withCharRange('α', 'ω').ofLength(4).list().ofMinSize(1).ofMaxSize(8).uniqueElements();
    }

    /** Five words of letters no text of {@link MultilingualText} holds. */
    @Provide
    Arbitrary<List<String>> fiveWords() {
        return latinWords().list().ofSize(5);
    }

    @Provide
    Arbitrary<String> latinWords() {
        return Arbitraries.strings().withCharRange('g', 'y').ofMinLength(6).ofMaxLength(9);
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
