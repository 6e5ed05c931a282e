package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import org.lexdraft.support.property.Gen;
import org.lexdraft.support.property.Property;
import org.lexdraft.text.MultilingualText.TextPair;

class UnifiedPatchProperties {

    static Gen<TextPair> linePairs() {
        return MultilingualText.linePairs();
    }

    /** Each try starts a process, hence fewer tries than the default. */
    @Test
    void gnuPatchTurnsTheOldTextIntoTheNewText() throws Exception {
        assumeTrue(GnuPatch.isAvailable(), GnuPatch.PROGRAM + " is not installed");
        Property.tries(200).check(linePairs(), pair -> {
            assertEquals(pair.b(), GnuPatch.applyRendered(pair.a(), pair.b()));
        });
    }
}
