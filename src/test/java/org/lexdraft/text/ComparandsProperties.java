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

    /** A comparison asks for every pair of one set of texts in turn; each answer is still the word diff's. */
    @Test
    void everyPairOfOneSetIsTheWordDiffsSimilarity() {
        Property.forAll(MultilingualText.pairs(), pair -> {
            String third = pair.a() + " " + pair.b();
            String[] texts = {pair.a(), pair.b(), third, "Cluster munition means " + pair.b()};
            Comparands comparands = new Comparands();
            for (String text : texts) {
                comparands.add(text);
            }
            for (int i = 0; i < texts.length; i++) {
                for (int j = i + 1; j < texts.length; j++) {
                    assertEquals(crowdedEngine.similarity(texts[i], texts[j]), comparands.similarity(i, j, crowdedEngine),
                            i + " and " + j);
                    assertEquals(engine.similarity(texts[i], texts[j]), comparands.similarity(i, j, engine), i + " and " + j);
                }
            }
        });
    }
}
