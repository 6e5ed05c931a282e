package org.lexdraft.text;

import static org.lexdraft.support.property.Gen.weight;

import java.util.List;

import org.lexdraft.support.property.Gen;

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

    static Gen<String> texts() {
        return fragments().list(30).map(MultilingualText::join);
    }

    static Gen<TextPair> pairs() {
        return fragments().list(1, 8).flatMap(pool -> {
            Gen<String> text = Gen.of(pool).list(30).map(MultilingualText::join);
            return Gen.combine(text, text, TextPair::new);
        });
    }

    /** Texts made of lines, some empty, some without a final newline, some looking like patch syntax. */
    static Gen<TextPair> linePairs() {
        Gen<String> line = Gen.oneOf(
                Gen.of("", "-- a/doc.txt", "++ b", "@@ -1 +1 @@", "\\ No newline", " ", "\r"),
                texts().map(text -> text.replace("\n", "")));
        return line.list(1, 10).flatMap(pool -> {
            Gen<String> text = Gen.combine(Gen.of(pool).list(25), Gen.booleans(),
                    (lines, finalNewline) -> String.join("\n", lines) + (finalNewline && !lines.isEmpty() ? "\n" : ""));
            return Gen.combine(text, text, TextPair::new);
        });
    }

    static Gen<String> fragments() {
        return Gen.frequency(
                weight(4, latinWords()),
                weight(2, combiningLatin()),
                weight(2, cyrillicWords()),
                weight(2, arabicWords()),
                weight(3, chinese()),
                weight(3, emoji()),
                weight(4, whitespace()),
                weight(3, punctuation()));
    }

    private static Gen<String> latinWords() {
        return Gen.string(Gen.charOf(Gen.range('a', 'e') + "STz0123"), 1, 6);
    }

    private static Gen<String> combiningLatin() {
        Gen<String> marks = Gen.string(Gen.codePoint(0x0300, 0x036F), 1, 3);
        return Gen.combine(Gen.charOf(Gen.range('a', 'e')), marks, String::concat);
    }

    private static Gen<String> cyrillicWords() {
        return Gen.string(Gen.charOf(Gen.range('а', 'е')), 1, 6);
    }

    private static Gen<String> arabicWords() {
        Gen<String> letters = Gen.string(Gen.charOf(Gen.range('\u0627', '\u062D')), 1, 5);
        Gen<String> harakat = Gen.string(Gen.charOf(Gen.range('\u064B', '\u0652')), 0, 1);
        return Gen.combine(letters, harakat, String::concat);
    }

    /** Common ideographs, and supplementary-plane ones (Extension B) written as surrogate pairs. */
    private static Gen<String> chinese() {
        return Gen.oneOf(
                Gen.of("缔", "约", "国", "不", "得", "使", "用", "集", "束", "弹", "药", "。", "，"),
                Gen.codePoint(0x20000, 0x20005));
    }

    private static Gen<String> emoji() {
        Gen<String> base = Gen.codePoint(0x1F44D, 0x1F44F);
        Gen<String> tone = Gen.codePoint(0x1F3FB, 0x1F3FF);
        Gen<String> regionalIndicator = Gen.codePoint(0x1F1E6, 0x1F1E8);
        return Gen.oneOf(
                base,
                Gen.combine(base, tone, String::concat),
                Gen.combine(base, base, (first, second) -> first + "\u200D" + second),
                regionalIndicator,
                Gen.of("\u2764\uFE0F", "\u00A9"));
    }

    private static Gen<String> whitespace() {
        return Gen.of(" ", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u3000");
    }

    private static Gen<String> punctuation() {
        return Gen.of(".", ",", ";", ":", "!", "?", "'", "\"", "(", ")", "[", "]", "-", "\u2014", "/", "&",
                "<", ">", "«", "»", "،", "؟");
    }

    private static String join(List<String> parts) {
        return String.join("", parts);
    }
}
