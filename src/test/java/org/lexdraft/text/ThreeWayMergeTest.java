package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lexdraft.text.ThreeWayMerge.Edit;

class ThreeWayMergeTest {

    private static final String DEFINITION = "\"Cluster munition\" means a conventional munition that is designed to"
            + " disperse or release explosive submunitions each weighing less than 20 kilograms.";

    private final ThreeWayMerge merge = new ThreeWayMerge(new DiffEngine(Duration.ofSeconds(1)));

    @Test
    void editsOfDifferentWordsMergeCleanly() {
        MergeResult result = merge.merge(DEFINITION,
                DEFINITION.replace("20 kilograms", "10 kilograms"),
                DEFINITION.replace("a conventional munition", "a munition"));

        assertTrue(result.clean());
        assertEquals("\"Cluster munition\" means a munition that is designed to disperse or release explosive"
                + " submunitions each weighing less than 10 kilograms.", result.merged());
    }

    @Test
    void differentReplacementsOfOneWordConflict() {
        MergeResult result = merge.merge(DEFINITION,
                DEFINITION.replace("20", "10"),
                DEFINITION.replace("20", "25"));

        assertFalse(result.clean());
        assertNull(result.merged());
        int start = DEFINITION.indexOf("20");
        assertEquals(List.of(new MergeConflict(start, start + 2, "20", "10", "25")), result.conflicts());
    }

    @Test
    void conflictOffsetsAreCodePoints() {
        String base = "👍🏽 𠀀 The State shall destroy twenty munitions.";

        MergeResult result = merge.merge(base, base.replace("twenty", "ten"), base.replace("twenty", "thirty"));

        // Thumbs up, skin tone and the Extension B ideograph: two chars but one code point each.
        assertEquals(List.of(new MergeConflict(29, 35, "twenty", "ten", "thirty")), result.conflicts());
    }

    @Test
    void theSameEditOnBothSidesIsTakenOnce() {
        String edited = DEFINITION.replace("20", "10");

        assertEquals(new MergeResult(edited, List.of()), merge.merge(DEFINITION, edited, edited));
    }

    @Test
    void theSameEditOnBothSidesBesideOtherEditsIsTakenOnce() {
        String client = DEFINITION.replace("20", "10").replace("conventional ", "");
        String head = DEFINITION.replace("20", "10").replace("explosive ", "");

        assertEquals("\"Cluster munition\" means a munition that is designed to disperse or release submunitions"
                + " each weighing less than 10 kilograms.", merge.merge(DEFINITION, client, head).merged());
    }

    @Test
    void differentInsertionsAtOnePointConflict() {
        MergeResult result = merge.merge("shall destroy munitions", "shall destroy all munitions",
                "shall destroy old munitions");

        assertEquals(List.of(new MergeConflict(14, 14, "", "all ", "old ")), result.conflicts());
    }

    @Test
    void anInsertionInsideTheOtherSidesDeletionConflicts() {
        MergeResult result = merge.merge("shall destroy all munitions", "shall destroy all old munitions",
                "shall destroy");

        assertEquals(List.of(new MergeConflict(13, 27, " all munitions", " all old munitions", "")), result.conflicts());
    }

    @Test
    void touchingReplacementsDoNotConflict() {
        assertEquals("缔约国不得生产集束弹药。", merge.merge("缔约国不得使用集束弹药。", "缔约国不得生用集束弹药。",
                "缔约国不得使产集束弹药。").merged());
        assertEquals("x-b", merge.merge("a b", "x b", "a-b").merged());
    }

    @Test
    void editsOfOverlappingRegionsFormOneConflict() {
        MergeResult result = merge.merge("one two three four", "one 2 three 4", "one deux trois four");

        // The client's "4" meets no head edit, but one conflict is enough for no merged text at all.
        assertEquals(List.of(new MergeConflict(4, 13, "two three", "2 three", "deux trois")), result.conflicts());
    }

    @Test
    void emptyAndUnchangedTextsMergeCleanly() {
        assertEquals("", merge.merge("", "", "").merged());
        assertEquals("new", merge.merge("", "new", "").merged());
        assertEquals("new", merge.merge("", "", "new").merged());
        assertEquals("", merge.merge("old", "", "old").merged());
        assertEquals(List.of(new MergeConflict(0, 0, "", "one", "two")), merge.merge("", "one", "two").conflicts());
    }

    @Test
    void aDeletionOnOneSideAndAnEditElsewhereMerge() {
        String base = "a munition, b munition, c munition";

        MergeResult result = merge.merge(base, "a munition, c munition", "a munition, b munition, d munition");

        assertEquals("a munition, d munition", result.merged());
    }

    // The rules, on explicit edits (a diff rarely produces some of these shapes).

    @Test
    void replacementsThatOnlyTouchDoNotConflict() {
        MergeResult result = ThreeWayMerge.merge("abcdef",
                List.of(client(0, 2, "X")), List.of(head(2, 4, "Y")));

        assertEquals("XYef", result.merged());
    }

    @Test
    void overlappingReplacementsConflict() {
        MergeResult result = ThreeWayMerge.merge("abcdef",
                List.of(client(0, 3, "X")), List.of(head(2, 4, "Y")));

        assertEquals(List.of(new MergeConflict(0, 4, "abcd", "Xd", "abY")), result.conflicts());
    }

    @Test
    void anInsertionAtTheEdgeOfAReplacementGoesOutsideIt() {
        assertEquals("aXYdef", ThreeWayMerge.merge("abcdef",
                List.of(client(1, 1, "X")), List.of(head(1, 3, "Y"))).merged());
        assertEquals("aYXdef", ThreeWayMerge.merge("abcdef",
                List.of(client(3, 3, "X")), List.of(head(1, 3, "Y"))).merged());
    }

    @Test
    void anInsertionStrictlyInsideAReplacementConflicts() {
        MergeResult result = ThreeWayMerge.merge("abcdef",
                List.of(client(2, 2, "X")), List.of(head(1, 3, "Y")));

        assertEquals(List.of(new MergeConflict(1, 3, "bc", "bXc", "Y")), result.conflicts());
    }

    @Test
    void insertionsAtOnePointConflictUnlessEqual() {
        assertEquals(List.of(new MergeConflict(2, 2, "", "X", "Y")), ThreeWayMerge.merge("abcdef",
                List.of(client(2, 2, "X")), List.of(head(2, 2, "Y"))).conflicts());
        assertEquals("abXcdef", ThreeWayMerge.merge("abcdef",
                List.of(client(2, 2, "X")), List.of(head(2, 2, "X"))).merged());
    }

    @Test
    void conflictsGroupTransitively() {
        MergeResult result = ThreeWayMerge.merge("abcdefgh",
                List.of(client(0, 2, "1"), client(3, 5, "2")),
                List.of(head(1, 4, "3"), head(6, 7, "4")));

        assertEquals(List.of(new MergeConflict(0, 5, "abcde", "1c2", "a3e")), result.conflicts());
    }

    @Test
    void aRegionBothSidesTurnedIntoTheSameTextIsNoConflict() {
        MergeResult result = ThreeWayMerge.merge("abcdef",
                List.of(client(0, 1, "X"), client(2, 3, "Z")),
                List.of(head(0, 3, "XbZ"), head(4, 5, "Q")));

        assertEquals("XbZdQf", result.merged());
    }

    @Test
    void aMergeResultHasEitherAMergedTextOrConflicts() {
        MergeConflict conflict = new MergeConflict(0, 1, "a", "b", "c");

        assertThrows(IllegalArgumentException.class, () -> new MergeResult(null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new MergeResult("text", List.of(conflict)));
        assertThrows(IllegalArgumentException.class, () -> new MergeConflict(2, 1, "", "", ""));
    }

    private static Edit client(int start, int end, String text) {
        return new Edit(start, end, text, true);
    }

    private static Edit head(int start, int end, String text) {
        return new Edit(start, end, text, false);
    }
}
