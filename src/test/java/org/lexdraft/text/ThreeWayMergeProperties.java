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
import org.lexdraft.text.EditedText.FragmentEdit;
import org.lexdraft.text.EditedText.Triple;
import org.lexdraft.text.MultilingualText.TextPair;

class ThreeWayMergeProperties {

    private final ThreeWayMerge merge = new ThreeWayMerge(new DiffEngine(Duration.ofSeconds(1)));

    static Gen<TextPair> pairs() {
        return MultilingualText.pairs();
    }

    static Gen<Triple> triples() {
        return EditedText.triples();
    }

    static Gen<List<String>> fragmentLists() {
        return EditedText.fragmentLists();
    }

    static Gen<List<FragmentEdit>> edits() {
        return EditedText.edits();
    }

    /** Words that no {@link MultilingualText} generator writes, so a diff cannot match them elsewhere. */
    static Gen<String> separators() {
        return Gen.of(" and ", " или ", " or\n", "; and ");
    }

    /** Greek words: a script no {@link MultilingualText} generator writes. */
    static Gen<String> greekWords() {
        return Gen.string(Gen.charOf(Gen.range('α', 'ω')), 1, 6);
    }

    /** Latin words of letters that the surrounding generated text also uses. */
    static Gen<String> latinWords() {
        return Gen.string(Gen.charOf(Gen.range('a', 'e')), 1, 6);
    }

    @Test
    void anUnchangedHeadTakesTheClient() {
        Property.forAll(pairs(), pair -> {
            assertEquals(new MergeResult(pair.b(), List.of()), merge.merge(pair.a(), pair.b(), pair.a()));
        });
    }

    @Test
    void anUnchangedClientTakesTheHead() {
        Property.forAll(pairs(), pair -> {
            assertEquals(new MergeResult(pair.b(), List.of()), merge.merge(pair.a(), pair.a(), pair.b()));
        });
    }

    @Test
    void theSameChangeOnBothSidesIsTakenOnce() {
        Property.forAll(pairs(), pair -> {
            assertEquals(new MergeResult(pair.b(), List.of()), merge.merge(pair.a(), pair.b(), new String(pair.b())));
        });
    }

    @Test
    void editsOfDisjointRegionsMergeCleanly() {
        Property.forAll(fragmentLists(), separators(), fragmentLists(), edits(), edits(),
                (first, separator, last, clientEdits, headEdits) -> {
            String p1 = EditedText.join(first);
            String p3 = EditedText.join(last);
            String p1Edited = EditedText.join(EditedText.apply(first, clientEdits));
            String p3Edited = EditedText.join(EditedText.apply(last, headEdits));

            MergeResult result = merge.merge(p1 + separator + p3, p1Edited + separator + p3, p1 + separator + p3Edited);

            assertEquals(new MergeResult(p1Edited + separator + p3Edited, List.of()), result);
        });
    }

    @Test
    void differentReplacementsOfOneRegionAlwaysConflict() {
        Property.forAll(texts(), latinWords(), texts(), greekWords(), greekWords(),
                (before, region, after, client, head) -> {
            if (client.equals(head)) {
                return;
            }
            String prefix = before + " ";
            String suffix = " " + after;

            MergeResult result = merge.merge(prefix + region + suffix, prefix + client + suffix, prefix + head + suffix);

            int start = Texts.codePoints(prefix);
            assertEquals(List.of(new MergeConflict(start, start + region.length(), region, client, head)),
                    result.conflicts());
        });
    }

    static Gen<String> texts() {
        return MultilingualText.texts();
    }

    @Test
    void conflictsAreRegionsOfTheInputs() {
        Property.forAll(triples(), triple -> {
            MergeResult result = merge.merge(triple.base(), triple.client(), triple.head());

            int previousEnd = 0;
            for (MergeConflict conflict : result.conflicts()) {
                assertTrue(conflict.baseStart() >= previousEnd, () -> "conflicts overlap or are out of order: " + result);
                assertEquals(codePointSubstring(triple.base(), conflict.baseStart(), conflict.baseEnd()), conflict.base());
                assertTrue(triple.client().contains(conflict.client()), () -> "not the client's text: " + conflict);
                assertTrue(triple.head().contains(conflict.head()), () -> "not the head's text: " + conflict);
                assertNotEquals(conflict.client(), conflict.head(), () -> "both sides agree: " + conflict);
                previousEnd = conflict.baseEnd();
            }
            assertEquals(result.clean(), result.merged() != null);
        });
    }

    @Test
    void noSurrogatePairIsEverSplit() {
        Property.forAll(triples(), triple -> {
            MergeResult result = merge.merge(triple.base(), triple.client(), triple.head());

            if (result.clean()) {
                assertWellFormed(result.merged());
            }
            for (MergeConflict conflict : result.conflicts()) {
                assertWellFormed(conflict.base());
                assertWellFormed(conflict.client());
                assertWellFormed(conflict.head());
            }
        });
    }

    @Test
    void mergeIsSymmetric() {
        Property.forAll(triples(), triple -> {
            MergeResult result = merge.merge(triple.base(), triple.client(), triple.head());
            MergeResult swapped = merge.merge(triple.base(), triple.head(), triple.client());

            assertEquals(result.merged(), swapped.merged());
            assertEquals(result.conflicts().stream()
                    .map(c -> new MergeConflict(c.baseStart(), c.baseEnd(), c.base(), c.head(), c.client()))
                    .toList(), swapped.conflicts());
        });
    }

    static String codePointSubstring(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    static void assertWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)),
                        () -> "lone high surrogate in " + text);
                i++;
            } else {
                assertFalse(Character.isLowSurrogate(c), () -> "lone low surrogate in " + text);
            }
        }
    }
}
