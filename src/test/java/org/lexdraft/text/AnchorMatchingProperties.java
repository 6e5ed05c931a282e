package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lexdraft.support.property.Gen;
import org.lexdraft.support.property.Property;

/** The fast searches of {@link AnchorMatching} against the obvious slow ones. */
class AnchorMatchingProperties {

    static Gen<int[]> shortTexts() {
        // A small alphabet, so that repeats and near matches are common.
        return Gen.of((int) 'a', (int) 'b', (int) 'c', 0x1F44D, 0x20000).list(40)
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray());
    }

    static Gen<int[]> patterns() {
        return Gen.of((int) 'a', (int) 'b', (int) 'c', 0x1F44D, 0x20000, (int) 'd').list(64)
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void occurrencesAreEveryStartOfTheQuote() {
        Property.forAll(shortTexts(), shortTexts(), (text, quote) -> {
            int[] q = quote.length > 4 ? Arrays.copyOf(quote, 1 + quote.length % 4) : quote;
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i + q.length <= text.length; i++) {
                if (Arrays.equals(text, i, i + q.length, q, 0, q.length)) {
                    expected.add(i);
                }
            }

            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), AnchorMatching.occurrences(text, q));
        });
    }

    @Test
    void bitParallelContextDistanceIsTheLeastDistanceToABeginningOfTheText() {
        Property.forAll(patterns(), shortTexts(), (pattern, text) -> {
            int count = Math.min(text.length, 2 * pattern.length);
            int expected = pattern.length;
            for (int j = 0; j <= count; j++) {
                expected = Math.min(expected, AnchorMatching.levenshtein(pattern, text, 0, j));
            }

            assertEquals(expected, new AnchorMatching.Pattern(pattern).distance(text, 0, 1, text.length));
        });
    }

    @Test
    void bitParallelDistanceReadsBackwardsToo() {
        Property.forAll(patterns(), shortTexts(), (pattern, text) -> {
            int[] reversed = new int[text.length];
            for (int i = 0; i < text.length; i++) {
                reversed[i] = text[text.length - 1 - i];
            }

            assertEquals(new AnchorMatching.Pattern(pattern).distance(reversed, 0, 1, reversed.length),
                    new AnchorMatching.Pattern(pattern).distance(text, text.length - 1, -1, text.length));
        });
    }

    @Test
    void closestWindowsAreTheWindowsOfLeastDistanceForTheirEnd() {
        Property.forAll(shortTexts(), shortTexts(), (text, quote) -> {
            if (quote.length == 0) {
                return;
            }
            List<AnchorMatching.Window> windows = new ArrayList<>();
            AnchorMatching.closestWindows(text, 0, text.length, quote, 0, Integer.MAX_VALUE, 0.0, windows::add);

            for (AnchorMatching.Window window : windows) {
                int least = Integer.MAX_VALUE;
                for (int start = 0; start <= window.end(); start++) {
                    least = Math.min(least, AnchorMatching.levenshtein(quote, text, start, window.end()));
                }
                assertEquals(least, window.distance(), () -> "window " + window);
                assertEquals(least, AnchorMatching.levenshtein(quote, text, window.start(), window.end()),
                        () -> "window " + window);
            }
            // Every end is reported once or twice (earliest and latest start).
            assertTrue(windows.size() >= text.length && windows.size() <= 2 * text.length);
        });
    }

    @Test
    void closestWindowsPassOnTheEarliestAndLatestBestStartWithinTheBounds() {
        Property.forAll(shortTexts(), shortTexts(), Gen.integers(0, 8), Gen.integers(0, 8), Gen.of(0.0, 0.5, 0.75),
                (text, longQuote, minLength, extra, minSimilarity) -> {
            int[] quote = Arrays.copyOf(longQuote, Math.min(longQuote.length, 1 + longQuote.length % 7));
            Property.assume(quote.length > 0);
            int maxLength = minLength + extra;
            List<AnchorMatching.Window> expected = new ArrayList<>();
            for (int end = 1; end <= text.length; end++) {
                int least = Integer.MAX_VALUE;
                int earliest = -1;
                int latest = -1;
                for (int start = 0; start <= end; start++) {
                    int distance = AnchorMatching.levenshtein(quote, text, start, end);
                    if (distance < least) {
                        least = distance;
                        earliest = start;
                    }
                    if (distance == least) {
                        latest = start;
                    }
                }
                for (int start : earliest == latest ? new int[] {earliest} : new int[] {earliest, latest}) {
                    int length = end - start;
                    if (length >= minLength && length <= maxLength
                            && AnchorMatching.similarity(least, quote.length, length) >= minSimilarity) {
                        expected.add(new AnchorMatching.Window(start, end, least));
                    }
                }
            }
            List<AnchorMatching.Window> windows = new ArrayList<>();

            AnchorMatching.closestWindows(text, 0, text.length, quote, minLength, maxLength, minSimilarity, windows::add);

            assertEquals(expected, windows);
        });
    }

    @Test
    void contextDistanceIsAtMostTheContextLength() {
        Property.forAll(shortTexts(), shortTexts(), shortTexts(), (prefix, suffix, text) -> {
            AnchorMatching.Context context = new AnchorMatching.Context(
                    AnchorMatching.text(prefix, 0, prefix.length), AnchorMatching.text(suffix, 0, suffix.length));
            assertEquals(Math.min(prefix.length, Anchor.CONTEXT_LENGTH) + Math.min(suffix.length, Anchor.CONTEXT_LENGTH),
                    context.length());
            for (int start = 0; start <= text.length; start++) {
                assertTrue(context.distance(text, start, start) <= context.length());
            }
        });
    }

    @Test
    void levenshteinIsSymmetricAndBoundedByTheLongerLength() {
        Property.forAll(shortTexts(), shortTexts(), (a, b) -> {
            int distance = AnchorMatching.levenshtein(a, b, 0, b.length);

            assertEquals(distance, AnchorMatching.levenshtein(b, a, 0, a.length));
            assertTrue(distance >= Math.abs(a.length - b.length) && distance <= Math.max(a.length, b.length));
        });
    }
}
