package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lexdraft.support.property.Gen;
import org.lexdraft.support.property.Property;

class BracketScanProperties {

    /** Multilingual text with many brackets and slashes, balanced or not. */
    static Gen<String> bracketedTexts() {
        return Gen.frequency(
                        Gen.weight(6, MultilingualText.fragments()),
                        Gen.weight(2, Gen.constant("[")),
                        Gen.weight(2, Gen.constant("]")),
                        Gen.weight(1, Gen.constant("/")))
                .list(40).map(EditedText::join);
    }

    @Test
    void pairsAreBracketsInStartOrderAndNestProperly() {
        Property.forAll(bracketedTexts(), text -> {
            int[] codePoints = text.codePoints().toArray();
            List<BracketSpan> spans = BracketScan.of(text).spans();

            for (int i = 0; i < spans.size(); i++) {
                BracketSpan span = spans.get(i);
                assertEquals('[', codePoints[span.start()]);
                assertEquals(']', codePoints[span.end() - 1]);
                if (i > 0) {
                    assertTrue(spans.get(i - 1).start() < span.start());
                }
                for (BracketSpan other : spans) {
                    boolean disjoint = other.end() <= span.start() || span.end() <= other.start();
                    boolean nested = other.start() <= span.start() && span.end() <= other.end()
                            || span.start() <= other.start() && other.end() <= span.end();
                    assertTrue(disjoint || nested, () -> span + " and " + other + " cross");
                }
            }
        });
    }

    @Test
    void depthCountsTheEnclosingPairs() {
        Property.forAll(bracketedTexts(), text -> {
            List<BracketSpan> spans = BracketScan.of(text).spans();

            for (BracketSpan span : spans) {
                long enclosing = spans.stream()
                        .filter(other -> other.start() < span.start() && span.end() < other.end())
                        .count();
                assertEquals(enclosing + 1, span.depth());
            }
        });
    }

    @Test
    void everyBracketIsPairedOrUnmatchedExactlyOnce() {
        Property.forAll(bracketedTexts(), text -> {
            int[] codePoints = text.codePoints().toArray();
            BracketScan scan = BracketScan.of(text);
            int[] uses = new int[codePoints.length];
            for (BracketSpan span : scan.spans()) {
                uses[span.start()]++;
                uses[span.end() - 1]++;
            }
            for (int offset : scan.unmatched()) {
                uses[offset]++;
            }

            for (int i = 0; i < codePoints.length; i++) {
                boolean bracket = codePoints[i] == '[' || codePoints[i] == ']';
                assertEquals(bracket ? 1 : 0, uses[i], "at code point " + i + " of " + text);
            }
            assertEquals(scan.unmatched().stream().sorted().toList(), scan.unmatched());
        });
    }

    @Test
    void noUnmatchedOpeningBracketPrecedesAnUnmatchedClosingOne() {
        Property.forAll(bracketedTexts(), text -> {
            int[] codePoints = text.codePoints().toArray();
            List<Integer> unmatched = BracketScan.of(text).unmatched();

            boolean openSeen = false;
            for (int offset : unmatched) {
                if (codePoints[offset] == '[') {
                    openSeen = true;
                } else {
                    assertFalse(openSeen, () -> "a ']' could have closed an earlier '[' in " + unmatched);
                }
            }
        });
    }

    @Test
    void alternativesAreStrippedPiecesOfTheInnerText() {
        Property.forAll(bracketedTexts(), text -> {
            int[] codePoints = text.codePoints().toArray();
            for (BracketSpan span : BracketScan.of(text).spans()) {
                String inner = new String(codePoints, span.start() + 1, span.end() - span.start() - 2);
                List<String> alternatives = span.alternatives();
                assertTrue(alternatives.isEmpty() || alternatives.size() >= 2);
                assertEquals(!alternatives.isEmpty(), countOwnSlashes(inner) > 0);
                if (!alternatives.isEmpty()) {
                    assertEquals(countOwnSlashes(inner) + 1, alternatives.size());
                }
                for (String alternative : alternatives) {
                    assertTrue(inner.contains(alternative));
                    assertEquals(alternative, alternative.strip());
                }
            }
        });
    }

    @Test
    void shareIsBetweenZeroAndOneAndOneWithoutPairs() {
        Property.forAll(bracketedTexts(), text -> {
            BracketScan scan = BracketScan.of(text);

            assertTrue(scan.unbracketedShare() >= 0.0 && scan.unbracketedShare() <= 1.0);
            if (scan.spans().isEmpty()) {
                assertEquals(1.0, scan.unbracketedShare());
            }
            assertEquals(scan.spans().stream().filter(span -> span.depth() == 1).count(), scan.openCount());
        });
    }

    @Test
    void emojiAndSupplementaryCharactersShiftOffsetsByOneEach() {
        Property.forAll(bracketedTexts(), text -> {
            BracketScan plain = BracketScan.of(text);
            BracketScan shifted = BracketScan.of("👍🏽𠀀" + text);

            assertEquals(plain.spans().stream()
                    .map(s -> new BracketSpan(s.start() + 3, s.end() + 3, s.depth(), s.alternatives())).toList(),
                    shifted.spans());
            assertEquals(plain.unmatched().stream().map(offset -> offset + 3).toList(), shifted.unmatched());
        });
    }

    private static int countOwnSlashes(String inner) {
        int nesting = 0;
        int slashes = 0;
        for (int c : inner.codePoints().toArray()) {
            if (c == '[') {
                nesting++;
            } else if (c == ']') {
                nesting--;
            } else if (c == '/' && nesting == 0) {
                slashes++;
            }
        }
        return slashes;
    }
}
