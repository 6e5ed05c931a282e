package org.lexdraft.text;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of well-formed text mixing the scripts a negotiation draft may hold: Latin with
 * combining marks, Cyrillic, Arabic with vowel marks, Chinese (including supplementary-plane
 * ideographs), emoji sequences, whitespace and punctuation.
 */
final class MultilingualText {

    /** Two texts of one shared fragment pool, so that diffs find real common runs. */
    record TextPair(String a, String b) {
    }

    private MultilingualText() {
    }

    static Arbitrary<String> texts() {
        return fragments().list().ofMaxSize(30).map(MultilingualText::join);
    }

    static Arbitrary<TextPair> pairs() {
        return fragments().list().ofMinSize(1).ofMaxSize(8).flatMap(pool -> {
            Arbitrary<String> text = Arbitraries.of(pool).list().ofMaxSize(30).map(MultilingualText::join);
            return Combinators.combine(text, text).as(TextPair::new);
        });
    }

    /** Texts made of lines, some empty, some without a final newline, some looking like patch syntax. */
    static Arbitrary<TextPair> linePairs() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("", "-- a/doc.txt", "++ b", "@@ -1 +1 @@", "\\ No newline", " ", "\r"),
                texts().map(text -> text.replace("\n", "")));
        return line.list().ofMinSize(1).ofMaxSize(10).flatMap(pool -> {
            Arbitrary<String> text = Combinators.combine(
                            Arbitraries.of(pool).list().ofMaxSize(25),
                            Arbitraries.of(true, false))
                    .as((lines, finalNewline) -> String.join("\n", lines) + (finalNewline && !lines.isEmpty() ? "\n" : ""));
            return Combinators.combine(text, text).as(TextPair::new);
        });
    }

    static Arbitrary<String> fragments() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, latinWords()),
                Tuple.of(2, combiningLatin()),
                Tuple.of(2, cyrillicWords()),
                Tuple.of(2, arabicWords()),
                Tuple.of(3, chinese()),
                Tuple.of(3, emoji()),
                Tuple.of(4, whitespace()),
                Tuple.of(3, punctuation()));
    }

    private static Arbitrary<String> latinWords() {
        return Arbitraries.strings().withCharRange('a', 'e').withChars("STz0123").ofMinLength(1).ofMaxLength(6);
    }

    private static Arbitrary<String> combiningLatin() {
        Arbitrary<String> marks = codePoints(0x0300, 0x036F).list().ofMinSize(1).ofMaxSize(3).map(MultilingualText::join);
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'e').ofLength(1), marks).as(String::concat);
    }

    private static Arbitrary<String> cyrillicWords() {
        return Arbitraries.strings().withCharRange('а', 'е').ofMinLength(1).ofMaxLength(6);
    }

    private static Arbitrary<String> arabicWords() {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('\u0627', '\u062D').ofMinLength(1).ofMaxLength(5);
        Arbitrary<String> harakat = Arbitraries.strings().withCharRange('\u064B', '\u0652').ofMaxLength(1);
        return Combinators.combine(letters, harakat).as(String::concat);
    }

    /** Common ideographs, and supplementary-plane ones (Extension B) written as surrogate pairs. */
    private static Arbitrary<String> chinese() {
        return Arbitraries.oneOf(
                Arbitraries.of("缔", "约", "国", "不", "得", "使", "用", "集", "束", "弹", "药", "。", "，"),
                codePoints(0x20000, 0x20005));
    }

    private static Arbitrary<String> emoji() {
        Arbitrary<String> base = codePoints(0x1F44D, 0x1F44F);
        Arbitrary<String> tone = codePoints(0x1F3FB, 0x1F3FF);
        Arbitrary<String> regionalIndicator = codePoints(0x1F1E6, 0x1F1E8);
        return Arbitraries.oneOf(
                base,
                Combinators.combine(base, tone).as(String::concat),
                Combinators.combine(base, base).as((first, second) -> first + "\u200D" + second),
                regionalIndicator,
                Arbitraries.of("\u2764\uFE0F", "\u00A9"));
    }

    private static Arbitrary<String> whitespace() {
        return Arbitraries.of(" ", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u3000");
    }

    private static Arbitrary<String> punctuation() {
        return Arbitraries.of(".", ",", ";", ":", "!", "?", "'", "\"", "(", ")", "[", "]", "-", "\u2014", "/", "&",
                "<", ">", "«", "»", "،", "؟");
    }

    private static Arbitrary<String> codePoints(int first, int last) {
        return Arbitraries.integers().between(first, last).map(Character::toString);
    }

    private static String join(List<String> parts) {
        return String.join("", parts);
    }
}
