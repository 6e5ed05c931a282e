package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.lexdraft.text.MultilingualText.TextPair;

class DiffEngineProperties {

    private final DiffEngine engine = new DiffEngine(Duration.ofSeconds(1));

    /** So few encoding chars that nearly every token shares one with others. */
    private final DiffEngine crowdedEngine = new DiffEngine(Duration.ofSeconds(1), 3);

    @Provide
    Arbitrary<TextPair> pairs() {
        return MultilingualText.pairs();
    }

    @Provide
    Arbitrary<String> texts() {
        return MultilingualText.texts();
    }

    @Property
    void diffReproducesBothTextsExactly(@ForAll("pairs") TextPair pair, @ForAll Granularity granularity) {
        TextDiff diff = engine.diff(pair.a(), pair.b(), granularity);

        assertEquals(pair.a(), diff.source());
        assertEquals(pair.b(), diff.target());
    }

    @Property
    void diffOfUnrelatedTextsReproducesBothTextsExactly(@ForAll("texts") String a, @ForAll("texts") String b,
                                                         @ForAll Granularity granularity) {
        TextDiff diff = engine.diff(a, b, granularity);

        assertEquals(a, diff.source());
        assertEquals(b, diff.target());
    }

    @Property
    void noOpCutsASurrogatePair(@ForAll("pairs") TextPair pair, @ForAll Granularity granularity) {
        assertNoOpCutsASurrogatePair(engine.diff(pair.a(), pair.b(), granularity).ops());
    }

    @Property
    void opsAreNeverEmptyAndNeverRepeatTheirNeighboursKind(@ForAll("pairs") TextPair pair,
                                                          @ForAll Granularity granularity) {
        assertCanonical(engine.diff(pair.a(), pair.b(), granularity).ops());
    }

    @Property
    void statsCountTheCodePointsOfBothTexts(@ForAll("pairs") TextPair pair, @ForAll Granularity granularity) {
        DiffStats stats = engine.diff(pair.a(), pair.b(), granularity).stats();

        assertEquals(Texts.codePoints(pair.a()), stats.unchanged() + stats.deleted());
        assertEquals(Texts.codePoints(pair.b()), stats.unchanged() + stats.inserted());
    }

    @Property
    void similarityIsSymmetricAndBetweenZeroAndOne(@ForAll("pairs") TextPair pair) {
        double similarity = engine.similarity(pair.a(), pair.b());

        assertEquals(similarity, engine.similarity(pair.b(), pair.a()));
        assertTrue(similarity >= 0.0 && similarity <= 1.0, () -> "similarity " + similarity);
    }

    @Property
    void similarityOfATextWithItselfIsOne(@ForAll("texts") String text) {
        assertEquals(1.0, engine.similarity(text, new String(text)));
    }

    @Property
    void similarityOfDifferentTextsIsBelowOne(@ForAll("pairs") TextPair pair) {
        if (!pair.a().equals(pair.b())) {
            assertNotEquals(1.0, engine.similarity(pair.a(), pair.b()));
        }
    }

    @Property
    void diffStaysExactWhenTokensMustShareEncodingChars(@ForAll("pairs") TextPair pair,
                                                       @ForAll Granularity granularity) {
        TextDiff diff = crowdedEngine.diff(pair.a(), pair.b(), granularity);

        assertEquals(pair.a(), diff.source());
        assertEquals(pair.b(), diff.target());
        assertNoOpCutsASurrogatePair(diff.ops());
        assertCanonical(diff.ops());
    }

    static void assertNoOpCutsASurrogatePair(List<DiffOp> ops) {
        for (DiffOp op : ops) {
            String text = op.text();
            assertFalse(Character.isLowSurrogate(text.charAt(0)), () -> "op starts inside a pair: " + op);
            assertFalse(Character.isHighSurrogate(text.charAt(text.length() - 1)), () -> "op ends inside a pair: " + op);
        }
    }

    static void assertCanonical(List<DiffOp> ops) {
        for (int i = 0; i < ops.size(); i++) {
            DiffOp op = ops.get(i);
            assertFalse(op.text().isEmpty(), () -> "empty op in " + ops);
            if (i > 0) {
                assertNotEquals(ops.get(i - 1).kind(), op.kind(), () -> "unmerged neighbours in " + ops);
            }
        }
    }
}
