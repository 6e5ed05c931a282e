package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.lexdraft.text.EditedText.FragmentEdit;
import org.lexdraft.text.EditedText.Triple;
import org.lexdraft.text.MultilingualText.TextPair;

class ThreeWayMergeProperties {

    private final ThreeWayMerge merge = new ThreeWayMerge(new DiffEngine(Duration.ofSeconds(1)));

    @Provide
    Arbitrary<TextPair> pairs() {
        return MultilingualText.pairs();
    }

    @Provide
    Arbitrary<Triple> triples() {
        return EditedText.triples();
    }

    @Provide
    Arbitrary<List<String>> fragmentLists() {
        return EditedText.fragmentLists();
    }

    @Provide
    Arbitrary<List<FragmentEdit>> edits() {
        return EditedText.edits();
    }

    /** Words that no {@link MultilingualText} generator writes, so a diff cannot match them elsewhere. */
    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(" and ", " или ", " or\n", "; and ");
    }

    /** Greek words: a script no {@link MultilingualText} generator writes. */
    @Provide
    Arbitrary<String> greekWords() {
        return Arbitraries.strings().withCharRange('α', 'ω').ofMinLength(1).ofMaxLength(6);
    }

    /** Latin words of letters that the surrounding generated text also uses. */
    @Provide
    Arbitrary<String> latinWords() {
        return Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(6);
    }

    @Property
    void anUnchangedHeadTakesTheClient(@ForAll("pairs") TextPair pair) {
        assertEquals(new MergeResult(pair.b(), List.of()), merge.merge(pair.a(), pair.b(), pair.a()));
    }

    @Property
    void anUnchangedClientTakesTheHead(@ForAll("pairs") TextPair pair) {
        assertEquals(new MergeResult(pair.b(), List.of()), merge.merge(pair.a(), pair.a(), pair.b()));
    }

    @Property
    void theSameChangeOnBothSidesIsTakenOnce(@ForAll("pairs") TextPair pair) {
        assertEquals(new MergeResult(pair.b(), List.of()), merge.merge(pair.a(), pair.b(), new String(pair.b())));
    }

    @Property
    void editsOfDisjointRegionsMergeCleanly(@ForAll("fragmentLists") List<String> first,
                                            @ForAll("separators") String separator,
                                            @ForAll("fragmentLists") List<String> last,
                                            @ForAll("edits") List<FragmentEdit> clientEdits,
                                            @ForAll("edits") List<FragmentEdit> headEdits) {
        String p1 = EditedText.join(first);
        String p3 = EditedText.join(last);
        String p1Edited = EditedText.join(EditedText.apply(first, clientEdits));
        String p3Edited = EditedText.join(EditedText.apply(last, headEdits));

        MergeResult result = merge.merge(p1 + separator + p3, p1Edited + separator + p3, p1 + separator + p3Edited);

        assertEquals(new MergeResult(p1Edited + separator + p3Edited, List.of()), result);
    }

    @Property
    void differentReplacementsOfOneRegionAlwaysConflict(@ForAll("texts") String before,
                                                       @ForAll("latinWords") String region,
                                                       @ForAll("texts") String after,
                                                       @ForAll("greekWords") String client,
                                                       @ForAll("greekWords") String head) {
        if (client.equals(head)) {
            return;
        }
        String prefix = before + " ";
        String suffix = " " + after;

        MergeResult result = merge.merge(prefix + region + suffix, prefix + client + suffix, prefix + head + suffix);

        int start = Texts.codePoints(prefix);
        assertEquals(List.of(new MergeConflict(start, start + region.length(), region, client, head)),
                result.conflicts());
    }

    @Provide
    Arbitrary<String> texts() {
        return MultilingualText.texts();
    }

    @Property
    void conflictsAreRegionsOfTheInputs(@ForAll("triples") Triple triple) {
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
    }

    @Property
    void noSurrogatePairIsEverSplit(@ForAll("triples") Triple triple) {
        MergeResult result = merge.merge(triple.base(), triple.client(), triple.head());

        if (result.clean()) {
            assertWellFormed(result.merged());
        }
        for (MergeConflict conflict : result.conflicts()) {
            assertWellFormed(conflict.base());
            assertWellFormed(conflict.client());
            assertWellFormed(conflict.head());
        }
    }

    @Property
    void mergeIsSymmetric(@ForAll("triples") Triple triple) {
        MergeResult result = merge.merge(triple.base(), triple.client(), triple.head());
        MergeResult swapped = merge.merge(triple.base(), triple.head(), triple.client());

        assertEquals(result.merged(), swapped.merged());
        assertEquals(result.conflicts().stream()
                .map(c -> new MergeConflict(c.baseStart(), c.baseEnd(), c.base(), c.head(), c.client()))
                .toList(), swapped.conflicts());
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
