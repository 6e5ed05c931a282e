package org.lexdraft.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads exported documents the way their users' tools do: schema validation, Word's accept and reject. */
public final class Documents {

    public static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Documents() {
    }

    /** Validates against the OASIS Akoma Ntoso 3.0 schema (a copy in the test resources) and parses. */
    public static Document validAkomaNtoso(byte[] xml) {
        try {
            URL schema = Documents.class.getResource("/akoma-ntoso-3.0/akomantoso30.xsd");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.newSchema(schema).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
            return parse(xml);
        } catch (Exception e) {
            throw new AssertionError("not valid Akoma Ntoso 3.0: " + e.getMessage() + "\n" + new String(xml,
                    java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    public static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The text of an element as a reader has it: {@code <eol/>} is a line break. */
    public static String aknText(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                sb.append("eol".equals(c.getLocalName()) ? "\n" : aknText(c));
            }
        }
        return sb.toString();
    }

    public static Element first(Document doc, String ns, String localName) {
        return (Element) doc.getElementsByTagNameNS(ns, localName).item(0);
    }

    /** A Word document opened with POI. */
    public static XWPFDocument word(byte[] docx) {
        try (InputStream in = new ByteArrayInputStream(docx)) {
            return new XWPFDocument(in);
        } catch (IOException e) {
            throw new AssertionError("not a Word document: " + e.getMessage(), e);
        }
    }

    /** One tracked change as Word lists it. */
    public record TrackedChange(String kind, String author, String date, String text) {
    }

    /** The paragraphs (w:p) of the body of a Word document, read from its word/document.xml with the JDK. */
    public static List<Element> paragraphs(byte[] docx) {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    Document doc = parse(zip.readAllBytes());
                    Element body = (Element) doc.getElementsByTagNameNS(W, "body").item(0);
                    List<Element> out = new ArrayList<>();
                    for (Node c = body.getFirstChild(); c != null; c = c.getNextSibling()) {
                        if (W.equals(c.getNamespaceURI()) && "p".equals(c.getLocalName())) {
                            out.add((Element) c);
                        }
                    }
                    return out;
                }
            }
            throw new AssertionError("no word/document.xml");
        } catch (Exception e) {
            throw new AssertionError("not a Word document: " + e.getMessage(), e);
        }
    }

    /** The text of a paragraph after "accept all" (accept) or "reject all" (!accept) of its tracked changes. */
    public static String resolved(Element p, boolean accept) {
        StringBuilder sb = new StringBuilder();
        for (Node c = p.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!W.equals(c.getNamespaceURI())) {
                continue;
            }
            switch (c.getLocalName()) {
                case "r" -> sb.append(runText(c));
                case "ins" -> {
                    if (accept) {
                        sb.append(changeText(c));
                    }
                }
                case "del" -> {
                    if (!accept) {
                        sb.append(changeText(c));
                    }
                }
                default -> { }
            }
        }
        return sb.toString();
    }

    public static List<TrackedChange> changes(Element p) {
        List<TrackedChange> out = new ArrayList<>();
        for (Node c = p.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (W.equals(c.getNamespaceURI()) && ("ins".equals(c.getLocalName()) || "del".equals(c.getLocalName()))) {
                Element e = (Element) c;
                out.add(new TrackedChange(c.getLocalName(), e.getAttributeNS(W, "author"), e.getAttributeNS(W, "date"),
                        changeText(c)));
            }
        }
        return out;
    }

    private static String changeText(Node change) {
        StringBuilder sb = new StringBuilder();
        for (Node r = change.getFirstChild(); r != null; r = r.getNextSibling()) {
            if (W.equals(r.getNamespaceURI()) && "r".equals(r.getLocalName())) {
                sb.append(runText(r));
            }
        }
        return sb.toString();
    }

    private static String runText(Node run) {
        StringBuilder sb = new StringBuilder();
        for (Node c = run.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!W.equals(c.getNamespaceURI())) {
                continue;
            }
            switch (c.getLocalName()) {
                case "t", "delText" -> sb.append(c.getTextContent());
                case "br" -> sb.append('\n');
                case "tab" -> sb.append('\t');
                default -> { }
            }
        }
        return sb.toString();
    }

    /** The w:lang element of the first run of a paragraph. */
    public static Element language(Element p) {
        return (Element) p.getElementsByTagNameNS(W, "lang").item(0);
    }

    /** Markdown text read back: a backslash escapes the character after it. */
    public static String unescapeMarkdown(String md) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < md.length(); i++) {
            char c = md.charAt(i);
            if (c == '\\' && i + 1 < md.length()) {
                sb.append(md.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** CriticMarkup with "accept all" (accept) or "reject all" (!accept), escapes resolved. */
    public static String criticMarkup(String md, boolean accept) {
        StringBuilder sb = new StringBuilder();
        int mode = 0; // 0 unchanged, 1 inserted, -1 deleted
        for (int i = 0; i < md.length(); i++) {
            char c = md.charAt(i);
            if (c == '\\' && i + 1 < md.length()) {
                char next = md.charAt(++i);
                if (mode == 0 || (mode == 1) == accept) {
                    sb.append(next);
                }
                continue;
            }
            if (mode == 0 && md.startsWith("{++", i)) {
                mode = 1;
                i += 2;
            } else if (mode == 0 && md.startsWith("{--", i)) {
                mode = -1;
                i += 2;
            } else if (mode == 1 && md.startsWith("++}", i) || mode == -1 && md.startsWith("--}", i)) {
                mode = 0;
                i += 2;
            } else if (mode == 0 || (mode == 1) == accept) {
                sb.append(c);
            }
        }
        if (mode != 0) {
            throw new AssertionError("unclosed CriticMarkup in " + md);
        }
        return sb.toString();
    }
}
