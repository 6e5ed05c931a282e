package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlameTest {

    private final DiffEngine engine = new DiffEngine(Duration.ofSeconds(1));

    @Test
    void aFirstVersionIsAllItsOwn() {
        assertEquals(List.of(new AttributedSpan<>(0, 8, "v1")), Blame.initial("munition", "v1"));
        assertEquals(List.of(), Blame.initial("", "v1"));
    }

    @Test
    void initialCountsCodePoints() {
        assertEquals(List.of(new AttributedSpan<>(0, 4, "v1")), Blame.initial("👍🏽𠀀a", "v1"));
    }

    @Test
    void keptTextKeepsItsOriginAndInsertedTextGetsTheNewOne() {
        String v1 = "a munition designed to disperse submunitions";
        String v2 = "a conventional munition designed to disperse submunitions";

        List<AttributedSpan<String>> spans = Blame.carry(engine, v1, Blame.initial(v1, "v1"), v2, "v2");

        assertEquals(List.of(
                new AttributedSpan<>(0, 2, "v1"),
                new AttributedSpan<>(2, 15, "v2"),
                new AttributedSpan<>(15, 57, "v1")), spans);
    }

    @Test
    void attributionIsCarriedThroughSeveralVersions() {
        String v1 = "a munition designed to disperse submunitions";
        String v2 = "a conventional munition designed to disperse submunitions";
        String v3 = "a conventional munition designed to release submunitions";

        List<AttributedSpan<String>> spans2 = Blame.carry(engine, v1, Blame.initial(v1, "v1"), v2, "v2");
        List<AttributedSpan<String>> spans3 = Blame.carry(engine, v2, spans2, v3, "v3");

        // "disperse" -> "release": the character diff keeps the 'e's and 's' they share.
        assertEquals("v2", originAt(spans3, v3.indexOf("conventional")));
        assertEquals("v1", originAt(spans3, v3.indexOf("designed")));
        assertEquals("v3", originAt(spans3, v3.indexOf("release")));
        assertEquals("v1", originAt(spans3, v3.indexOf("submunitions")));
        assertEquals(Texts.codePoints(v3), spans3.get(spans3.size() - 1).end());
    }

    @Test
    void deletedTextLeavesNoSpan() {
        String v1 = "explosive submunitions";
        List<AttributedSpan<String>> spans = Blame.carry(engine, v1,
                List.of(new AttributedSpan<>(0, 10, "a"), new AttributedSpan<>(10, 22, "b")), "submunitions", "c");

        assertEquals(List.of(new AttributedSpan<>(0, 12, "b")), spans);
    }

    @Test
    void deletingEverythingLeavesNoSpans() {
        assertEquals(List.of(), Blame.carry(engine, "text", Blame.initial("text", 1), "", 2));
    }

    @Test
    void offsetsAreCodePoints() {
        String v1 = "👍🏽 agreed";
        String v2 = "👍🏽 𠀀 agreed";

        List<AttributedSpan<String>> spans = Blame.carry(engine, v1, Blame.initial(v1, "v1"), v2, "v2");

        assertEquals(List.of(
                new AttributedSpan<>(0, 3, "v1"),
                new AttributedSpan<>(3, 5, "v2"),
                new AttributedSpan<>(5, 11, "v1")), spans);
    }

    @Test
    void aCharacterReplacedByOneSharingItsLowSurrogateIsTheChildsAndTheDiffStillRebuildsBothTexts() {
        // U+20000 is D840 DC00 and U+24000 is D850 DC00: the texts' common end begins with a low
        // surrogate, which must not be kept apart from its high one.
        String v1 = "缔约国 \uD840\uDC00 agreed";
        String v2 = "缔约国 \uD850\uDC00 agreed";

        assertEquals(List.of(
                new AttributedSpan<>(0, 4, "v1"),
                new AttributedSpan<>(4, 5, "v2"),
                new AttributedSpan<>(5, 12, "v1")), Blame.carry(engine, v1, Blame.initial(v1, "v1"), v2, "v2"));
        TextDiff diff = new TextDiff(Granularity.CHAR, Blame.keepingEnds(engine, v1, v2, Granularity.CHAR));
        assertEquals(v1, diff.source());
        assertEquals(v2, diff.target());
    }

    @Test
    void neighboursOfEqualOriginAreMerged() {
        String text = "abcdef";
        List<AttributedSpan<String>> split = List.of(new AttributedSpan<>(0, 2, "x"), new AttributedSpan<>(2, 2, "y"),
                new AttributedSpan<>(2, 6, "x"));

        assertEquals(List.of(new AttributedSpan<>(0, 6, "x")), Blame.carry(engine, text, split, text, "z"));
    }

    @Test
    void parentSpansMustCoverTheParentText() {
        assertThrows(IllegalArgumentException.class,
                () -> Blame.carry(engine, "abc", List.of(new AttributedSpan<>(0, 2, "x")), "abc", "y"));
        assertThrows(IllegalArgumentException.class,
                () -> Blame.carry(engine, "abc", List.of(new AttributedSpan<>(1, 3, "x")), "abc", "y"));
        assertThrows(IllegalArgumentException.class, () -> Blame.carry(engine, "abc",
                List.of(new AttributedSpan<>(0, 1, "x"), new AttributedSpan<>(2, 3, "x")), "abc", "y"));
        assertThrows(IllegalArgumentException.class, () -> new AttributedSpan<>(3, 2, "x"));
        assertThrows(IllegalArgumentException.class, () -> new AttributedSpan<>(-1, 2, "x"));
        assertThrows(NullPointerException.class, () -> new AttributedSpan<>(0, 2, null));
    }

    @Test
    void codecWritesOneSpanPerRecord() {
        List<AttributedSpan<VersionKey>> spans = List.of(
                new AttributedSpan<>(0, 12, new VersionKey(7, 1)),
                new AttributedSpan<>(12, 20, new VersionKey(9_000_000_000L, 2)));

        assertEquals("0,12,7,1;12,20,9000000000,2", BlameCodec.encode(spans));
        assertEquals(spans, BlameCodec.decode("0,12,7,1;12,20,9000000000,2"));
    }

    @Test
    void codecWritesNoSpansAsTheEmptyString() {
        assertEquals("", BlameCodec.encode(List.of()));
        assertEquals(List.of(), BlameCodec.decode(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "0,1,2", "0,1,2,3,4", "0,1,2,3;", ";0,1,2,3", "0,1,2,x", "0, 1,2,3", "+0,1,2,3",
            "0,1,2,99999999999", "2,1,2,3", "-1,1,2,3", "0,1,-,3", "0,,2,3"})
    void codecRejectsWhatItDoesNotWrite(String encoded) {
        assertThrows(IllegalArgumentException.class, () -> BlameCodec.decode(encoded));
    }

    private static <T> T originAt(List<AttributedSpan<T>> spans, int offset) {
        return spans.stream().filter(span -> span.start() <= offset && offset < span.end())
                .findFirst().orElseThrow().origin();
    }
}
