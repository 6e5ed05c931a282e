package org.lexdraft.text.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic benchmark inputs: treaty-like legal text built from a fixed vocabulary with a fixed
 * {@link Random} seed, and an edited copy of it carrying a realistic edit load (about 5% of the
 * words replaced, one clause inserted, one sentence deleted from the article). Same seed, same
 * text, on every run and every machine, so numbers from different runs compare.
 */
final class TreatyText {

    /** The deadline the service runs the engine with ({@code lexdraft.limits.diff-deadline=500ms}). */
    static final Duration DEADLINE = Duration.ofMillis(500);
    /** The same deadline in the unit diff-match-patch reads. */
    static final float DMP_TIMEOUT_SECONDS = 0.5f;

    /** About the size of a real definition. */
    static final int DEFINITION_CHARS = 1_000;
    /** About the size of a long treaty article. */
    static final int ARTICLE_CHARS = 13_000;
    /** The service's text length limit, in code points ({@code lexdraft.limits.max-text-length}). */
    static final int LIMIT_CODE_POINTS = 100_000;

    /** Names of the edited pairs, as the benchmarks' {@code @Param} values. */
    static final String DEFINITION_1KB = "definition-1KB";
    static final String ARTICLE_13KB = "article-13KB";
    static final String MULTILINGUAL_13KB = "multilingual-13KB";
    /** Names of the unrelated pairs at the length limit. */
    static final String LEGAL = "legal";
    static final String MULTILINGUAL = "multilingual";

    record Pair(String from, String to) {
    }

    private static final String[] CONTENT_WORDS = {
            "munition", "munitions", "explosive", "submunition", "submunitions", "cluster", "bomblet",
            "bomblets", "dispenser", "remnants", "clearance", "destruction", "stockpile", "stockpiles",
            "transfer", "assistance", "victims", "territory", "jurisdiction", "control", "Convention",
            "Article", "paragraph", "provision", "obligation", "obligations", "undertakes", "prohibited",
            "designed", "disperse", "release", "weighing", "kilograms", "conventional", "fragmentation",
            "containing", "self-destruction", "self-deactivating", "mechanism", "target", "object",
            "area", "contaminated", "marking", "fencing", "monitoring", "civilian", "population",
            "risk", "reduction", "education", "information", "request", "extension", "deadline",
            "report", "Secretary-General", "United", "Nations", "Meeting", "States", "Parties",
            "Party", "State", "measures", "legislative", "administrative", "appropriate", "national",
            "implementation", "cooperation", "international", "humanitarian", "law", "armed",
            "forces", "military", "operations", "personnel", "compliance", "clarification",
            "consultations", "dispute", "settlement", "amendment", "entry", "into", "force",
            "ratification", "acceptance", "approval", "accession", "withdrawal", "depositary",
            "reservations", "means", "shall", "may", "retain", "acquire", "develop", "produce",
            "use", "assist", "encourage", "induce", "engage", "activity", "training", "techniques",
            "detection", "counter-measures", "quantity", "minimum", "absolutely", "necessary",
            "purposes", "including", "unexploded", "abandoned", "failed", "function", "intended",
            "delivered", "aircraft", "fixed", "dispensers", "flares", "smoke", "pyrotechnics",
            "chaff", "air", "defence", "role", "electrical", "electronic", "effects", "indiscriminate",
            "unexploded", "single", "warhead", "twenty", "ten", "years", "period", "date",
    };

    private static final String[] FUNCTION_WORDS = {
            "the", "the", "the", "the", "of", "of", "of", "and", "and", "or", "to", "to", "in", "in",
            "by", "for", "with", "a", "an", "that", "which", "such", "as", "is", "are", "be", "not",
            "its", "their", "this", "on", "at", "from", "each", "any", "all", "under", "within",
            "other", "than", "less", "more", "no", "never", "those", "these", "where", "when",
    };

    private static final String[] OPENINGS = {
            "Each State Party shall", "Each State Party undertakes never under any circumstances to",
            "No State Party shall", "The Depositary shall", "Nothing in this Convention shall",
            "For the purposes of this Convention,", "States Parties shall", "Each State Party may",
            "In fulfilling its obligations under this Article, each State Party shall",
            "“Cluster munition” means", "“Explosive submunition” means", "“Transfer” involves",
            "“Unexploded submunition” means", "Notwithstanding the provisions of paragraph 1,",
    };

    private static final String[] CLAUSES = {
            ", unless otherwise agreed by the Parties in writing,",
            ", subject to paragraph 4 of this Article and to the relevant rules of international humanitarian law,",
            ", as soon as possible but not later than eight years after the entry into force of this Convention,",
            ", to the extent that it is able to do so and in accordance with its national law,",
    };

    private static final String[] RUSSIAN = {
            "боеприпас", "кассетный", "кассетные", "боеприпасы", "взрывчатый", "суббоеприпас",
            "суббоеприпасы", "государство", "участник", "государства", "участники", "означает",
            "каждое", "обязуется", "никогда", "при", "никаких", "обстоятельствах", "применять",
            "разрабатывать", "производить", "приобретать", "накапливать", "сохранять", "передавать",
            "территории", "юрисдикцией", "контролем", "Конвенции", "статьи", "пункта", "уничтожение",
            "запасов", "разминирование", "помощь", "жертвам", "и", "и", "или", "в", "в", "на", "с",
            "по", "для", "не", "который", "такой", "как", "любой", "всех", "меры", "настоящей",
    };

    private static final String[] CHINESE = {
            "集束弹药", "缔约国", "是指", "每一", "承诺", "在任何情况下", "绝不", "使用", "开发", "生产",
            "获取", "储存", "保留", "转让", "爆炸性", "子弹药", "领土", "管辖", "控制", "公约", "条款",
            "第", "款", "的", "的", "和", "或", "销毁", "库存", "清除", "援助", "受害者", "措施", "𠀋",
    };

    /** Emoji, some of them surrogate pairs, sequences with variation selectors, ZWJ and flags. */
    private static final String[] EMOJI = {
            "💣", "⚠️", "🕊️", "📜", "✅", "❌", "🇺🇳", "👩‍⚖️", "🧨", "🔥", "📎", "🗓️",
    };

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");
    private static final Pattern MULTILINGUAL_WORD = Pattern.compile(emojiAlternation()
            + "|\\p{IsCyrillic}+|\\p{IsHan}");

    private TreatyText() {
    }

    /** The edited pair named {@link #DEFINITION_1KB}, {@link #ARTICLE_13KB} or {@link #MULTILINGUAL_13KB}. */
    static Pair editedPair(String name) {
        return switch (name) {
            case DEFINITION_1KB -> edited(english(11, DEFINITION_CHARS, true), false, 12);
            case ARTICLE_13KB -> edited(english(21, ARTICLE_CHARS, false), false, 22);
            case MULTILINGUAL_13KB -> edited(multilingual(31, ARTICLE_CHARS), true, 32);
            default -> throw new IllegalArgumentException("unknown input: " + name);
        };
    }

    /**
     * Two unrelated texts of exactly {@link #LIMIT_CODE_POINTS} code points (different seeds, same
     * vocabulary): no long common run, so the diff search runs until the deadline.
     */
    static Pair unrelatedPairAtLimit(String name) {
        return switch (name) {
            case LEGAL -> new Pair(
                    codePointPrefix(render(english(41, 2 * LIMIT_CODE_POINTS, false)), LIMIT_CODE_POINTS),
                    codePointPrefix(render(english(42, 2 * LIMIT_CODE_POINTS, false)), LIMIT_CODE_POINTS));
            case MULTILINGUAL -> new Pair(
                    codePointPrefix(render(multilingual(43, 2 * LIMIT_CODE_POINTS)), LIMIT_CODE_POINTS),
                    codePointPrefix(render(multilingual(44, 2 * LIMIT_CODE_POINTS)), LIMIT_CODE_POINTS));
            default -> throw new IllegalArgumentException("unknown input: " + name);
        };
    }

    // ---- generation: a document is a list of paragraphs, each a list of sentences ----

    static List<List<String>> english(long seed, int targetChars, boolean definition) {
        Random random = new Random(seed);
        List<List<String>> paragraphs = new ArrayList<>();
        int length = 0;
        while (length < targetChars) {
            List<String> paragraph = new ArrayList<>();
            int sentences = definition ? 3 + random.nextInt(3) : 2 + random.nextInt(4);
            for (int s = 0; s < sentences && length < targetChars; s++) {
                String sentence = paragraphs.isEmpty() && s == 0 && definition
                        ? "“Cluster munition” means " + body(random, 14, 30)
                        : englishSentence(random);
                paragraph.add(sentence);
                length += sentence.length() + 1;
            }
            paragraphs.add(paragraph);
            length += 6;
        }
        return paragraphs;
    }

    private static String englishSentence(Random random) {
        String opening = pick(random, OPENINGS);
        String sentence = opening + " " + body(random, 8, 26);
        if (random.nextInt(5) == 0) {
            // An enumeration, as treaties write them: "...: (a) ...; (b) ...; and (c) ..."
            sentence = sentence.substring(0, sentence.length() - 1) + ":";
            int items = 2 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                String item = body(random, 5, 14);
                item = item.substring(0, item.length() - 1);
                String end = i == items - 1 ? "." : i == items - 2 ? "; and" : ";";
                sentence += " (" + (char) ('a' + i) + ") " + item + end;
            }
        }
        return sentence;
    }

    /** Lower-case words with commas, the odd number, quotation or dash, ending in a full stop. */
    private static String body(Random random, int minWords, int maxWords) {
        StringBuilder text = new StringBuilder();
        int words = minWords + random.nextInt(maxWords - minWords + 1);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                int mark = random.nextInt(100);
                if (mark < 7) {
                    text.append(", ");
                } else if (mark < 8) {
                    text.append("—");
                } else {
                    text.append(' ');
                }
            }
            int kind = random.nextInt(100);
            if (kind < 40) {
                text.append(pick(random, FUNCTION_WORDS));
            } else if (kind < 97) {
                text.append(pick(random, CONTENT_WORDS));
            } else if (kind < 99) {
                text.append(1 + random.nextInt(20));
            } else {
                text.append('“').append(pick(random, CONTENT_WORDS)).append('”');
            }
        }
        return text.append('.').toString();
    }

    static List<List<String>> multilingual(long seed, int targetChars) {
        Random random = new Random(seed);
        List<List<String>> paragraphs = new ArrayList<>();
        int length = 0;
        while (length < targetChars) {
            List<String> paragraph = new ArrayList<>();
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences && length < targetChars; s++) {
                String sentence = multilingualSentence(random);
                paragraph.add(sentence);
                length += sentence.length() + 1;
            }
            paragraphs.add(paragraph);
            length += 6;
        }
        return paragraphs;
    }

    /** A Russian sentence, an emoji marker and its Chinese rendering, as a bilingual draft has them. */
    private static String multilingualSentence(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 6 + random.nextInt(16);
        for (int w = 0; w < words; w++) {
            String word = pick(random, RUSSIAN);
            if (w == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else {
                text.append(random.nextInt(100) < 8 ? ", " : " ");
            }
            text.append(word);
        }
        text.append(". ").append(pick(random, EMOJI)).append(' ');
        int ideographWords = 4 + random.nextInt(10);
        for (int w = 0; w < ideographWords; w++) {
            text.append(pick(random, CHINESE));
            if (w < ideographWords - 1 && random.nextInt(100) < 12) {
                text.append('，');
            }
        }
        return text.append('。').toString();
    }

    static String render(List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            text.append(p + 1).append(". ").append(String.join(" ", paragraphs.get(p)));
        }
        return text.append('\n').toString();
    }

    // ---- the edit load ----

    /** Documents with fewer sentences (the definition) lose none. */
    private static final int MIN_SENTENCES_TO_DELETE = 8;

    /**
     * The pair (document, edited document): one sentence deleted (not the first; only from a
     * document of at least {@link #MIN_SENTENCES_TO_DELETE} sentences), one clause inserted into
     * another sentence, then about 5% of the words replaced by other vocabulary words.
     */
    private static Pair edited(List<List<String>> document, boolean multilingual, long seed) {
        Random random = new Random(seed);
        List<List<String>> copy = new ArrayList<>();
        document.forEach(paragraph -> copy.add(new ArrayList<>(paragraph)));

        int sentences = copy.stream().mapToInt(List::size).sum();
        // A definition has few, long sentences: losing one would be a rewrite, not an edit.
        int deleted = sentences >= MIN_SENTENCES_TO_DELETE ? 1 + random.nextInt(sentences - 1) : -1;
        int into = random.nextInt(sentences - 1);
        if (deleted >= 0 && into >= deleted) {
            into++;
        }
        String clause = multilingual
                ? ", если государства-участники не договорились об ином (除非缔约国另有约定 🤝),"
                : pick(random, CLAUSES);
        int index = 0;
        for (List<String> paragraph : copy) {
            for (int s = 0; s < paragraph.size(); s++, index++) {
                if (index == into) {
                    String sentence = paragraph.get(s);
                    int space = nthSpace(sentence, 2 + random.nextInt(4));
                    paragraph.set(s, sentence.substring(0, space) + clause + sentence.substring(space));
                }
            }
        }
        index = 0;
        for (List<String> paragraph : copy) {
            for (int s = 0; s < paragraph.size(); s++, index++) {
                if (index == deleted) {
                    paragraph.remove(s);
                    s--;
                }
            }
        }
        copy.removeIf(List::isEmpty);

        String to = replaceWords(render(copy), multilingual, random, 0.05);
        return new Pair(render(document), to);
    }

    private static int nthSpace(String sentence, int n) {
        int space = -1;
        for (int i = 0; i < n; i++) {
            int next = sentence.indexOf(' ', space + 1);
            if (next < 0) {
                break;
            }
            space = next;
        }
        return space < 0 ? sentence.length() - 1 : space;
    }

    private static String replaceWords(String text, boolean multilingual, Random random, double share) {
        Matcher words = (multilingual ? MULTILINGUAL_WORD : LATIN_WORD).matcher(text);
        StringBuilder result = new StringBuilder(text.length() + 64);
        while (words.find()) {
            if (random.nextDouble() >= share) {
                continue;
            }
            int first = words.group().codePointAt(0);
            String replacement;
            if (!multilingual || Character.UnicodeScript.of(first) == Character.UnicodeScript.CYRILLIC) {
                replacement = pick(random, multilingual ? RUSSIAN : CONTENT_WORDS);
                if (Character.isUpperCase(first)) {
                    replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
                }
            } else if (Character.isLetter(first)) {
                replacement = pick(random, CHINESE);
            } else {
                replacement = pick(random, EMOJI);
            }
            words.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(result);
        return result.toString();
    }

    // ---- helpers ----

    static String codePointPrefix(String text, int codePoints) {
        if (codePoints(text) < codePoints) {
            throw new IllegalStateException("text too short: " + codePoints(text));
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String emojiAlternation() {
        StringBuilder alternation = new StringBuilder();
        for (String emoji : EMOJI) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(emoji));
        }
        return alternation.toString();
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** Prints the inputs' sizes and one sample, to look at what the benchmarks diff. */
    public static void main(String[] args) {
        for (String name : List.of(DEFINITION_1KB, ARTICLE_13KB, MULTILINGUAL_13KB)) {
            Pair pair = editedPair(name);
            System.out.printf("%-18s from %6d chars / %6d code points, to %6d chars%n", name,
                    pair.from().length(), codePoints(pair.from()), pair.to().length());
        }
        for (String name : List.of(LEGAL, MULTILINGUAL)) {
            Pair pair = unrelatedPairAtLimit(name);
            System.out.printf("%-18s from %6d code points, to %6d code points%n", "limit-" + name,
                    codePoints(pair.from()), codePoints(pair.to()));
        }
        if (args.length > 0) {
            Pair pair = editedPair(args[0]);
            System.out.println("---- from\n" + pair.from() + "---- to\n" + pair.to());
        }
    }
}
