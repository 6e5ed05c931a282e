package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lexdraft.support.property.Gen;
import org.lexdraft.support.property.Property;
import org.lexdraft.text.MultilingualText.TextPair;

class BlameProperties {

    private final DiffEngine engine = new DiffEngine(Duration.ofSeconds(1));

    /** A text and an arbitrary cut of it into spans (some empty), origins 0 to 2 so that neighbours repeat. */
    record SpannedText(String text, List<AttributedSpan<Integer>> spans) {
    }

    static Gen<List<String>> versionChains() {
        return EditedText.versionChains();
    }

    static Gen<TextPair> pairs() {
        return MultilingualText.pairs();
    }

    static Gen<String> texts() {
        return MultilingualText.texts();
    }

    static Gen<SpannedText> spannedTexts() {
        return MultilingualText.texts().flatMap(text -> {
            int length = Texts.codePoints(text);
            Gen<List<Integer>> cuts = Gen.integers(0, length).list(8)
                    .map(list -> list.stream().sorted().toList());
            Gen<List<Integer>> origins = Gen.integers(0, 2).listOfSize(9);
            return Gen.combine(cuts, origins, (cutList, originList) -> {
                List<AttributedSpan<Integer>> spans = new ArrayList<>();
                int start = 0;
                for (int i = 0; i <= cutList.size(); i++) {
                    int end = i < cutList.size() ? cutList.get(i) : length;
                    spans.add(new AttributedSpan<>(start, end, originList.get(i)));
                    start = end;
                }
                return new SpannedText(text, spans);
            });
        });
    }

    static Gen<List<AttributedSpan<VersionKey>>> encodableSpans() {
        Gen<AttributedSpan<VersionKey>> span = Gen.combine(
                Gen.integers(0, Integer.MAX_VALUE),
                Gen.integers(0, Integer.MAX_VALUE),
                Gen.longs(),
                Gen.integers(),
                (a, b, draftId, number) -> new AttributedSpan<>(Math.min(a, b), Math.max(a, b),
                        new VersionKey(draftId, number)));
        return span.list(20);
    }

    @Test
    void spansCoverEveryVersionOfAChainExactly() {
        Property.forAll(versionChains(), versions -> {
            List<AttributedSpan<Integer>> spans = Blame.initial(versions.get(0), 0);
            assertNormal(spans, versions.get(0));
            for (int i = 1; i < versions.size(); i++) {
                spans = Blame.carry(engine, versions.get(i - 1), spans, versions.get(i), i);
                assertNormal(spans, versions.get(i));
            }
        });
    }

    @Test
    void spansCoverUnrelatedTextsExactly() {
        Property.forAll(texts(), texts(), texts(), (a, b, c) -> {
            List<AttributedSpan<Integer>> spans = Blame.carry(engine, b, Blame.carry(engine, a, Blame.initial(a, 0), b, 1), c, 2);

            assertNormal(spans, c);
        });
    }

    @Test
    void anUnchangedTextKeepsItsSpans() {
        Property.forAll(spannedTexts(), spanned -> {
            List<AttributedSpan<Integer>> carried = Blame.carry(engine, spanned.text(), spanned.spans(),
                    new String(spanned.text()), 99);

            assertEquals(Blame.normalize(spanned.spans()), carried);
            assertNormal(carried, spanned.text());
        });
    }

    @Test
    void insertedCodePointsGetTheNewOriginAndKeptOnesTheirOld() {
        Property.forAll(pairs(), pair -> {
            List<AttributedSpan<Integer>> spans = Blame.carry(engine, pair.a(), Blame.initial(pair.a(), 1), pair.b(), 2);
            DiffStats stats = new TextDiff(Granularity.WORD,
                    Blame.keepingEnds(engine, pair.a(), pair.b(), Granularity.WORD)).stats();

            assertEquals(stats.inserted(), length(spans, 2));
            assertEquals(stats.unchanged(), length(spans, 1));
        });
    }

    @Test
    void textKeptThroughSeveralEditsKeepsTheFirstOrigin() {
        Property.forAll(texts(), versionChains(), (kept, suffixes) -> {
            String prefix = kept;
            String previous = prefix + suffixes.get(0);
            List<AttributedSpan<String>> spans = Blame.initial(previous, "v1");
            for (int i = 1; i < suffixes.size(); i++) {
                String next = prefix + suffixes.get(i);
                spans = Blame.carry(engine, previous, spans, next, "v" + (i + 1));
                previous = next;
            }

            if (!prefix.isEmpty()) {
                AttributedSpan<String> first = spans.get(0);
                assertEquals("v1", first.origin());
                assertTrue(first.end() >= Texts.codePoints(prefix), () -> "kept text lost its origin: " + first);
            }
        });
    }

    @Test
    void textKeptAtTheEndThroughSeveralEditsKeepsTheFirstOrigin() {
        Property.forAll(texts(), versionChains(), (kept, prefixes) -> {
            // Without a mark in between, "x" to "xx" keeps the first x: the kept end is ambiguous. The
            // pilcrow is in no generated text.
            String tail = "¶" + kept;
            String previous = prefixes.get(0) + tail;
            List<AttributedSpan<String>> spans = Blame.initial(previous, "v1");
            for (int i = 1; i < prefixes.size(); i++) {
                String next = prefixes.get(i) + tail;
                spans = Blame.carry(engine, previous, spans, next, "v" + (i + 1));
                previous = next;
            }

            AttributedSpan<String> last = spans.get(spans.size() - 1);
            assertEquals("v1", last.origin());
            assertTrue(Texts.codePoints(previous) - last.start() >= Texts.codePoints(tail),
                    () -> "kept text lost its origin: " + last);
        });
    }

    @Test
    void carryingDiffersFromTheCharacterDiffOnlyInWhereEqualRunsAre() {
        Property.forAll(pairs(), pair -> {
            List<DiffOp> ops = Blame.keepingEnds(engine, pair.a(), pair.b(), Granularity.CHAR);

            TextDiff diff = new TextDiff(Granularity.CHAR, ops);
            assertEquals(pair.a(), diff.source());
            assertEquals(pair.b(), diff.target());
            assertEquals(engine.diff(pair.a(), pair.b(), Granularity.CHAR).stats(), diff.stats());
            DiffEngineProperties.assertNoOpCutsASurrogatePair(ops);
            DiffEngineProperties.assertCanonical(ops);
        });
    }

    @Test
    void wordCarryingRebuildsBothTexts() {
        Property.forAll(pairs(), pair -> {
            List<DiffOp> ops = Blame.keepingEnds(engine, pair.a(), pair.b(), Granularity.WORD);

            TextDiff diff = new TextDiff(Granularity.WORD, ops);
            assertEquals(pair.a(), diff.source());
            assertEquals(pair.b(), diff.target());
            DiffEngineProperties.assertNoOpCutsASurrogatePair(ops);
            DiffEngineProperties.assertCanonical(ops);
        });
    }

    @Test
    void theCodecRoundTrips() {
        Property.forAll(encodableSpans(), spans -> {
            String encoded = BlameCodec.encode(spans);

            assertEquals(spans, BlameCodec.decode(encoded));
            assertFalse(encoded.contains(" "));
        });
    }

    @Test
    void theCodecRoundTripsCarriedSpans() {
        Property.forAll(versionChains(), versions -> {
            List<AttributedSpan<VersionKey>> spans = Blame.initial(versions.get(0), new VersionKey(1, 1));
            for (int i = 1; i < versions.size(); i++) {
                spans = Blame.carry(engine, versions.get(i - 1), spans, versions.get(i), new VersionKey(1, i + 1));
            }

            assertEquals(spans, BlameCodec.decode(BlameCodec.encode(spans)));
        });
    }

    private static <T> int length(List<AttributedSpan<T>> spans, T origin) {
        return spans.stream().filter(span -> span.origin().equals(origin)).mapToInt(span -> span.end() - span.start()).sum();
    }

    static <T> void assertNormal(List<AttributedSpan<T>> spans, String text) {
        int position = 0;
        T previousOrigin = null;
        for (AttributedSpan<T> span : spans) {
            assertEquals(position, span.start(), () -> "not contiguous: " + spans);
            assertTrue(span.end() > span.start(), () -> "empty span in " + spans);
            assertNotEquals(previousOrigin, span.origin(), () -> "unmerged neighbours in " + spans);
            position = span.end();
            previousOrigin = span.origin();
        }
        assertEquals(Texts.codePoints(text), position, () -> "spans " + spans + " do not cover " + text);
    }
}
