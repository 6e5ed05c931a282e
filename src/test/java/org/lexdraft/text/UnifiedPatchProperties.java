package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import org.lexdraft.text.MultilingualText.TextPair;

@AddLifecycleHook(GnuPatch.Required.class)
class UnifiedPatchProperties {

    @Provide
    Arbitrary<TextPair> linePairs() {
        return MultilingualText.linePairs();
    }

    /** Each try starts a process, hence fewer tries than the default. */
    @Property(tries = 200)
    void gnuPatchTurnsTheOldTextIntoTheNewText(@ForAll("linePairs") TextPair pair) throws Exception {
        assertEquals(pair.b(), GnuPatch.applyRendered(pair.a(), pair.b()));
    }
}
