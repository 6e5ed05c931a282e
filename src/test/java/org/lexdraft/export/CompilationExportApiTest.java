package org.lexdraft.export;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;
import org.lexdraft.support.Documents;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** GET /api/terms/{slug}/export: the compilation of a term's competing drafts with their language versions. */
@QuarkusTest
class CompilationExportApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String RUS = "\"Cluster munition\" means a munition containing [twenty] or more submunitions.";
    private static final String NOR = "\"Cluster munition\" means a conventional munition designed to disperse submunitions.";
    private static final String SECRET = "Secret fallback wording that nobody else may read.";
    private static final String AR = "يقصد بمصطلح \"الذخيرة العنقودية\" ذخيرة تقليدية.";

    /** Two tabled drafts, one with an Arabic language version, and a third delegation's private draft. */
    private record Negotiation(String slug, Api.Team rus, Api.Team nor, Api.Team secretive, long rusDraft, long norDraft,
                               long arabic, long secret) {
        static Negotiation create() {
            String slug = Api.term();
            Api.Team rus = Api.Team.create();
            Api.Team nor = Api.Team.create();
            Api.Team secretive = Api.Team.create();
            long rusDraft = Api.draft(rus.drafter(), slug, RUS, "tabled");
            long norDraft = Api.draft(nor.drafter(), slug, NOR, "tabled");
            long arabic = Api.as(rus.drafter()).body(Map.of("language", "ar", "text", AR))
                    .post("/api/drafts/" + rusDraft + "/translations").then().statusCode(201).extract().jsonPath().getLong("id");
            Api.version(rus.drafter(), rusDraft, RUS.replace("[twenty]", "[ten]"), 1);
            long secret = Api.draft(secretive.drafter(), slug, SECRET, "delegation");
            return new Negotiation(slug, rus, nor, secretive, rusDraft, norDraft, arabic, secret);
        }
    }

    @Test
    void htmlListsEveryVisibleDraftWithItsLanguageVersionsAndNothingPrivate() {
        Negotiation n = Negotiation.create();
        for (String reader : List.of("admin", n.nor().observer())) {
            Response r = export(reader, n.slug(), "text/html");
            r.then().statusCode(200).contentType(startsWith("text/html"))
                    .header("Content-Disposition", equalTo("inline; filename=\"compilation-" + n.slug() + ".html\""));
            org.jsoup.nodes.Document page = Jsoup.parse(r.asString());
            List<String> sections = page.select("section.draft").stream().map(e -> e.id()).toList();
            assertEquals(List.of("draft-" + n.rusDraft(), "draft-" + n.norDraft()), sections);
            Element rus = page.getElementById("draft-" + n.rusDraft());
            assertEquals(RUS.replace("[twenty]", "[ten]"), rus.selectFirst("div.text").wholeText());
            String facts = rus.selectFirst("dl.facts").text();
            assertTrue(facts.contains(n.rus().code()) && facts.contains("version 2") && facts.contains("1 bracketed passage"), facts);
            Element arabic = rus.selectFirst("section.translation");
            assertEquals("draft-" + n.arabic(), arabic.id());
            assertEquals(AR, arabic.selectFirst("div.text").wholeText());
            assertEquals("rtl", arabic.selectFirst("div.text").attr("dir"));
            assertTrue(arabic.selectFirst("dl.facts").text().contains("outdated"), arabic.text());
            assertFalse(r.asString().contains("Secret"), "another delegation's private draft is left out");
        }
    }

    @Test
    void ownPrivateDraftIsInTheOwnersCompilationOnly() {
        Negotiation n = Negotiation.create();
        assertTrue(export(n.secretive().drafter(), n.slug(), "text/html").asString().contains(SECRET));
        assertFalse(export(n.rus().drafter(), n.slug(), "text/markdown").asString().contains("Secret"));
        assertFalse(new String(export("admin", n.slug(), "application/akn+xml").asByteArray(), StandardCharsets.UTF_8)
                .contains("Secret"));
        List<org.w3c.dom.Element> paragraphs = Documents.paragraphs(export("admin", n.slug(), Documents.DOCX).asByteArray());
        assertFalse(paragraphs.stream().map(p -> Documents.resolved(p, true)).anyMatch(t -> t.contains("Secret")));
    }

    @Test
    void akomaNtosoIsAValidCollectionWithOneDocPerText() {
        Negotiation n = Negotiation.create();
        Response r = export(n.nor().drafter(), n.slug(), "application/akn+xml");
        r.then().statusCode(200).contentType(startsWith("application/akn+xml"))
                .header("Content-Disposition", equalTo("attachment; filename=\"compilation-" + n.slug() + ".akn.xml\""));
        Document akn = Documents.validAkomaNtoso(r.asByteArray());
        NodeList docs = akn.getElementsByTagNameNS(Documents.AKN, "doc");
        assertEquals(3, docs.getLength());
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < docs.getLength(); i++) {
            org.w3c.dom.Element doc = (org.w3c.dom.Element) docs.item(i);
            texts.add(Documents.aknText(doc.getElementsByTagNameNS(Documents.AKN, "mainBody").item(0)));
        }
        assertEquals(List.of(RUS.replace("[twenty]", "[ten]"), AR, NOR), texts);
        assertEquals(1, akn.getElementsByTagNameNS(Documents.AKN, "FRBRtranslation").getLength());
    }

    @Test
    void emptyCompilationIsStillValid() {
        String slug = Api.term();
        Api.Team team = Api.Team.create();
        Documents.validAkomaNtoso(export(team.drafter(), slug, "application/akn+xml").asByteArray());
        export(team.drafter(), slug, "text/html").then().statusCode(200);
        export(team.drafter(), slug, Documents.DOCX).then().statusCode(200);
    }

    @Test
    void wordAndMarkdownCarryEveryTextExactly() {
        Negotiation n = Negotiation.create();
        byte[] docx = export(n.nor().drafter(), n.slug(), Documents.DOCX).asByteArray();
        Documents.word(docx);
        List<String> texts = Documents.paragraphs(docx).stream().map(p -> Documents.resolved(p, true)).toList();
        assertTrue(texts.containsAll(List.of(RUS.replace("[twenty]", "[ten]"), AR, NOR)), texts.toString());
        String md = export(n.nor().drafter(), n.slug(), "text/markdown").asString();
        String unescaped = Documents.unescapeMarkdown(md);
        assertTrue(unescaped.contains(RUS.replace("[twenty]", "[ten]")) && unescaped.contains(AR) && unescaped.contains(NOR), md);
        assertTrue(md.indexOf(AR) > md.indexOf("ten") && md.indexOf(AR) < md.indexOf("conventional"),
                "the language version is under its source");
    }

    @Test
    void refusedRequests() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        export(team.drafter(), "no-such-term-" + Api.code().toLowerCase(), "text/html").then().statusCode(404)
                .contentType(PROBLEM);
        export(team.drafter(), slug, "text/plain").then().statusCode(406).contentType(PROBLEM);
        export(team.drafter(), slug, "application/json").then().statusCode(406).contentType(PROBLEM);
        Api.anonymous().accept("text/html").get("/api/terms/" + slug + "/export").then().statusCode(401).contentType(PROBLEM);
        Api.as(team.drafter()).accept("text/html").post("/api/terms/" + slug + "/export").then().statusCode(405)
                .contentType(PROBLEM);
    }

    @Test
    void compilationBeyondTheExportLimitIs422() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        String text = "a".repeat(100_000);
        for (int i = 0; i < 4; i++) {
            Api.draft(team.drafter(), slug, text, "delegation");
        }
        export(team.drafter(), slug, "text/html").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo(Problems.type("export-too-large")));
        // others see none of these private drafts, so their compilation is small
        export(Api.Team.create().drafter(), slug, "text/html").then().statusCode(200);
    }

    private static Response export(String username, String slug, String accept) {
        return Api.signedIn(username).accept(accept).get("/api/terms/" + slug + "/export");
    }

}
