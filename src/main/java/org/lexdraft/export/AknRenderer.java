package org.lexdraft.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.lexdraft.common.LanguageTags;

/**
 * {@code application/akn+xml}: Akoma Ntoso 3.0 (OASIS LegalDocML). A version is a {@code doc} whose
 * FRBR work is the draft (for a language version, its source's work: a translation is another
 * expression of one work), whose expression is the language and version, with {@code FRBRtranslation}
 * for a language version, and whose main body is the text with the defined term in {@code <def>}. A
 * compilation is a {@code documentCollection} with one such {@code doc} per text.
 */
@ApplicationScoped
public class AknRenderer implements Renderer {

    static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final MediaType AKN = new MediaType("application", "akn+xml");
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    @Override
    public MediaType mediaType() {
        return AKN;
    }

    @Override
    public String extension() {
        return "akn.xml";
    }

    @Override
    public boolean renders(Class<? extends Exportable> kind) {
        return kind == VersionDocument.class || kind == Compilation.class;
    }

    @Override
    public byte[] render(Exportable document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("akomaNtoso");
            xml.writeDefaultNamespace(NS);
            if (document instanceof VersionDocument v) {
                doc(xml, v);
            } else if (document instanceof Compilation c) {
                collection(xml, c);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Akoma Ntoso", e);
        }
        return out.toByteArray();
    }

    private static void collection(XMLStreamWriter xml, Compilation c) throws XMLStreamException {
        xml.writeStartElement("documentCollection");
        xml.writeAttribute("name", "compilation");
        String work = "/akn/lexdraft/documentCollection/compilation/" + c.term();
        String expression = work + "/eng@" + Escapes.day(c.compiledAt());
        xml.writeStartElement("meta");
        identification(xml, work, expression, "lexdraft", Escapes.day(c.compiledAt()), Escapes.day(c.compiledAt()),
                c.termLabel(), null, "eng", null);
        xml.writeStartElement("references");
        xml.writeAttribute("source", "#lexdraft");
        reference(xml, "TLCOrganization", "lexdraft", "/ontology/organization/lexdraft", "lexdraft");
        reference(xml, "TLCTerm", termId(c.term()), "/ontology/term/" + c.term(), c.termLabel());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("preface");
        paragraph(xml, () -> {
            xml.writeStartElement("docTitle");
            xml.writeCharacters(Escapes.xmlSafe("Compilation: " + c.termLabel()));
            xml.writeEndElement();
        });
        xml.writeEndElement();
        xml.writeStartElement("collectionBody");
        int n = 0;
        for (Compilation.Entry e : c.drafts()) {
            component(xml, ++n, e.head());
            for (VersionDocument t : e.translations()) {
                component(xml, ++n, t);
            }
        }
        if (n == 0) {
            // a collection body holds at least one component
            xml.writeStartElement("component");
            xml.writeAttribute("eId", "cmp_1");
            xml.writeStartElement("interstitial");
            paragraph(xml, () -> xml.writeCharacters("No drafts."));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void component(XMLStreamWriter xml, int n, VersionDocument v) throws XMLStreamException {
        xml.writeStartElement("component");
        xml.writeAttribute("eId", "cmp_" + n);
        doc(xml, v);
        xml.writeEndElement();
    }

    private static void doc(XMLStreamWriter xml, VersionDocument v) throws XMLStreamException {
        String lang = LanguageTags.iso639Alpha3(v.language());
        long workDraft = v.translation() == null ? v.draft() : v.translation().sourceDraft();
        String work = workUri(v.term(), workDraft);
        String expression = work + "/" + lang + "@v" + v.number() + (v.translation() == null ? "" : "-draft-" + v.draft());
        xml.writeStartElement("doc");
        xml.writeAttribute("name", "definition");
        xml.writeStartElement("meta");
        String source = v.translation() == null ? null
                : work + "/" + LanguageTags.iso639Alpha3(v.translation().sourceLanguage()) + "@v" + v.translation().sourceVersion();
        identification(xml, work, expression, v.delegation(), Escapes.day(v.createdAt()), Escapes.day(v.createdAt()),
                v.termLabel(), String.valueOf(v.number()), lang, v.translation() == null ? null
                        : new String[] {source, LanguageTags.iso639Alpha3(v.translation().sourceLanguage())});
        xml.writeStartElement("references");
        xml.writeAttribute("source", "#lexdraft");
        reference(xml, "TLCOrganization", "lexdraft", "/ontology/organization/lexdraft", "lexdraft");
        reference(xml, "TLCOrganization", v.delegation(), "/ontology/organization/delegation/" + v.delegation(),
                v.delegationName());
        reference(xml, "TLCTerm", termId(v.term()), "/ontology/term/" + v.term(), v.termLabel());
        xml.writeEndElement();
        xml.writeEndElement();

        String text = Escapes.xmlSafe(v.text());
        int[] defined = DefinedTerm.find(text, v.termLabel());
        xml.writeStartElement("preface");
        paragraph(xml, () -> {
            xml.writeStartElement("docTitle");
            xml.writeCharacters(Escapes.xmlSafe(v.title()));
            xml.writeEndElement();
        });
        if (defined == null) {
            // the text does not name the term in a way we can find: the preface names it
            paragraph(xml, () -> def(xml, v.term(), Escapes.xmlSafe(v.termLabel())));
        }
        xml.writeEndElement();
        xml.writeStartElement("mainBody");
        xml.writeStartElement("p");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", v.language());
        if (defined == null) {
            characters(xml, text);
        } else {
            characters(xml, text.substring(0, defined[0]));
            xml.writeStartElement("def");
            xml.writeAttribute("refersTo", "#" + termId(v.term()));
            characters(xml, text.substring(defined[0], defined[1]));
            xml.writeEndElement();
            characters(xml, text.substring(defined[1]));
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void def(XMLStreamWriter xml, String term, String label) throws XMLStreamException {
        xml.writeStartElement("def");
        xml.writeAttribute("refersTo", "#" + termId(term));
        xml.writeCharacters(label);
        xml.writeEndElement();
    }

    /** Text in which a line break is an {@code <eol/>} marker and a carriage return survives as a reference. */
    private static void characters(XMLStreamWriter xml, String text) throws XMLStreamException {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                xml.writeCharacters(text.substring(from, i));
                if (c == '\n') {
                    xml.writeEmptyElement("eol");
                } else {
                    xml.writeEntityRef("#13");
                }
                from = i + 1;
            }
        }
        xml.writeCharacters(text.substring(from));
    }

    /**
     * @param translation null, or the source expression's URI and language for a language version
     */
    private static void identification(XMLStreamWriter xml, String work, String expression, String author,
                                       String workDate, String expressionDate, String name, String versionNumber,
                                       String language, String[] translation) throws XMLStreamException {
        xml.writeStartElement("identification");
        xml.writeAttribute("source", "#lexdraft");
        xml.writeStartElement("FRBRWork");
        value(xml, "FRBRthis", work + "/!main");
        value(xml, "FRBRuri", work);
        date(xml, workDate, "creation");
        authorRef(xml, author);
        value(xml, "FRBRcountry", "un");
        value(xml, "FRBRname", Escapes.xmlSafe(name));
        xml.writeEndElement();
        xml.writeStartElement("FRBRExpression");
        value(xml, "FRBRthis", expression + "/!main");
        value(xml, "FRBRuri", expression);
        date(xml, expressionDate, "version");
        authorRef(xml, author);
        if (versionNumber != null) {
            value(xml, "FRBRversionNumber", versionNumber);
        }
        if (translation != null) {
            xml.writeEmptyElement("FRBRmasterExpression");
            xml.writeAttribute("href", translation[0]);
            xml.writeAttribute("showAs", "source version");
        }
        xml.writeEmptyElement("FRBRlanguage");
        xml.writeAttribute("language", language);
        if (translation != null) {
            xml.writeEmptyElement("FRBRtranslation");
            xml.writeAttribute("href", translation[0]);
            xml.writeAttribute("fromLanguage", translation[1]);
            xml.writeAttribute("by", "#" + author);
        }
        xml.writeEndElement();
        xml.writeStartElement("FRBRManifestation");
        value(xml, "FRBRthis", expression + "/!main.xml");
        value(xml, "FRBRuri", expression + ".akn");
        date(xml, expressionDate, "generation");
        authorRef(xml, "lexdraft");
        value(xml, "FRBRformat", "application/akn+xml");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void value(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("value", value);
    }

    private static void date(XMLStreamWriter xml, String date, String name) throws XMLStreamException {
        xml.writeEmptyElement("FRBRdate");
        xml.writeAttribute("date", date);
        xml.writeAttribute("name", name);
    }

    private static void authorRef(XMLStreamWriter xml, String eId) throws XMLStreamException {
        xml.writeEmptyElement("FRBRauthor");
        xml.writeAttribute("href", "#" + eId);
    }

    private static void reference(XMLStreamWriter xml, String element, String eId, String href, String showAs)
            throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("eId", eId);
        xml.writeAttribute("href", href);
        xml.writeAttribute("showAs", Escapes.xmlSafe(showAs));
    }

    private interface Body {
        void write() throws XMLStreamException;
    }

    private static void paragraph(XMLStreamWriter xml, Body body) throws XMLStreamException {
        xml.writeStartElement("p");
        body.write();
        xml.writeEndElement();
    }

    static String workUri(String term, long draft) {
        return "/akn/lexdraft/doc/definition/" + term + "/draft-" + draft;
    }

    private static String termId(String term) {
        return "term-" + term;
    }
}
