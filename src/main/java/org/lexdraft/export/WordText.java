package org.lexdraft.export;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.lexdraft.common.LanguageTags;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Word paragraphs and runs with the text's language and direction: a text is one paragraph, its
 * line breaks {@code w:br} and tabs {@code w:tab}, so that runs of it can be inserted or deleted
 * as tracked changes anywhere, line breaks included.
 */
final class WordText {

    private final String language;
    private final boolean rightToLeft;
    private int nextChangeId = 1;

    WordText(String language) {
        this.language = language;
        this.rightToLeft = LanguageTags.isRightToLeft(language);
    }

    /** A new paragraph for text in this language (right to left where the language is). */
    XWPFParagraph paragraph(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        if (rightToLeft) {
            p.getCTP().addNewPPr().addNewBidi();
        }
        return p;
    }

    /** A heading or label paragraph in English, left to right. */
    static void label(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(size);
        r.setText(Escapes.xmlSafe(text));
        r.getCTR().getRPr().addNewLang().setVal("en");
    }

    /** Unchanged text. */
    void plain(XWPFParagraph p, String text) {
        write(p.getCTP().addNewR(), text, false);
    }

    /** Text inserted by {@code author} at {@code at}, as a tracked change. */
    void inserted(XWPFParagraph p, String text, String author, Instant at) {
        CTRunTrackChange ins = p.getCTP().addNewIns();
        credit(ins, author, at);
        write(ins.addNewR(), text, false);
    }

    /** Text deleted by {@code author} at {@code at}, as a tracked change. */
    void deleted(XWPFParagraph p, String text, String author, Instant at) {
        CTRunTrackChange del = p.getCTP().addNewDel();
        credit(del, author, at);
        write(del.addNewR(), text, true);
    }

    private void credit(CTRunTrackChange change, String author, Instant at) {
        change.setId(BigInteger.valueOf(nextChangeId++));
        change.setAuthor(Escapes.xmlSafe(author));
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(at.toEpochMilli() / 1000 * 1000);
        change.setDate(calendar);
    }

    private void write(CTR run, String text, boolean deleted) {
        CTRPr rPr = run.addNewRPr();
        if (rightToLeft) {
            rPr.addNewRtl();
        }
        CTLanguage lang = rPr.addNewLang();
        lang.setVal(language);
        if (rightToLeft) {
            lang.setBidi(language);
        }
        if (isEastAsian(language)) {
            lang.setEastAsia(language);
        }
        String safe = Escapes.xmlSafe(text);
        int from = 0;
        for (int i = 0; i <= safe.length(); i++) {
            char c = i < safe.length() ? safe.charAt(i) : '\n';
            boolean end = i == safe.length();
            if (c == '\n' || c == '\t' || end) {
                if (i > from) {
                    CTText t = deleted ? run.addNewDelText() : run.addNewT();
                    t.setStringValue(safe.substring(from, i));
                    t.setSpace(SpaceAttribute.Space.PRESERVE);
                }
                if (!end) {
                    if (c == '\n') {
                        run.addNewBr();
                    } else {
                        run.addNewTab();
                    }
                }
                from = i + 1;
            }
        }
    }

    private static boolean isEastAsian(String language) {
        String primary = Locale.forLanguageTag(language).getLanguage();
        return primary.equals("zh") || primary.equals("ja") || primary.equals("ko");
    }

    static CTP ctp(XWPFParagraph p) {
        return p.getCTP();
    }
}
