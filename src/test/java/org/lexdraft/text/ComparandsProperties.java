package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.lexdraft.support.property.Property;

class ComparandsProperties {

    private final DiffEngine engine = new DiffEngine(Duration.ofSeconds(1));

    /** So few encoding chars that nearly every token shares one with others. */
    private final DiffEngine crowdedEngine = new DiffEngine(Duration.ofSeconds(1), 3);

    @Test
    void preparedSimilarityIsTheWordDiffsSimilarity() {
        Property.forAll(MultilingualText.pairs(), pair -> {
            Comparands comparands = new Comparands();
            int a = comparands.add(pair.a());
            int b = comparands.add(pair.b());

            assertEquals(engine.similarity(pair.a(), pair.b()), comparands.similarity(a, b, engine));
            assertEquals(engine.similarity(pair.a(), pair.b()), comparands.similarity(b, a, engine));
        });
    }

    @Test
    void preparedSimilarityIsTheSameWhenTheAlphabetIsFull() {
        Property.forAll(MultilingualText.pairs(), pair -> {
            Comparands comparands = new Comparands();
            comparands.add("unrelated words that fill the dictionary first");
            int a = comparands.add(pair.a());
            int b = comparands.add(pair.b());

            assertEquals(crowdedEngine.similarity(pair.a(), pair.b()), comparands.similarity(a, b, crowdedEngine));
        });
    }

    @Test
    void estimateIsSymmetricInRangeAndOneForEqualWords() {
        Property.forAll(MultilingualText.pairs(), pair -> {
            WordProfile a = WordProfile.of(pair.a());
            WordProfile b = WordProfile.of(pair.b());
            double estimate = a.estimate(b);

            assertTrue(estimate >= 0 && estimate <= 1, "in [0, 1]: " + estimate);
            assertEquals(estimate, b.estimate(a));
            assertEquals(1.0, a.estimate(WordProfile.of(pair.a())));
        });
    }
}
