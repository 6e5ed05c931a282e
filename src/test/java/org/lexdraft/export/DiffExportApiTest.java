package org.lexdraft.export;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lexdraft.support.Api;
import org.lexdraft.support.Documents;
import org.w3c.dom.Element;

/** GET /api/diff as Word with tracked changes and as Markdown with CriticMarkup. */
@QuarkusTest
class DiffExportApiTest {

    private static final String PROBLEM = "application/problem+json";

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("en", "\"Cluster munition\" means a conventional munition that is designed to disperse or release"
                                + " explosive submunitions each weighing less than 20 kilograms.",
                        "\"Cluster munition\" means a conventional munition designed to disperse\nexplosive submunitions, each"
                                + " weighing less than 20 kilograms, and includes those explosive submunitions."),
                Arguments.of("fr", "« Arme à sous-munitions » désigne une munition classique conçue pour disperser ou libérer"
                                + " des sous-munitions explosives.",
                        "« Arme à sous-munitions » désigne une munition conventionnelle conçue pour disperser des"
                                + " sous-munitions explosives dont chacune pèse moins de 20 kilogrammes."),
                Arguments.of("ar", "يقصد بمصطلح \"الذخيرة العنقودية\" ذخيرة تقليدية مصممة لنثر أو إطلاق ذخائر صغيرة متفجرة.",
                        "يقصد بمصطلح \"الذخيرة العنقودية\" ذخيرة تقليدية مصممة لنثر ذخائر صغيرة متفجرة يقل وزن كل منها عن 20 كيلوغراما."),
                Arguments.of("zh-Hans", "“集束弹药”是指一种常规弹药，其设计目的是散布或释放爆炸性子弹药。",
                        "“集束弹药”是指一种常规弹药，其设计目的是散布每枚重量不足20公斤的爆炸性子弹药，包括这些子弹药。"),
                Arguments.of("en", "Munition 💣 with 👩🏽‍⚖️ judges and 🇺🇳 flags\tand tabs, 10 submunitions 𠀀.",
                        "Munition 💥 with 👩🏽‍⚖️ judges, 🇳🇴 and 🇺🇳 flags\tand tabs,\n\n20 submunitions 𠀁 𠀀."));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void rejectAllGivesTheOldTextAndAcceptAllTheNew(String language, String before, String after) {
        Api.Team team = Api.Team.create();
        long draft = Api.draftIn(team.drafter(), Api.term(), language, before);
        Api.version(team.drafter(), draft, after, 1);
        Response r = diff(team.drafter(), draft + ":1", draft + ":2", Documents.DOCX);
        r.then().statusCode(200).contentType(Documents.DOCX)
                .header("Content-Disposition", equalTo("attachment; filename=\"diff-" + draft + "v1-to-" + draft + "v2.docx\""));
        Documents.word(r.asByteArray()).getParagraphs(); // POI opens it
        List<Element> paragraphs = Documents.paragraphs(r.asByteArray());
        Element changes = paragraphs.get(paragraphs.size() - 1);
        assertEquals(before, Documents.resolved(changes, false), "reject all");
        assertEquals(after, Documents.resolved(changes, true), "accept all");
        List<Documents.TrackedChange> tracked = Documents.changes(changes);
        assertTrue(tracked.stream().anyMatch(c -> c.kind().equals("ins")), "insertions are tracked");
        assertTrue(tracked.stream().anyMatch(c -> c.kind().equals("del")), "deletions are tracked");
        for (Documents.TrackedChange c : tracked) {
            assertEquals(team.code() + " (Member " + team.drafter() + ")", c.author());
            Instant.parse(c.date());
        }
        assertEquals(language, Documents.language(changes).getAttributeNS(Documents.W, "val"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void criticMarkupRebuildsBothTexts(String language, String before, String after) {
        Api.Team team = Api.Team.create();
        long draft = Api.draftIn(team.drafter(), Api.term(), language, before);
        Api.version(team.drafter(), draft, after, 1);
        Response r = diff(team.drafter(), draft + ":1", draft + ":2", "text/markdown");
        r.then().statusCode(200).contentType(startsWith("text/markdown"));
        String md = new String(r.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Changes from draft " + draft), md);
        String body = md.substring(md.indexOf("\n\n") + 2, md.length() - 1);
        assertTrue(body.contains("{++") && body.contains("{--"), body);
        assertEquals(before, Documents.criticMarkup(body, false));
        assertEquals(after, Documents.criticMarkup(body, true));
    }

    @Test
    void braceTextCannotCloseAMarkEarly() {
        Api.Team team = Api.Team.create();
        String before = "Keep {++ this ++} and {-- that --} \\ as they are.";
        String after = "Keep {++ these ++} and {-- those --} \\ as they are.";
        long draft = Api.draft(team.drafter(), Api.term(), before, "delegation");
        Api.version(team.drafter(), draft, after, 1);
        String md = diff(team.drafter(), draft + ":1", draft + ":2", "text/markdown").asString();
        String body = md.substring(md.indexOf("\n\n") + 2, md.length() - 1);
        assertEquals(before, Documents.criticMarkup(body, false));
        assertEquals(after, Documents.criticMarkup(body, true));
    }

    @Test
    void eachChangeIsCreditedToTheMemberWhoseVersionMadeIt() {
        Api.Team team = Api.Team.create();
        String second = Api.member(team.code(), "drafter");
        long draft = Api.draft(team.drafter(), Api.term(), "Munitions of every kind are covered.", "tabled");
        Api.version(team.drafter(), draft, "Munitions of every kind are covered, first amendment.", 1);
        Api.version(second, draft, "Munitions of any kind are covered, first amendment, second amendment.", 2);
        Api.Team reader = Api.Team.create();
        byte[] docx = diff(reader.drafter(), draft + ":1", draft + ":3", Documents.DOCX).asByteArray();
        List<Element> paragraphs = Documents.paragraphs(docx);
        List<Documents.TrackedChange> tracked = Documents.changes(paragraphs.get(paragraphs.size() - 1));
        // what each member's changes say, as Word lists them by author
        Map<String, String> changedBy = new HashMap<>();
        tracked.forEach(c -> changedBy.merge(c.author() + " " + c.kind(), c.text(), String::concat));
        String first = team.code() + " (Member " + team.drafter() + ")";
        String other = team.code() + " (Member " + second + ")";
        assertTrue(changedBy.get(first + " ins").contains("first"), tracked.toString());
        assertFalse(changedBy.get(first + " ins").contains("second"), tracked.toString());
        assertTrue(changedBy.get(other + " ins").contains("second"), tracked.toString());
        assertTrue(changedBy.get(other + " ins").contains("any"), tracked.toString());
        assertEquals("every", changedBy.get(other + " del"), tracked.toString());
        assertFalse(changedBy.containsKey(first + " del"), "deletions are credited to the newer version");
        Set<String> dates = tracked.stream().map(Documents.TrackedChange::date).collect(Collectors.toSet());
        assertTrue(dates.size() >= 1 && dates.stream().allMatch(d -> !d.isEmpty()), dates.toString());
    }

    @Test
    void wordsFromAPrivateDraftAreNotCreditedToItsAuthor() {
        Api.Team owner = Api.Team.create();
        String hiddenAuthor = Api.member(owner.code(), "drafter");
        Api.Team reader = Api.Team.create();
        String slug = Api.term();
        long secret = Api.draft(hiddenAuthor, slug, "Secret wording on explosive remnants.", "delegation");
        long tabled = Api.fork(owner.drafter(), slug, secret, 1, "Secret wording on explosive remnants, tabled.", "tabled");
        long mine = Api.draft(reader.drafter(), slug, "Other wording.", "tabled");
        byte[] docx = diff(reader.drafter(), mine + ":1", tabled + ":1", Documents.DOCX).asByteArray();
        List<Element> paragraphs = Documents.paragraphs(docx);
        List<Documents.TrackedChange> tracked = Documents.changes(paragraphs.get(paragraphs.size() - 1));
        assertFalse(tracked.isEmpty());
        for (Documents.TrackedChange c : tracked) {
            assertFalse(c.author().contains(hiddenAuthor), c.toString());
            assertEquals(owner.code() + " (Member " + owner.drafter() + ")", c.author());
        }
        String md = diff(reader.drafter(), mine + ":1", tabled + ":1", "text/markdown").asString();
        assertFalse(md.contains(hiddenAuthor) || md.contains("draft " + secret), md);
    }

    @Test
    void diffWithAPrivateVersionOfAnotherDelegationIs404InEveryFormat() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long secret = Api.draft(owner.drafter(), Api.term(), "Private words.", "delegation");
        long open = Api.draft(other.drafter(), Api.term(), "Open words.", "tabled");
        for (String accept : List.of(Documents.DOCX, "text/markdown")) {
            for (String outsider : List.of(other.drafter(), "admin")) {
                Response r = diff(outsider, open + ":1", secret + ":1", accept);
                r.then().statusCode(404).contentType(PROBLEM);
                assertFalse(r.asString().contains("Private"), r.asString());
            }
        }
    }

    @Test
    void badReferencesAndUnknownFormatsAreRefused() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), "Some words.", "delegation");
        diff(team.drafter(), "x", draft + ":1", Documents.DOCX).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("from"));
        diff(team.drafter(), draft + ":1", draft + ":9", "text/markdown").then().statusCode(404).contentType(PROBLEM);
        Api.as(team.drafter()).accept(Documents.DOCX)
                .get("/api/diff?from=" + draft + ":1&to=" + draft + ":1&granularity=line").then().statusCode(400)
                .contentType(PROBLEM);
        diff(team.drafter(), draft + ":1", draft + ":1", "application/akn+xml").then().statusCode(406).contentType(PROBLEM);
        diff(team.drafter(), draft + ":1", draft + ":1", "text/plain").then().statusCode(406).contentType(PROBLEM);
        Api.anonymous().accept(Documents.DOCX).get("/api/diff?from=" + draft + ":1&to=" + draft + ":1").then()
                .statusCode(401).contentType(PROBLEM);
    }

    @Test
    void existingRepresentationsAreUnchanged() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), "one two", "delegation");
        Api.version(team.drafter(), draft, "one three", 1);
        diff(team.drafter(), draft + ":1", draft + ":2", "text/html").then().statusCode(200)
                .contentType(startsWith("text/html")).body(equalTo("one <del>two</del><ins>three</ins>"));
        diff(team.drafter(), draft + ":1", draft + ":2", "application/json").then().statusCode(200)
                .body("ops[0].text", equalTo("one "));
        diff(team.drafter(), draft + ":1", draft + ":2", "text/x-diff").then().statusCode(200)
                .contentType(startsWith("text/x-diff"));
        diff(team.drafter(), draft + ":1", draft + ":2", "*/*").then().statusCode(200).contentType(startsWith("application/json"));
    }

    private static Response diff(String username, String from, String to, String accept) {
        return Api.signedIn(username).accept(accept).get("/api/diff?from=" + from + "&to=" + to);
    }
}
