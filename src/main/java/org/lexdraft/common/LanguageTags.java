package org.lexdraft.common;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

/** BCP 47 language tags: validation into canonical case, writing direction, ISO 639-2 codes. */
public final class LanguageTags {

    public static final String DEFAULT = "en";

    /** Languages written right to left by default (when the tag names no script). */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "ha-Arab", "he", "khw",
            "ks", "ku-Arab", "nqo", "ps", "sd", "syr", "ug", "ur", "yi");
    private static final Set<String> RTL_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand");
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private LanguageTags() {
    }

    /**
     * The tag in canonical case ({@code pt-br} becomes {@code pt-BR}), or a 400 naming the field when
     * it is not a well-formed BCP 47 tag with a known primary language.
     */
    public static String canonical(String field, String tag) {
        if (tag == null) {
            return DEFAULT;
        }
        if (tag.isEmpty() || tag.length() > 35 || !tag.chars().allMatch(c -> c < 128)) {
            throw invalid(field);
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw invalid(field);
        }
        String language = locale.getLanguage();
        boolean known = language.length() == 2 ? ISO_639_1.contains(language) : language.length() == 3;
        if (!known) {
            throw invalid(field);
        }
        return locale.toLanguageTag();
    }

    private static ProblemException invalid(String field) {
        return Problems.invalidField(field, "must be a BCP 47 language tag such as en, fr, ar, zh-Hans or pt-BR");
    }

    public static boolean isRightToLeft(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        if (!locale.getScript().isEmpty()) {
            return RTL_SCRIPTS.contains(locale.getScript());
        }
        return RTL_LANGUAGES.contains(locale.getLanguage());
    }

    /** The ISO 639-2 (three-letter) code of the primary language, as Akoma Ntoso names languages. */
    public static String iso639Alpha3(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        try {
            String code = locale.getISO3Language();
            return code.isEmpty() ? locale.getLanguage() : code;
        } catch (MissingResourceException e) {
            return locale.getLanguage();
        }
    }
}
