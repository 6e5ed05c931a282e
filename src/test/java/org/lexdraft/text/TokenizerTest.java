package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lexdraft.support.property.Gen;
import org.lexdraft.support.property.Property;

class TokenizerTest {

    @Test
    void wordsSpacesAndPunctuationAreSeparateTokens() {
        assertEquals(List.of("Hello", ",", " ", "world", "!"), Tokenizer.words("Hello, world!"));
    }

    @Test
    void aNulCharacterIsATokenOfItsOwnBetweenTwoWords() {
        // As BreakIterator breaks it: the text is stored as given, control characters included.
        assertEquals(List.of("word", "\u0000", "word"), Tokenizer.words("word\u0000word"));
        assertEquals(List.of("\u0000", "a", " ", "\u0000", "b"), Tokenizer.words("\u0000a \u0000b"));
    }

    @Test
    void apostrophesAndDecimalPointsStayInsideWords() {
        assertEquals(List.of("don't", " ", "3.14"), Tokenizer.words("don't 3.14"));
    }

    @Test
    void dashesAreTokensOfTheirOwn() {
        assertEquals(List.of("weapons", "—", "including", " ", "self", "-", "destruct"),
                Tokenizer.words("weapons—including self-destruct"));
    }

    @Test
    void chineseIsSplitIntoSingleIdeographs() {
        assertEquals(List.of("缔", "约", "国", "不", "得", "。"), Tokenizer.words("缔约国不得。"));
    }

    @Test
    void supplementaryIdeographsStayWhole() {
        assertEquals(List.of("\uD840\uDC00", "\uD840\uDC01"), Tokenizer.words("\uD840\uDC00\uD840\uDC01"));
    }

    @Test
    void combiningMarksStayWithTheirLetter() {
        assertEquals(List.of("cafe\u0301", " ", "x\u0301\u0302y"), Tokenizer.words("cafe\u0301 x\u0301\u0302y"));
    }

    @Test
    void arabicVowelMarksStayWithTheirLetter() {
        assertEquals(List.of("كَتَبَ", " ", "الدولة"), Tokenizer.words("كَتَبَ الدولة"));
    }

    @Test
    void emojiStayWholeWithSkinToneAndJoinedParts() {
        assertEquals(List.of("👍🏽", " ", "👨\u200D👩\u200D👧", " ", "❤️"), Tokenizer.words("👍🏽 👨\u200D👩\u200D👧 ❤️"));
    }

    @Test
    void flagsPairTheirRegionalIndicators() {
        assertEquals(List.of("🇫🇷", "🇩🇪", "🇳"), Tokenizer.words("🇫🇷🇩🇪🇳"));
        // The first and the last letter: Andorra, South Africa, Belize.
        assertEquals(List.of("🇦🇩", "🇿🇦", "🇧🇿"), Tokenizer.words("🇦🇩🇿🇦🇧🇿"));
    }

    @Test
    void subdivisionFlagsKeepTheirTagCharacters() {
        // England and Scotland: a black flag, tag letters, a cancel tag.
        String england = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F";
        String scotland = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F";

        assertEquals(List.of(england, " ", "and", " ", scotland, scotland), Tokenizer.words(england + " and " + scotland + scotland));
    }

    @Test
    void linesKeepTheirLineBreaks() {
        assertEquals(List.of("one\n", "\n", "two\r\n", "three"), Tokenizer.lines("one\n\ntwo\r\nthree"));
    }

    @Test
    void codePointsKeepSurrogatePairsWhole() {
        assertEquals(List.of("a", "👍", "🏽", "\uD83D"), Tokenizer.codePoints("a👍🏽\uD83D"));
    }

    static Gen<String> texts() {
        return MultilingualText.texts();
    }

    @Test
    void wordTokensRebuildTheText() {
        Property.forAll(texts(), text -> {
            assertEquals(text, String.join("", Tokenizer.words(text)));
        });
    }

    @Test
    void noWordTokenIsEmptyOrCutsACharacter() {
        Property.forAll(texts(), text -> {
            List<String> tokens = Tokenizer.words(text);
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                assertFalse(token.isEmpty());
                assertFalse(Character.isLowSurrogate(token.charAt(0)), token);
                assertFalse(Character.isHighSurrogate(token.charAt(token.length() - 1)), token);
                if (i > 0) {
                    int type = Character.getType(token.codePointAt(0));
                    assertTrue(type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                            && type != Character.ENCLOSING_MARK, () -> "token starts with a mark: " + token);
                }
            }
        });
    }

    @Test
    void lineTokensRebuildTheText() {
        Property.forAll(texts(), text -> {
            List<String> lines = Tokenizer.lines(text);

            assertEquals(text, String.join("", lines));
            for (String line : lines.subList(0, Math.max(0, lines.size() - 1))) {
                assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, line);
            }
        });
    }
}
