package org.lexdraft.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Word ({@code .docx}, through Apache POI): a version or a compilation with each text's language and
 * direction set, or a diff as real tracked changes ({@code w:ins}, {@code w:del}) credited to the
 * delegation and member whose version made each one, so that "reject all" gives the old text and
 * "accept all" the new one.
 */
@ApplicationScoped
public class WordRenderer implements Renderer {

    static final MediaType DOCX = new MediaType("application", "vnd.openxmlformats-officedocument.wordprocessingml.document");

    @Override
    public MediaType mediaType() {
        return DOCX;
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public boolean renders(Class<? extends Exportable> kind) {
        return true;
    }

    @Override
    public byte[] render(Exportable document) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setCreator("lexdraft");
            if (document instanceof VersionDocument v) {
                doc.getProperties().getCoreProperties().setTitle(Escapes.xmlSafe(v.title()));
                WordText.label(doc, v.termLabel(), false, 9);
                WordText.label(doc, v.title(), true, 16);
                facts(doc, v);
                text(doc, v);
            } else if (document instanceof DiffDocument d) {
                doc.getProperties().getCoreProperties().setTitle(Escapes.xmlSafe(d.title()));
                diff(doc, d);
            } else if (document instanceof Compilation c) {
                doc.getProperties().getCoreProperties().setTitle(Escapes.xmlSafe("Compilation: " + c.termLabel()));
                WordText.label(doc, c.termLabel(), true, 18);
                WordText.label(doc, "Compilation of the drafts as of " + Escapes.day(c.compiledAt())
                        + (c.context().isEmpty() ? "" : " (" + c.context() + ")"), false, 10);
                if (c.drafts().isEmpty()) {
                    WordText.label(doc, "No drafts.", false, 11);
                }
                for (Compilation.Entry e : c.drafts()) {
                    WordText.label(doc, e.head().title(), true, 14);
                    facts(doc, e.head());
                    text(doc, e.head());
                    for (VersionDocument t : e.translations()) {
                        WordText.label(doc, t.title(), true, 12);
                        facts(doc, t);
                        text(doc, t);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a Word document", e);
        }
    }

    /** The changes are one paragraph, the last of the document, after a heading. */
    private static void diff(XWPFDocument doc, DiffDocument d) {
        doc.setTrackRevisions(true);
        WordText.label(doc, d.title(), true, 14);
        WordText word = new WordText(d.language());
        XWPFParagraph p = word.paragraph(doc);
        for (DiffDocument.Change c : d.changes()) {
            switch (c.kind()) {
                case EQUAL -> word.plain(p, c.text());
                case INSERT -> word.inserted(p, c.text(), c.credit().author(), c.credit().at());
                case DELETE -> word.deleted(p, c.text(), c.credit().author(), c.credit().at());
            }
        }
    }

    private static void facts(XWPFDocument doc, VersionDocument v) {
        String facts = v.delegation() + " (" + v.delegationName() + ") · draft " + v.draft() + ", version " + v.number()
                + " of " + Escapes.day(v.createdAt()) + " by " + v.author() + " · " + v.language() + " · "
                + Escapes.brackets(v.openBrackets(), v.unbracketedShare());
        WordText.label(doc, facts, false, 9);
        if (v.translation() != null) {
            WordText.label(doc, "Language version: " + Escapes.translationNote(v.translation()), false, 9);
        }
    }

    private static void text(XWPFDocument doc, VersionDocument v) {
        WordText word = new WordText(v.language());
        word.plain(word.paragraph(doc), v.text());
    }
}
