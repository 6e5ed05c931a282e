package org.lexdraft.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DefinedTermTest {

    @Test
    void theLabelIsFoundIgnoringCase() {
        assertArrayEquals(new int[] {1, 17}, DefinedTerm.find("\"Cluster munition\" means", "cluster munition"));
    }

    @Test
    void otherwiseTheFirstQuotedPhrase() {
        assertArrayEquals(new int[] {2, 23}, DefinedTerm.find("« Arme à sous-munitions » désigne", "cluster munition"));
        assertArrayEquals(new int[] {1, 5}, DefinedTerm.find("“集束弹药”是指", "cluster munition"));
    }

    @Test
    void noneWithoutLabelOrQuotes() {
        assertNull(DefinedTerm.find("A munition that disperses submunitions.", "cluster munition"));
        assertNull(DefinedTerm.find("An \"unclosed quote", "cluster munition"));
    }
}
