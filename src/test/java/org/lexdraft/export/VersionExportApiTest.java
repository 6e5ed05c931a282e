package org.lexdraft.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;
import org.lexdraft.support.Documents;
import org.w3c.dom.Document;

/** GET /api/drafts/{id}/versions/{n} as text, Markdown, HTML, Akoma Ntoso and Word, by Accept. */
@QuarkusTest
class VersionExportApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String EN = "\"Cluster munition\" means a conventional munition 💣 designed to disperse [or release]\n"
            + "explosive submunitions, each weighing less than 20 kilograms.";
    private static final String TRICKY = "<script>alert('x')</script> & \"quoted\" *starred* _under_ {braces} [b] #1 `code`\n"
            + "- not a list\n\n+ nor this\ttab & 1 < 2 > 0 \\ backslash";
    private static final String AR = "يقصد بمصطلح \"الذخيرة العنقودية\" ذخيرة تقليدية مصممة لنثر ذخائر صغيرة متفجرة.";
    private static final String FR = "« Arme à sous-munitions » désigne une munition classique conçue pour disperser des sous-munitions.";
    private static final String ZH = "“集束弹药”是指一种常规弹药，其设计目的是散布或释放每枚重量不足20公斤的爆炸性子弹药。";

    // ----------------------------------------------------------------------------------------
    // Plain text and negotiation
    // ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {EN, TRICKY, AR, ZH, "line one\r\nline two 👩‍⚖️\u0301"})
    void plainTextIsExactlyTheText(String text) {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), text, "delegation");
        Response r = export(team.drafter(), draft, 1, "text/plain");
        r.then().statusCode(200).contentType(startsWith("text/plain"))
                .header("Content-Disposition", equalTo("inline; filename=\"draft-" + draft + "-v1-en.txt\""))
                .header("Vary", containsString("Accept"));
        assertEquals(text, new String(r.asByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void jsonStaysTheDefaultAndImmutable() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        Api.as(team.drafter()).get("/api/drafts/" + draft + "/versions/1").then().statusCode(200)
                .contentType("application/json").body("text", equalTo(EN))
                .header("Cache-Control", containsString("immutable"));
        Api.as(team.drafter()).accept("*/*").get("/api/drafts/" + draft + "/versions/1").then().statusCode(200)
                .contentType("application/json");
        Api.as(team.drafter()).header("If-None-Match", "\"" + draft + ":1\"").get("/api/drafts/" + draft + "/versions/1")
                .then().statusCode(304);
        export(team.drafter(), draft, 1, "text/html").then().statusCode(200)
                .header("Cache-Control", containsString("no-cache"))
                .header("Cache-Control", not(containsString("immutable")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "image/png", "text/csv", "application/xml"})
    void unknownFormatIs406ProblemJson(String accept) {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        export(team.drafter(), draft, 1, accept).then().statusCode(406).contentType(PROBLEM)
                .body("type", equalTo(Problems.type("not-acceptable")));
    }

    @Test
    void clientPreferenceOrderIsFollowed() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        export(team.drafter(), draft, 1, "text/markdown;q=0.5, text/plain").then().statusCode(200)
                .contentType(startsWith("text/plain"));
        export(team.drafter(), draft, 1, "application/pdf, text/markdown").then().statusCode(200)
                .contentType(startsWith("text/markdown"));
    }

    @Test
    void privateVersionIsA404InEveryFormatToAnotherDelegationAndTheChair() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), EN, "delegation");
        for (String accept : List.of("text/plain", "text/markdown", "text/html", "application/akn+xml", Documents.DOCX)) {
            for (String outsider : List.of(other.drafter(), other.observer(), "admin")) {
                Response r = Api.signedIn(outsider).accept(accept).get("/api/drafts/" + draft + "/versions/1");
                r.then().statusCode(404).contentType(PROBLEM);
                assertFalse(r.asString().contains("Cluster"), r.asString());
            }
            export(owner.observer(), draft, 1, accept).then().statusCode(200);
        }
    }

    @Test
    void unknownVersionAndAnonymousCallersAreRefusedInEveryFormat() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), EN, "tabled");
        for (String accept : List.of("text/plain", "text/html", "application/akn+xml", Documents.DOCX)) {
            export(team.drafter(), draft, 2, accept).then().statusCode(404).contentType(PROBLEM);
            Api.anonymous().accept(accept).get("/api/drafts/" + draft + "/versions/1").then().statusCode(401)
                    .contentType(PROBLEM);
        }
    }

    // ----------------------------------------------------------------------------------------
    // Markdown
    // ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {EN, TRICKY, AR})
    void markdownReadsBackAsExactlyTheText(String text) {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), text, "delegation");
        Response r = export(team.drafter(), draft, 1, "text/markdown");
        r.then().statusCode(200).contentType(startsWith("text/markdown"))
                .header("Content-Disposition", equalTo("inline; filename=\"draft-" + draft + "-v1-en.md\""));
        String md = new String(r.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Draft of "), md);
        assertTrue(md.contains("- Delegation: " + team.code()), md);
        // escaped text has no blank line of its own, so it is the last block
        String body = md.substring(md.lastIndexOf("\n\n") + 2, md.length() - 1);
        assertEquals(text, Documents.unescapeMarkdown(body));
        assertFalse(body.contains("<script>"), body);
    }

    // ----------------------------------------------------------------------------------------
    // HTML
    // ----------------------------------------------------------------------------------------

    @Test
    void htmlIsAStandalonePageWithTheExactTextEscaped() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(team.drafter(), slug, TRICKY, "delegation");
        Response r = export(team.drafter(), draft, 1, "text/html");
        r.then().statusCode(200).contentType(startsWith("text/html"));
        String html = r.asString();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("ltr", page.selectFirst("html").attr("dir"));
        assertEquals(0, page.select("script").size(), "the text's markup is escaped");
        Element text = page.selectFirst("div.text");
        assertNotNull(text);
        assertEquals(TRICKY, text.wholeText());
        assertEquals("Draft of " + slug, page.selectFirst("h1").text());
        assertTrue(page.selectFirst("dl.facts").text().contains(team.code()));
        assertTrue(page.selectFirst("style").data().contains("@page"), "printable");
    }

    @Test
    void arabicPageRunsRightToLeft() {
        Api.Team team = Api.Team.create();
        long draft = Api.draftIn(team.drafter(), Api.term(), "ar", AR);
        org.jsoup.nodes.Document page = Jsoup.parse(export(team.drafter(), draft, 1, "text/html").asString());
        assertEquals("ar", page.selectFirst("html").attr("lang"));
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
        assertEquals("rtl", page.selectFirst("div.text").attr("dir"));
        assertEquals(AR, page.selectFirst("div.text").wholeText());
    }

    // ----------------------------------------------------------------------------------------
    // Akoma Ntoso
    // ----------------------------------------------------------------------------------------

    @Test
    void akomaNtosoIsValidAndNamesTermDelegationLanguageVersionAndDate() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        String text = "label of " + slug + " means a munition. [Bracketed & <escaped>]\nSecond line.";
        long draft = Api.draft(team.drafter(), slug, text, "delegation");
        Api.version(team.drafter(), draft, text + " Amended.", 1);
        Response r = export(team.drafter(), draft, 2, "application/akn+xml");
        r.then().statusCode(200).contentType(startsWith("application/akn+xml"))
                .header("Content-Disposition", equalTo("attachment; filename=\"draft-" + draft + "-v2-en.akn.xml\""));
        Document akn = Documents.validAkomaNtoso(r.asByteArray());
        assertEquals("label of " + slug, Documents.first(akn, Documents.AKN, "def").getTextContent());
        assertEquals("#term-" + slug, Documents.first(akn, Documents.AKN, "def").getAttribute("refersTo"));
        assertEquals(text + " Amended.", Documents.aknText(Documents.first(akn, Documents.AKN, "mainBody")));
        assertEquals("eng", Documents.first(akn, Documents.AKN, "FRBRlanguage").getAttribute("language"));
        assertEquals("2", Documents.first(akn, Documents.AKN, "FRBRversionNumber").getAttribute("value"));
        assertEquals("#" + team.code(), Documents.first(akn, Documents.AKN, "FRBRauthor").getAttribute("href"));
        String work = Documents.first(akn, Documents.AKN, "FRBRuri").getAttribute("value");
        assertTrue(work.contains(slug) && work.endsWith("draft-" + draft), work);
        assertTrue(Documents.first(akn, Documents.AKN, "FRBRdate").getAttribute("date").matches("\\d{4}-\\d{2}-\\d{2}"));
        assertNull(Documents.first(akn, Documents.AKN, "FRBRtranslation"));
    }

    @Test
    void akomaNtosoOfALanguageVersionCarriesFrbrTranslation() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        long fr = Api.as(team.drafter()).body(Map.of("language", "fr", "text", FR)).post("/api/drafts/" + source + "/translations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Document akn = Documents.validAkomaNtoso(export(team.drafter(), fr, 1, "application/akn+xml").asByteArray());
        assertEquals("fra", Documents.first(akn, Documents.AKN, "FRBRlanguage").getAttribute("language"));
        org.w3c.dom.Element translation = Documents.first(akn, Documents.AKN, "FRBRtranslation");
        assertNotNull(translation);
        assertEquals("eng", translation.getAttribute("fromLanguage"));
        assertTrue(translation.getAttribute("href").contains("draft-" + source + "/eng@v1"), translation.getAttribute("href"));
        // the defined term is the quoted phrase of the French text
        assertEquals("Arme à sous-munitions", Documents.first(akn, Documents.AKN, "def").getTextContent());
        assertEquals(FR, Documents.aknText(Documents.first(akn, Documents.AKN, "mainBody")));
    }

    @ParameterizedTest
    @ValueSource(strings = {TRICKY, ZH, "no quotes and no label here 💣\r\nwith a carriage return"})
    void akomaNtosoIsValidForAnyText(String text) {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), text, "delegation");
        Document akn = Documents.validAkomaNtoso(export(team.drafter(), draft, 1, "application/akn+xml").asByteArray());
        assertEquals(text, Documents.aknText(Documents.first(akn, Documents.AKN, "mainBody")));
        assertNotNull(Documents.first(akn, Documents.AKN, "def"), "the term is defined in the text or the preface");
    }

    // ----------------------------------------------------------------------------------------
    // Word
    // ----------------------------------------------------------------------------------------

    @Test
    void wordHasTheExactTextWithItsLanguage() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), TRICKY, "delegation");
        Response r = export(team.drafter(), draft, 1, Documents.DOCX);
        r.then().statusCode(200).contentType(Documents.DOCX)
                .header("Content-Disposition", equalTo("attachment; filename=\"draft-" + draft + "-v1-en.docx\""));
        Documents.word(r.asByteArray());
        List<org.w3c.dom.Element> paragraphs = Documents.paragraphs(r.asByteArray());
        org.w3c.dom.Element text = paragraphs.get(paragraphs.size() - 1);
        assertEquals(TRICKY, Documents.resolved(text, true));
        assertEquals("en", Documents.language(text).getAttributeNS(Documents.W, "val"));
    }

    @Test
    void arabicWordTextIsRightToLeft() throws Exception {
        Api.Team team = Api.Team.create();
        long draft = Api.draftIn(team.drafter(), Api.term(), "ar", AR);
        byte[] docx = export(team.drafter(), draft, 1, Documents.DOCX).asByteArray();
        try (XWPFDocument doc = Documents.word(docx)) {
            XWPFParagraph last = doc.getParagraphs().get(doc.getParagraphs().size() - 1);
            assertTrue(last.getCTP().getPPr().isSetBidi(), "the paragraph runs right to left");
            assertTrue(last.getCTP().getRArray(0).getRPr().sizeOfRtlArray() > 0, "the run is right to left");
        }
        List<org.w3c.dom.Element> paragraphs = Documents.paragraphs(docx);
        org.w3c.dom.Element text = paragraphs.get(paragraphs.size() - 1);
        assertEquals(AR, Documents.resolved(text, true));
        assertEquals("ar", Documents.language(text).getAttributeNS(Documents.W, "bidi"));
    }

    private static Response export(String username, long draft, int number, String accept) {
        return Api.signedIn(username).accept(accept).get("/api/drafts/" + draft + "/versions/" + number);
    }
}
