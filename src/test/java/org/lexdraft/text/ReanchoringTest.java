package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReanchoringTest {

    private static final String V1 = """
            Article 1
            Each State Party undertakes never under any circumstances to use cluster munitions. \
            It shall not develop, produce or otherwise acquire them. It shall not assist anyone to do so.

            Article 2
            For the purposes of this Convention, "cluster munition" means a conventional munition.
            """;

    private final Reanchoring reanchoring = new Reanchoring(new DiffEngine(Duration.ofSeconds(1)));

    @Test
    void anchorOnAnUnchangedTextIsExact() {
        Anchor anchor = anchor(V1, "never under any circumstances");

        assertEquals(new Reanchored(AnchorState.EXACT, anchor), reanchoring.follow(anchor, V1, V1));
    }

    @Test
    void textInsertedBeforeTheAnchorMovesIt() {
        Anchor anchor = anchor(V1, "never under any circumstances");
        String v2 = V1.replace("Article 1\n", "Article 1\nPreamble to be agreed.\n");

        Reanchored result = reanchoring.follow(anchor, V1, v2);

        assertEquals(AnchorState.MOVED, result.state());
        assertEquals(anchor.start() + "Preamble to be agreed.\n".length(), result.anchor().start());
        assertEquals(anchor.quote(), result.anchor().quote());
        assertEquals(Anchor.fromRange(v2, result.anchor().start(), result.anchor().end()), result.anchor());
    }

    @Test
    void textInsertedAfterTheAnchorLeavesItExactWithItsNewContext() {
        Anchor anchor = anchor(V1, "never under any circumstances");
        String v2 = V1.replace("circumstances to use", "circumstances, in peace or war, to use");

        Reanchored result = reanchoring.follow(anchor, V1, v2);

        assertEquals(AnchorState.EXACT, result.state());
        assertEquals(anchor.start(), result.anchor().start());
        assertEquals(anchor.quote(), result.anchor().quote());
        assertTrue(result.anchor().suffix().startsWith(", in peace or war"), result.anchor().suffix());
    }

    @Test
    void textInsertedRightAtEitherEndStaysOutOfTheAnchor() {
        String text = "shall not use cluster munitions";
        Anchor anchor = anchor(text, "use");

        Reanchored result = reanchoring.follow(anchor, text, "shall not ever use any cluster munitions");

        assertEquals(AnchorState.MOVED, result.state());
        assertEquals("use", result.anchor().quote());
        assertEquals(15, result.anchor().start());
    }

    @Test
    void deletingTheAnchoredWordsOrphansTheAnchor() {
        Anchor anchor = anchor(V1, " It shall not assist anyone to do so.");
        String v2 = V1.replace(" It shall not assist anyone to do so.", "");

        assertEquals(new Reanchored(AnchorState.ORPHANED, null), reanchoring.follow(anchor, V1, v2));
    }

    @Test
    void rewritingTheAnchoredWordsBeyondRecognitionOrphansTheAnchor() {
        Anchor anchor = anchor(V1, "develop, produce or otherwise acquire");
        String v2 = V1.replace("develop, produce or otherwise acquire", "stockpile or transfer");

        assertEquals(AnchorState.ORPHANED, reanchoring.follow(anchor, V1, v2).state());
    }

    @Test
    void oneWordChangedInsideTheAnchorTakesItOntoTheNewWordsAsEdited() {
        Anchor anchor = anchor(V1, "never under any circumstances to use");
        String v2 = V1.replace("circumstances to use", "circumstances to employ");

        Reanchored result = reanchoring.follow(anchor, V1, v2);

        assertEquals(new Reanchored(AnchorState.EDITED, anchor(v2, "never under any circumstances to employ")), result);
    }

    @Test
    void firstAndLastWordsChangedAreStillPartOfTheAnchor() {
        Anchor anchor = anchor(V1, "develop, produce or otherwise acquire");

        String first = V1.replace("develop, produce", "design, produce");
        String last = V1.replace("otherwise acquire", "otherwise obtain");

        assertEquals(new Reanchored(AnchorState.EDITED, anchor(first, "design, produce or otherwise acquire")),
                reanchoring.follow(anchor, V1, first));
        assertEquals(new Reanchored(AnchorState.EDITED, anchor(last, "develop, produce or otherwise obtain")),
                reanchoring.follow(anchor, V1, last));
    }

    @Test
    void aSentenceMovedToAnotherParagraphTakesItsAnchorAlong() {
        String sentence = "It shall not develop, produce or otherwise acquire them.";
        Anchor anchor = anchor(V1, "produce or otherwise acquire");
        String v2 = V1.replace(sentence + " ", "").replace("conventional munition.", "conventional munition. " + sentence);

        Reanchored result = reanchoring.follow(anchor, V1, v2);

        assertEquals(new Reanchored(AnchorState.MOVED, anchor(v2, "produce or otherwise acquire")), result);
    }

    @Test
    void aSentenceMovedAndEditedIsFoundBySimilarity() {
        String sentence = "It shall not develop, produce or otherwise acquire them.";
        Anchor anchor = anchor(V1, sentence);
        String v2 = V1.replace(sentence + " ", "")
                .replace("conventional munition.", "conventional munition. It shall not develop, make or otherwise acquire them.");

        Reanchored result = reanchoring.follow(anchor, V1, v2);

        assertEquals(new Reanchored(AnchorState.EDITED, anchor(v2, "It shall not develop, make or otherwise acquire them.")),
                result);
    }

    @Test
    void anEditedQuoteThatOccursElsewhereMovesToTheOccurrenceWithTheBestContext() {
        String v1 = "Article 3. The State Party shall destroy its stocks. "
                + "Article 4. The State Party may request aid. "
                + "Article 5. Each State Party shall destroy its stocks of submunitions.";
        Anchor anchor = anchor(v1, "The State Party shall destroy its stocks");
        String v2 = v1.replace("Article 3. The State Party", "Article 3. The States Parties");

        Reanchored result = reanchoring.follow(Anchor.fromRange(v1, anchor.start() + 4, anchor.start() + 15), v1, v2);

        // Article 4's "State Party" is followed by other words; Article 5's by the same ones.
        int article5 = v2.indexOf("Each State Party") + "Each ".length();
        assertEquals(new Reanchored(AnchorState.MOVED, Anchor.fromRange(v2, article5, article5 + 11)), result);
    }

    @Test
    void amongOccurrencesWithEqualContextTheNearestWins() {
        String v1 = "ab ab ab ab";
        // No context: every occurrence matches it equally well.
        Anchor anchor = new Anchor(6, 8, "ab", "", "");

        Reanchored result = reanchoring.follow(anchor, v1, "ab ab aXb ab");

        assertEquals(new Reanchored(AnchorState.MOVED, Anchor.fromRange("ab ab aXb ab", 3, 5)), result);
    }

    @Test
    void aQuoteTooShortToBeEditedIsOrphanedRatherThanGuessed() {
        String v1 = "ab ab ab XY ab ab ab";
        Anchor anchor = Anchor.fromRange(v1, 9, 11);

        assertEquals(AnchorState.ORPHANED, reanchoring.follow(anchor, v1, "ab ab ab XZ ab ab ab").state());
    }

    @Test
    void aPointFollowsTheCharacterAfterIt() {
        String v1 = "shall not use";
        Anchor point = Anchor.fromRange(v1, 6, 6);

        assertEquals(new Reanchored(AnchorState.EXACT, point), reanchoring.follow(point, v1, v1));
        assertEquals(new Reanchored(AnchorState.EXACT, Anchor.fromRange("shall not ever use", 6, 6)),
                reanchoring.follow(point, v1, "shall not ever use"));
        assertEquals(new Reanchored(AnchorState.MOVED, Anchor.fromRange("it shall not use", 9, 9)),
                reanchoring.follow(point, v1, "it shall not use"));
        // Inside deleted text: the deletion point.
        assertEquals(new Reanchored(AnchorState.MOVED, Anchor.fromRange("shall use", 6, 6)),
                reanchoring.follow(Anchor.fromRange(v1, 8, 8), v1, "shall use"));
    }

    @Test
    void emojiAndSupplementaryIdeographsCountAsOneCodePoint() {
        String v1 = "缔约国 👍🏽 agreed: 𠀀 shall apply";
        Anchor anchor = anchor(v1, "𠀀 shall");
        String v2 = "缔约国 👍🏽👍🏿🇦🇧 agreed: 𠀀 shall apply";

        Reanchored result = reanchoring.follow(anchor, v1, v2);

        assertEquals(new Reanchored(AnchorState.MOVED, anchor(v2, "𠀀 shall")), result);
        assertEquals(anchor.start() + 4, result.anchor().start());
    }

    @Test
    void anAnchorWhoseQuoteDoesNotReadAsTheTextIsLookedForByItsQuote() {
        String v1 = "alpha beta gamma";
        Anchor stale = new Anchor(0, 5, "gamma", "", "");

        assertEquals(new Reanchored(AnchorState.MOVED, Anchor.fromRange(v1, 11, 16)), reanchoring.follow(stale, v1, v1));
    }

    @Test
    void anAnchorOutsideTheTextIsRejected() {
        Anchor anchor = new Anchor(3, 8, "abcde", "", "");

        assertThrows(IllegalArgumentException.class, () -> reanchoring.follow(anchor, "short", "short"));
    }

    @Test
    void mapPositionFollowsTheCodePointAtThePosition() {
        String from = "shall not use";
        String to = "it shall never use";

        assertEquals(3, reanchoring.mapPosition(from, to, 0));
        assertEquals(9, reanchoring.mapPosition(from, to, 6));
        // "not" -> "never": the char diff keeps "n", deletes "ot", inserts "ever".
        assertEquals(10, reanchoring.mapPosition(from, to, 7));
        assertEquals(10, reanchoring.mapPosition(from, to, 8));
        assertEquals(14, reanchoring.mapPosition(from, to, 9));
        assertEquals(18, reanchoring.mapPosition(from, to, 13));
        assertEquals(0, reanchoring.mapPosition("abc", "", 2));
        assertThrows(IllegalArgumentException.class, () -> reanchoring.mapPosition(from, to, 14));
        assertThrows(IllegalArgumentException.class, () -> reanchoring.mapPosition(from, to, -1));
    }

    @Test
    void followAllIsExactOnlyWhenEveryStepIs() {
        Anchor anchor = anchor(V1, "cluster munitions");
        String v2 = V1.replace("Article 2", "Article 2 (Definitions)");
        String v3 = "Chapter I\n" + v2;
        String v4 = v3.replace("Chapter I\n", "");

        assertEquals(new Reanchored(AnchorState.EXACT, anchor), reanchoring.followAll(anchor, List.of(V1, v2)));
        assertEquals(new Reanchored(AnchorState.MOVED, anchor(v3, "cluster munitions")),
                reanchoring.followAll(anchor, List.of(V1, v2, v3)));
        // Back at its first offsets, but not by way of EXACT steps only.
        assertEquals(new Reanchored(AnchorState.MOVED, anchor(v4, "cluster munitions")),
                reanchoring.followAll(anchor, List.of(V1, v2, v3, v4)));
        assertEquals(new Reanchored(AnchorState.EXACT, anchor), reanchoring.followAll(anchor, List.of(V1)));
    }

    @Test
    void onceOrphanedAnAnchorStaysOrphanedEvenIfItsWordsComeBack() {
        Anchor anchor = anchor(V1, " It shall not assist anyone to do so.");
        String v2 = V1.replace(" It shall not assist anyone to do so.", "");

        assertEquals(new Reanchored(AnchorState.ORPHANED, null), reanchoring.followAll(anchor, List.of(V1, v2, V1)));
    }

    @Test
    void followAllNeedsAText() {
        Anchor anchor = Anchor.fromRange("", 0, 0);

        assertThrows(IllegalArgumentException.class, () -> reanchoring.followAll(anchor, List.of()));
    }

    @Test
    void anEditedAnchorInALongTextIsFoundQuickly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 400_000; i++) {
            text.append("Paragraph ").append(i).append(": each State Party shall report on measure ").append(i * 7919 % 10007)
                    .append(" within ").append(i % 12 + 1).append(" months.\n");
        }
        String v1 = text.toString();
        Anchor anchor = anchor(v1, "Paragraph 4321: each State Party shall report on measure");
        String v2 = v1.replace("Paragraph 4321: each State Party shall report on measure",
                        "Paragraph 4321: every State Party shall report upon measure")
                .replace("Paragraph 10: ", "Paragraph 10 (deleted)\n");

        Reanchored result = reanchoring.follow(anchor, v1, v2);

        assertEquals(new Reanchored(AnchorState.EDITED,
                anchor(v2, "Paragraph 4321: every State Party shall report upon measure")), result);
    }

    @Test
    void aSentenceMovedAndEditedInALongTextIsFound() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 300_000; i++) {
            text.append("Clause ").append(i).append(" binds the Parties.\n");
        }
        String sentence = "The Depositary shall notify every signatory promptly.";
        String v1 = text.toString().replace("Clause 77 binds", sentence + " Clause 77 binds");
        Anchor anchor = anchor(v1, sentence);
        String v2 = v1.replace(sentence + " ", "")
                .replace("Clause 90 binds", "The Depositary shall notify each signatory promptly. Clause 90 binds");

        Reanchored result = reanchoring.follow(anchor, v1, v2);

        assertEquals(new Reanchored(AnchorState.EDITED,
                anchor(v2, "The Depositary shall notify each signatory promptly.")), result);
    }

    @Test
    void aLongQuoteSlightlyEditedInPlaceIsMoved() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            words.append("w").append(i * 31 % 997).append(' ');
        }
        String quote = words.toString().trim();
        String v1 = "Start. " + quote + " End.";
        Anchor anchor = anchor(v1, quote);
        String edited = quote.replace("w93 ", "w93 and ").replace("w5 ", "");
        String v2 = "Start. " + edited + " End.";

        Reanchored result = reanchoring.follow(anchor, v1, v2);

        assertEquals(new Reanchored(AnchorState.EDITED, anchor(v2, edited)), result);
    }

    @Test
    void followIsDeterministic() {
        Anchor anchor = anchor(V1, "otherwise acquire them");
        String v2 = V1.replace("otherwise acquire them", "otherwise get them").replace("Article 2", "Article 3");

        Reanchored first = reanchoring.follow(anchor, V1, v2);

        for (int i = 0; i < 5; i++) {
            assertEquals(first, new Reanchoring(new DiffEngine(Duration.ofSeconds(1))).follow(anchor, V1, v2));
        }
    }

    @Test
    void aMovedAndEditedSentenceIsOnlySearchedForNearWhereTheDiffPutsIt() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append("Clause ").append(i).append(" binds the Parties.\n");
        }
        String sentence = "The Depositary shall notify every signatory promptly.";
        String v1 = text.toString().replace("Clause 77 binds", sentence + " Clause 77 binds");
        Anchor anchor = anchor(v1, sentence);
        // Some 900,000 code points further, past what one search may cover for a quote this long.
        String v2 = v1.replace(sentence + " ", "")
                .replace("Clause 32000 binds", "The Depositary shall notify each signatory promptly. Clause 32000 binds");

        Reanchored result = reanchoring.follow(anchor, v1, v2);

        assertEquals(AnchorState.ORPHANED, result.state());
    }

    @Test
    void loneSurrogatesAreCodePointsOfTheirOwn() {
        String v1 = "a\uD83D b \uDC4D shall apply";
        Anchor anchor = Anchor.fromRange(v1, 1, 6);
        assertEquals("\uD83D b \uDC4D", anchor.quote());
        String v2 = "x\uDC4D a\uD83D b \uDC4D shall apply";

        Reanchored result = reanchoring.follow(anchor, v1, v2);

        assertEquals(new Reanchored(AnchorState.MOVED, Anchor.fromRange(v2, 4, 9)), result);
    }

    @Test
    void theOccurrenceWithTheBestContextIsFoundBeforeWhereTheDiffPutsTheAnchor() {
        // Every occurrence lies before the anchor's place, and none has a perfect context: all are
        // compared, down to the first of the text.
        String text = "Kab; Lab; Mab; zzzzzzzzzz";
        Anchor stale = new Anchor(20, 22, "ab", "K", "!");

        assertEquals(new Reanchored(AnchorState.MOVED, Anchor.fromRange(text, 1, 3)), reanchoring.follow(stale, text, text));
    }

    @Test
    void amongOccurrencesWithEqualImperfectContextTheNearestWins() {
        String text = "Xab xxxxx Xab xxxxxxxxxxxxxxx Xab xxxxx";
        // Nearest to position 28: the third "ab" (31), not the second (11) nor the first (1).
        Anchor stale = new Anchor(28, 30, "ab", "Y", "");

        assertEquals(new Reanchored(AnchorState.MOVED, Anchor.fromRange(text, 31, 33)), reanchoring.follow(stale, text, text));
    }

    @Test
    void ofTwoOccurrencesEquallyNearTheEarlierWins() {
        // Both five code points from position 5.
        String text = "ab zzzzzz ab";
        Anchor stale = new Anchor(5, 7, "ab", "", "");

        assertEquals(new Reanchored(AnchorState.MOVED, Anchor.fromRange(text, 0, 2)), reanchoring.follow(stale, text, text));
    }

    @Test
    void ofEquallyCloseWindowsTheLongestWins() {
        // "abcdefg" and "abcdefgX" are both one edit from the quote: the edited last letter belongs to it.
        String text = "x".repeat(30) + " abcdefgX yyy";
        Anchor stale = new Anchor(10, 18, "abcdefgh", "", "");

        assertEquals(new Reanchored(AnchorState.EDITED, Anchor.fromRange(text, 31, 39)), reanchoring.follow(stale, text, text));
    }

    @Test
    void ofEquallyCloseWindowsOfOneLengthTheNearestWins() {
        String text = "abcdefgX " + "x".repeat(40) + " abcdefgX " + "x".repeat(40) + " abcdefgX";

        assertEquals(new Reanchored(AnchorState.EDITED, Anchor.fromRange(text, 50, 58)),
                reanchoring.follow(new Anchor(30, 38, "abcdefgh", "", ""), text, text));
        assertEquals(new Reanchored(AnchorState.EDITED, Anchor.fromRange(text, 0, 8)),
                reanchoring.follow(new Anchor(20, 28, "abcdefgh", "", ""), text, text));
        assertEquals(new Reanchored(AnchorState.EDITED, Anchor.fromRange(text, 100, 108)),
                reanchoring.follow(new Anchor(80, 88, "abcdefgh", "", ""), text, text));
    }

    @Test
    void ofEquallyCloseWindowsEquallyNearTheEarliestWins() {
        String text = "abcdefgX " + "x".repeat(40) + " abcdefgX";

        assertEquals(new Reanchored(AnchorState.EDITED, Anchor.fromRange(text, 0, 8)),
                reanchoring.follow(new Anchor(25, 33, "abcdefgh", "", ""), text, text));
    }

    /** A quote of {@code length} code points of words, too long to be searched for by similarity. */
    private static String longQuote(int length) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; words.length() <= length; i++) {
            words.append("w").append(i * 31 % 997).append(' ');
        }
        String quote = words.substring(0, length);
        return quote.endsWith(" ") ? quote.substring(0, length - 1) + "z" : quote;
    }

    @Test
    void aLongQuoteWithAFifthOfItsWordsRewrittenInPlaceIsOrphaned() {
        // Some words shortened, some lengthened: each rewritten word costs its longer spelling,
        // some 30 % of the quote in all, too much to be the words quoted.
        String quote = longQuote(5800);
        String v1 = "Start. " + quote + " End.";
        Anchor anchor = anchor(v1, quote);
        String[] words = quote.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i % 6 == 0) {
                words[i] = "Q";
            } else if (i % 10 == 5) {
                words[i] = "QQQQQQQQ";
            }
        }
        String v2 = "Start. " + String.join(" ", words) + " End.";

        assertEquals(Reanchored.orphaned(), reanchoring.follow(anchor, v1, v2));
    }

    @Test
    void aLongQuoteWithItsLastThirdRewrittenIsOrphaned() {
        String quote = longQuote(5800);
        String v1 = "Start. " + quote + " End.";
        Anchor anchor = anchor(v1, quote);
        int cut = quote.lastIndexOf(' ', quote.length() * 2 / 3) + 1;
        String v2 = "Start. " + quote.substring(0, cut) + "Q".repeat(quote.length() - cut) + " End.";

        assertEquals(Reanchored.orphaned(), reanchoring.follow(anchor, v1, v2));
    }

    /**
     * Edits of a quote of 2,600 code points, in place: too long to be searched for elsewhere, so only
     * the range the diff maps it to can hold it, if that is similar enough.
     */
    private Reanchored followEdited(int editAt, int deleted, int inserted) {
        String quote = longQuote(2600);
        String filler = "\nAnnex. " + "Nothing here. ".repeat(80);
        String v1 = "Start. " + quote + " End." + filler;
        Anchor anchor = anchor(v1, quote);
        String edited = quote.substring(0, editAt) + "Q".repeat(inserted) + quote.substring(editAt + deleted);
        return reanchoring.follow(anchor, v1, "Start. " + edited + " End." + filler);
    }

    @Test
    void editedWordsAreFollowedDownToExactlyTheLeastSimilarity() {
        // 650 of 2,600 code points replaced: similarity 0.75, the least that still follows.
        int at = longQuote(2600).indexOf(' ', 900) + 1;

        Reanchored replaced = followEdited(at, 650, 650);
        assertEquals(AnchorState.EDITED, replaced.state());
        assertEquals(2600, replaced.anchor().end() - replaced.anchor().start());
        assertEquals(Reanchored.orphaned(), followEdited(at, 651, 651));
    }

    @Test
    void editedWordsAreFollowedUpToExactlyAQuarterLongerOrShorter() {
        int at = longQuote(2600).indexOf(' ', 900) + 1;

        Reanchored longer = followEdited(at, 0, 650);
        assertEquals(AnchorState.EDITED, longer.state());
        assertEquals(3250, longer.anchor().end() - longer.anchor().start());
        assertEquals(Reanchored.orphaned(), followEdited(at, 0, 651));

        Reanchored shorter = followEdited(at, 650, 0);
        assertEquals(AnchorState.EDITED, shorter.state());
        assertEquals(1950, shorter.anchor().end() - shorter.anchor().start());
        assertEquals(Reanchored.orphaned(), followEdited(at, 651, 0));
    }

    /** The anchor of the only occurrence of {@code quote} in {@code text}. */
    private static Anchor anchor(String text, String quote) {
        int at = text.indexOf(quote);
        assertTrue(at >= 0 && text.indexOf(quote, at + 1) < 0, () -> "not exactly once: " + quote);
        int start = text.codePointCount(0, at);
        return Anchor.fromRange(text, start, start + quote.codePointCount(0, quote.length()));
    }

    @Test
    void aStaleAnchorWhoseMappedRangeReadsAsItsQuoteIsTakenThereBeforeAnOccurrenceWithBetterContext() {
        // Step 1 before step 2. The anchor covers "burn" of the replaced "burn down"; its offsets
        // map onto the "sell" that replaced them, although its context is that of the first "sell".
        String v1 = "Parties may sell surplus. They shall burn down stockpiles.";
        String v2 = "Parties may sell surplus. They shall sell stockpiles.";
        int at = v1.indexOf("burn");
        Anchor stale = new Anchor(at, at + 4, "sell", "Parties may ", " surplus");

        assertEquals(new Reanchored(AnchorState.MOVED, Anchor.fromRange(v2, at, at + 4)), reanchoring.follow(stale, v1, v2));
    }

    @Test
    void aStaleAnchorIsFoundByAnExactOccurrenceAtTheStartOfTheTextBeforeSimilarWordsAtItsOffsets() {
        // Step 2 before step 3, for an occurrence at offset 0.
        String text = "cluster munitions: A: ban cluster munition.";
        int at = text.indexOf("cluster munition.");
        Anchor stale = new Anchor(at, at + 17, "cluster munitions", "", "");

        assertEquals(new Reanchored(AnchorState.MOVED, Anchor.fromRange(text, 0, 17)), reanchoring.follow(stale, text, text));
    }

    @Test
    void editedWordsThatAreTheWholeNewTextAtTheShortestLengthAllowedAreFound() {
        // "weapon" is 6 code points, the least a quarter shorter than "weapons" allows; the diff maps
        // the anchor to the empty end of the text, so it is the similarity search that finds it.
        String v1 = "weapon or weapons";
        Anchor anchor = anchor(v1, "weapons");

        assertEquals(new Reanchored(AnchorState.EDITED, Anchor.fromRange("weapon", 0, 6)),
                reanchoring.follow(anchor, v1, "weapon"));
    }

    @Test
    void aMovedAndEditedSentenceFarIntoALongTextIsSearchedForAroundWhereTheDiffPutsIt() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 300_000; i++) {
            text.append("Clause ").append(i).append(" binds the Parties.\n");
        }
        String sentence = "The Depositary shall notify every signatory promptly.";
        // Clause 9000 lies some 235,000 code points in, past what one search may cover from the start.
        String v1 = text.toString().replace("Clause 9000 binds", sentence + " Clause 9000 binds");
        Anchor anchor = anchor(v1, sentence);
        String v2 = v1.replace(sentence + " ", "")
                .replace("Clause 9013 binds", "The Depositary shall notify each signatory promptly. Clause 9013 binds");

        assertEquals(new Reanchored(AnchorState.EDITED,
                anchor(v2, "The Depositary shall notify each signatory promptly.")), reanchoring.follow(anchor, v1, v2));
    }

    @Test
    void aWindowFoundBySimilarityIsWidenedToTheWholeWordsWhereTheAnchorHadWordEdges() {
        // The closest window is "loy cluster munitions against civilians" (three edits); the anchor
        // began and ended between tokens, so its words are the whole "employ ..." (still similar).
        String text = "x".repeat(39) + " They shall never employ cluster munitions against civilians.";
        Anchor stale = new Anchor(0, 39, "use cluster munitions against civilians", "", "");

        assertEquals(new Reanchored(AnchorState.EDITED,
                        anchor(text, "employ cluster munitions against civilians")), reanchoring.follow(stale, text, text));
    }

    @Test
    void editedWordsAtTheMappedRangeAreKeptUnwidenedWhenTheWholeWordsAreTooLong() {
        // Step 3: the edited words where the diff maps the anchor are similar, their widening to the
        // glued word is not (too long), so they are kept as they are, before step 4 would prefer the
        // closer "use cluster munitionz" that has the anchor's context.
        String zoneB = " Zone B: they shall never use cluster munitionz here.";
        String v1 = "Zone A: use clustre munitions counted." + zoneB;
        int at = "Zone A: ".length();
        Anchor stale = new Anchor(at, at + 21, "use cluster munitions", "they shall never ", " here.");

        String gluedAfter = "Zone A: use clustre munitionsuncounted." + zoneB;
        assertEquals(new Reanchored(AnchorState.EDITED, Anchor.fromRange(gluedAfter, at, at + 21)),
                reanchoring.follow(stale, v1, gluedAfter));
        String gluedBefore = "Zone A:counteruse clustre munitions counted." + zoneB;
        assertEquals(new Reanchored(AnchorState.EDITED, Anchor.fromRange(gluedBefore, at + 6, at + 27)),
                reanchoring.follow(stale, v1, gluedBefore));
    }

    @Test
    void aReferenceRenumberedRightBeforeTheAnchorWithoutChangingLengthLeavesItExact() {
        String v1 = "Paragraph 3(a) applies to stockpiles.";
        Anchor anchor = anchor(v1, "(a) applies");
        String v2 = "Paragraph 4(a) applies to stockpiles.";

        assertEquals(new Reanchored(AnchorState.EXACT, anchor(v2, "(a) applies")), reanchoring.follow(anchor, v1, v2));
    }

    @Test
    void aNumberMovedFromBeforeTheHeadingToRightBeforeTheAnchorLeavesItExact() {
        // "1. " deleted at the start, "1.1" inserted right before the anchor: its offsets are unchanged.
        String v1 = "1. Exceptions: (a) applies.";
        Anchor anchor = anchor(v1, "(a) applies");
        String v2 = "Exceptions: 1.1(a) applies.";

        assertEquals(new Reanchored(AnchorState.EXACT, anchor(v2, "(a) applies")), reanchoring.follow(anchor, v1, v2));
    }

    @Test
    void aLongQuoteEditedJustAfterWhereTheDiffPutsTheAnchorIsFoundInALongText() {
        // A quote of some 2,000 code points leaves room to search only some 4,000 around the
        // anchor; the search must still take in the words that begin a few hundred after it.
        StringBuilder words = new StringBuilder();
        for (int i = 0; words.length() < 2_000; i++) {
            words.append("w").append(i * 31 % 997).append(' ');
        }
        String quote = words.toString().trim();
        String edited = quote.replace("w93 ", "w93 and ").replace("w5 ", "");
        StringBuilder filler = new StringBuilder();
        for (int i = 0; filler.length() < 10_000; i++) {
            filler.append("Clause ").append(i).append(" binds the Parties.\n");
        }
        String text = filler + edited + " " + filler;
        int start = filler.length() - 600;
        // Stale: its offsets read as filler, 600 code points before the edited words.
        Anchor stale = new Anchor(start, start + quote.length(), quote, "", "");

        assertEquals(new Reanchored(AnchorState.EDITED, anchor(text, edited)), reanchoring.follow(stale, text, text));
    }

    @Test
    void orphanedResultHasNoAnchor() {
        Anchor anchor = anchor(V1, "Article 2");

        assertNull(reanchoring.follow(anchor, V1, "").anchor());
    }
}
