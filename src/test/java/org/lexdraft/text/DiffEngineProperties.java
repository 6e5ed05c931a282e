package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lexdraft.support.property.Gen;
import org.lexdraft.support.property.Property;
import org.lexdraft.text.MultilingualText.TextPair;

class DiffEngineProperties {

    private final DiffEngine engine = new DiffEngine(Duration.ofSeconds(1));

    /** So few encoding chars that nearly every token shares one with others. */
    private final DiffEngine crowdedEngine = new DiffEngine(Duration.ofSeconds(1), 3);

    static Gen<TextPair> pairs() {
        return MultilingualText.pairs();
    }

    static Gen<String> texts() {
        return MultilingualText.texts();
    }

    @Test
    void diffReproducesBothTextsExactly() {
        Property.forAll(pairs(), Gen.of(Granularity.values()), (pair, granularity) -> {
            TextDiff diff = engine.diff(pair.a(), pair.b(), granularity);

            assertEquals(pair.a(), diff.source());
            assertEquals(pair.b(), diff.target());
        });
    }

    @Test
    void diffOfUnrelatedTextsReproducesBothTextsExactly() {
        Property.forAll(texts(), texts(), Gen.of(Granularity.values()), (a, b, granularity) -> {
            TextDiff diff = engine.diff(a, b, granularity);

            assertEquals(a, diff.source());
            assertEquals(b, diff.target());
        });
    }

    @Test
    void noOpCutsASurrogatePair() {
        Property.forAll(pairs(), Gen.of(Granularity.values()), (pair, granularity) -> {
            assertNoOpCutsASurrogatePair(engine.diff(pair.a(), pair.b(), granularity).ops());
        });
    }

    @Test
    void opsAreNeverEmptyAndNeverRepeatTheirNeighboursKind() {
        Property.forAll(pairs(), Gen.of(Granularity.values()), (pair, granularity) -> {
            assertCanonical(engine.diff(pair.a(), pair.b(), granularity).ops());
        });
    }

    @Test
    void statsCountTheCodePointsOfBothTexts() {
        Property.forAll(pairs(), Gen.of(Granularity.values()), (pair, granularity) -> {
            DiffStats stats = engine.diff(pair.a(), pair.b(), granularity).stats();

            assertEquals(Texts.codePoints(pair.a()), stats.unchanged() + stats.deleted());
            assertEquals(Texts.codePoints(pair.b()), stats.unchanged() + stats.inserted());
        });
    }

    @Test
    void similarityIsSymmetricAndBetweenZeroAndOne() {
        Property.forAll(pairs(), pair -> {
            double similarity = engine.similarity(pair.a(), pair.b());

            assertEquals(similarity, engine.similarity(pair.b(), pair.a()));
            assertTrue(similarity >= 0.0 && similarity <= 1.0, () -> "similarity " + similarity);
        });
    }

    @Test
    void similarityOfATextWithItselfIsOne() {
        Property.forAll(texts(), text -> {
            assertEquals(1.0, engine.similarity(text, new String(text)));
        });
    }

    @Test
    void similarityOfDifferentTextsIsBelowOne() {
        Property.forAll(pairs(), pair -> {
            if (!pair.a().equals(pair.b())) {
                assertNotEquals(1.0, engine.similarity(pair.a(), pair.b()));
            }
        });
    }

    @Test
    void diffStaysExactWhenTokensMustShareEncodingChars() {
        Property.forAll(pairs(), Gen.of(Granularity.values()), (pair, granularity) -> {
            TextDiff diff = crowdedEngine.diff(pair.a(), pair.b(), granularity);

            assertEquals(pair.a(), diff.source());
            assertEquals(pair.b(), diff.target());
            assertNoOpCutsASurrogatePair(diff.ops());
            assertCanonical(diff.ops());
        });
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
