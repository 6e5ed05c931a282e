package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BracketScanTest {

    @Test
    void nestedPairsAreAllListedByStart() {
        BracketScan scan = BracketScan.of("[a [b] c]");

        assertEquals(List.of(
                new BracketSpan(0, 9, 1, List.of()),
                new BracketSpan(3, 6, 2, List.of())), scan.spans());
        assertEquals(List.of(), scan.unmatched());
        assertEquals(1, scan.openCount());
        assertEquals(0.0, scan.unbracketedShare());
    }

    @Test
    void anOpeningBracketNeverClosedIsUnmatched() {
        BracketScan scan = BracketScan.of("[a");

        assertEquals(List.of(), scan.spans());
        assertEquals(List.of(0), scan.unmatched());
        assertEquals(0, scan.openCount());
        assertEquals(1.0, scan.unbracketedShare());
    }

    @Test
    void aClosingBracketWithNothingOpenIsUnmatched() {
        assertEquals(List.of(1), BracketScan.of("a]").unmatched());
    }

    @Test
    void bracketsTheWrongWayRoundAreBothUnmatched() {
        BracketScan scan = BracketScan.of("]a[");

        assertEquals(List.of(), scan.spans());
        assertEquals(List.of(0, 2), scan.unmatched());
    }

    @Test
    void anUnclosedBracketAroundAPairLeavesThePairOutermost() {
        BracketScan scan = BracketScan.of("[a [b] c");

        assertEquals(List.of(new BracketSpan(3, 6, 1, List.of())), scan.spans());
        assertEquals(List.of(0), scan.unmatched());
        assertEquals(1, scan.openCount());
    }

    @Test
    void unmatchedBracketsOfBothKindsAreListedInOrder() {
        BracketScan scan = BracketScan.of("] [x] [ ] ] [");

        assertEquals(List.of(new BracketSpan(2, 5, 1, List.of()), new BracketSpan(6, 9, 1, List.of())), scan.spans());
        assertEquals(List.of(0, 10, 12), scan.unmatched());
    }

    @Test
    void slashesSeparateAlternatives() {
        BracketScan scan = BracketScan.of("[ten/twenty] or [five / six / seven]");

        assertEquals(List.of(
                new BracketSpan(0, 12, 1, List.of("ten", "twenty")),
                new BracketSpan(16, 36, 1, List.of("five", "six", "seven"))), scan.spans());
        assertEquals(2, scan.openCount());
    }

    @Test
    void alternativesSplitOnlyAtTheirOwnLevel() {
        BracketScan scan = BracketScan.of("[a/[b/c]]");

        assertEquals(List.of(
                new BracketSpan(0, 9, 1, List.of("a", "[b/c]")),
                new BracketSpan(3, 8, 2, List.of("b", "c"))), scan.spans());
    }

    @Test
    void aPairWithoutSlashOrWithOneAlternativeHasNone() {
        assertEquals(List.of(), BracketScan.of("[twenty]").spans().get(0).alternatives());
        assertEquals(List.of(), BracketScan.of("[]").spans().get(0).alternatives());
        assertEquals(List.of("", "or"), BracketScan.of("[/or]").spans().get(0).alternatives());
        assertEquals(List.of("and", "or"), BracketScan.of("[and/or]").spans().get(0).alternatives());
    }

    @Test
    void everyPairOfALongDraftListsItsAlternativesToTheLast() {
        String clause = "Each State Party [shall/may] report [annually/every two years] to the [Secretary-General/Depositary].\n";
        String draft = clause.repeat(2000);

        BracketScan scan = BracketScan.of(draft);

        assertEquals(6000, scan.spans().size());
        BracketSpan last = scan.spans().get(5999);
        assertEquals(List.of("Secretary-General", "Depositary"), last.alternatives());
        assertEquals(draft.lastIndexOf('['), last.start());
        assertTrue(scan.spans().stream().allMatch(span -> span.alternatives().size() == 2));
    }

    @Test
    void alternativesAreListedForPairsUpToTheLengthLimit() {
        // A pair of exactly MAX_ALTERNATIVES_PAIR code points, brackets included, and one longer.
        String first = "a".repeat(BracketScan.MAX_ALTERNATIVES_PAIR - 4);
        String longest = "[" + first + "/b]";
        String tooLong = "[" + first + "a/b]";

        assertEquals(BracketScan.MAX_ALTERNATIVES_PAIR, longest.length());
        assertEquals(2, BracketScan.of("x " + longest).spans().get(0).alternatives().size());
        assertEquals("b", BracketScan.of("x " + longest).spans().get(0).alternatives().get(1));
        assertTrue(BracketScan.of("x " + tooLong).spans().get(0).alternatives().isEmpty());
    }

    @Test
    void alternativesAreStrippedOfEveryKindOfSpace() {
        assertEquals(List.of("десять", "二十"), BracketScan.of("[\u00A0десять\t/\u3000二十\n]").spans().get(0).alternatives());
    }

    @Test
    void offsetsAreCodePointsAfterEmoji() {
        // Thumbs up with skin tone: two code points, four chars; the flag: two code points.
        BracketScan scan = BracketScan.of("👍🏽🇳🇴 [𠀀/b] ]");

        assertEquals(List.of(new BracketSpan(5, 10, 1, List.of("𠀀", "b"))), scan.spans());
        assertEquals(List.of(11), scan.unmatched());
    }

    @Test
    void shareOfARealisticDefinition() {
        String text = "\"Cluster munition\" means a conventional munition that is designed to disperse or release"
                + " explosive submunitions [each weighing less than [20/10] kilograms], [and includes those"
                + " explosive submunitions].";

        BracketScan scan = BracketScan.of(text);

        assertEquals(2, scan.openCount());
        assertEquals(3, scan.spans().size());
        assertEquals(List.of("20", "10"), scan.spans().get(1).alternatives());
        int bracketed = nonWhitespace("[each weighing less than [20/10] kilograms]")
                + nonWhitespace("[and includes those explosive submunitions]");
        int all = nonWhitespace(text);
        assertEquals((double) (all - bracketed) / all, scan.unbracketedShare(), 1e-12);
    }

    @Test
    void shareIgnoresWhitespaceAndIsOneWithoutAnyText() {
        assertEquals(1.0, BracketScan.of("").unbracketedShare());
        assertEquals(1.0, BracketScan.of(" \t\n\u00A0").unbracketedShare());
        assertEquals(0.5, BracketScan.of("ab      [ ]").unbracketedShare());
        assertEquals(1.0, BracketScan.of("no brackets at all").unbracketedShare());
    }

    private static int nonWhitespace(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }

    @Test
    void deeplyNestedAlternativesStayLinearInOutput() {
        String text = "[a/".repeat(40_000) + "b" + "]".repeat(40_000);
        BracketScan scan = BracketScan.of(text);
        assertEquals(40_000, scan.spans().size());
        long listed = scan.spans().stream().flatMap(s -> s.alternatives().stream()).mapToLong(String::length).sum();
        assertTrue(listed <= 2L * text.length() + 10_000, "alternatives bounded by twice the text, got " + listed);
        assertEquals(List.of("a", "[a/b]"), BracketScan.of("[a/[a/b]]").spans().get(0).alternatives());
    }
}
