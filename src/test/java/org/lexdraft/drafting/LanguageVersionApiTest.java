package org.lexdraft.drafting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lexdraft.support.Problems.TYPES;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

/** Language versions: POST/GET /api/drafts/{id}/translations and what they change on drafts and versions. */
@QuarkusTest
class LanguageVersionApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String EN = "\"Cluster munition\" means a conventional munition designed to disperse submunitions.";
    private static final String EN2 = "\"Cluster munition\" means a conventional munition designed to release submunitions.";
    private static final String FR = "« Arme à sous-munitions » désigne une munition classique conçue pour disperser des sous-munitions.";
    private static final String AR = "يقصد بمصطلح \"الذخيرة العنقودية\" ذخيرة تقليدية مصممة لنثر ذخائر صغيرة.";

    // ----------------------------------------------------------------------------------------
    // The language of a draft
    // ----------------------------------------------------------------------------------------

    @Test
    void draftsAreInEnglishUnlessToldOtherwise() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        Api.as(team.drafter()).get("/api/drafts/" + draft).then().statusCode(200)
                .body("language", equalTo("en"))
                .body("translationOf", nullValue());
    }

    @Test
    void languageIsStoredInCanonicalCase() {
        Api.Team team = Api.Team.create();
        long draft = draftIn(team.drafter(), Api.term(), "pt-br", "Munição cluster significa ...").extract().jsonPath().getLong("id");
        Api.as(team.drafter()).get("/api/drafts/" + draft).then().statusCode(200).body("language", equalTo("pt-BR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "english", "e", "en_GB", "en-", "-en", "zz", "en--GB", "fr-FRANCE-", "x-private", "ar-١", "en GB",
            "abcdefghijklmnopqrstuvwxyzabcdefghijk"})
    void invalidLanguageTagIs400NamingTheFieldAndNothingIsCreated(String tag) {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        draftIn(team.drafter(), slug, tag, EN).statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "validation"))
                .body("errors[0].field", equalTo("language"));
        Api.as(team.drafter()).get("/api/terms/" + slug + "/drafts").then().statusCode(200).body("total", equalTo(0));
    }

    // ----------------------------------------------------------------------------------------
    // Creating a language version
    // ----------------------------------------------------------------------------------------

    @Test
    void languageVersionSharesTermDelegationAndVisibilityAndRecordsItsSource() {
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        long source = Api.draft(team.drafter(), slug, EN, "delegation");
        Api.version(team.drafter(), source, EN2, 1);
        var created = translate(team.drafter(), source, Map.of("language", "fr", "text", FR, "message", "traduction",
                "sourceVersion", 1)).statusCode(201)
                .contentType("application/json")
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/drafts/[0-9]+"))
                .header("ETag", equalTo("\"1\""))
                .body("term", equalTo(slug))
                .body("delegation", equalTo(team.code()))
                .body("visibility", equalTo("delegation"))
                .body("language", equalTo("fr"))
                .body("head", equalTo(1))
                .body("translationOf.draft", Api.id(source))
                .body("translationOf.sourceVersion", equalTo(1))
                .body("translationOf.sourceHead", equalTo(2))
                .body("translationOf.outdated", equalTo(true))
                .body("version.text", equalTo(FR))
                .body("version.sourceVersion", equalTo(1))
                .extract().jsonPath();
        long fr = created.getLong("id");
        Api.as(team.drafter()).get("/api/drafts/" + fr).then().statusCode(200)
                .body("translationOf.draft", Api.id(source))
                .body("translationOf.outdated", equalTo(true));
        Api.as(team.drafter()).get("/api/drafts/" + fr + "/versions/1").then().statusCode(200)
                .body("sourceVersion", equalTo(1));
        Api.as(team.drafter()).get("/api/drafts/" + fr + "/versions").then().statusCode(200)
                .body("items[0].sourceVersion", equalTo(1));
    }

    @Test
    void sourceVersionDefaultsToTheSourcesHeadAndIsThenCurrent() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        Api.version(team.drafter(), source, EN2, 1);
        long fr = translate(team.drafter(), source, Map.of("language", "fr", "text", FR)).statusCode(201)
                .body("translationOf.sourceVersion", equalTo(2))
                .body("translationOf.outdated", equalTo(false))
                .extract().jsonPath().getLong("id");
        Api.as(team.drafter()).get("/api/drafts/" + source + "/translations").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].draft", Api.id(fr))
                .body("[0].language", equalTo("fr"))
                .body("[0].head", equalTo(1))
                .body("[0].sourceVersion", equalTo(2))
                .body("[0].outdated", equalTo(false));
    }

    @Test
    void aNewSourceVersionMakesTheLanguageVersionOutdatedUntilItCatchesUp() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        long fr = translate(team.drafter(), source, Map.of("language", "fr", "text", FR)).statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.version(team.drafter(), source, EN2, 1);
        Api.as(team.drafter()).get("/api/drafts/" + fr).then().statusCode(200)
                .body("translationOf.sourceVersion", equalTo(1))
                .body("translationOf.sourceHead", equalTo(2))
                .body("translationOf.outdated", equalTo(true));
        Api.as(team.drafter()).get("/api/drafts/" + source + "/translations").then().body("[0].outdated", equalTo(true));

        // a new version without sourceVersion keeps the previous one's
        Api.version(team.drafter(), fr, FR + " ", 1);
        Api.as(team.drafter()).get("/api/drafts/" + fr + "/versions/2").then().body("sourceVersion", equalTo(1));
        Api.as(team.drafter()).get("/api/drafts/" + fr).then().body("translationOf.outdated", equalTo(true));

        // the translator catches up with version 2 of the source
        Api.as(team.drafter()).body(Map.of("text", FR.replace("disperser", "libérer"), "baseVersion", 2, "sourceVersion", 2))
                .post("/api/drafts/" + fr + "/versions").then().statusCode(201).body("sourceVersion", equalTo(2));
        Api.as(team.drafter()).get("/api/drafts/" + fr).then()
                .body("head", equalTo(3))
                .body("translationOf.sourceVersion", equalTo(2))
                .body("translationOf.outdated", equalTo(false));
    }

    @Test
    void secondLanguageVersionInOneLanguageIs409AndNothingIsCreated() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        translate(team.drafter(), source, Map.of("language", "fr", "text", FR)).statusCode(201);
        translate(team.drafter(), source, Map.of("language", "FR", "text", FR + " bis")).statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "duplicate"));
        Api.as(team.drafter()).get("/api/drafts/" + source + "/translations").then().body("$", hasSize(1));
    }

    @Test
    void languageVersionsInSeveralLanguagesAreListedByLanguage() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        translate(team.drafter(), source, Map.of("language", "zh-Hans", "text", "集束弹药是指……")).statusCode(201);
        translate(team.drafter(), source, Map.of("language", "ar", "text", AR)).statusCode(201);
        translate(team.drafter(), source, Map.of("language", "fr", "text", FR)).statusCode(201);
        List<String> languages = Api.as(team.drafter()).get("/api/drafts/" + source + "/translations")
                .then().statusCode(200).extract().jsonPath().getList("language");
        assertEquals(List.of("ar", "fr", "zh-Hans"), languages);
    }

    @Test
    void languageVersionInTheSourcesOwnLanguageIs409() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        translate(team.drafter(), source, Map.of("language", "en", "text", EN2)).statusCode(409).contentType(PROBLEM);
        Api.as(team.drafter()).get("/api/drafts/" + source + "/translations").then().body("$", hasSize(0));
    }

    @Test
    void languageVersionOfALanguageVersionIs409() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        long fr = translate(team.drafter(), source, Map.of("language", "fr", "text", FR)).statusCode(201)
                .extract().jsonPath().getLong("id");
        translate(team.drafter(), fr, Map.of("language", "ar", "text", AR)).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "conflict"));
        Api.as(team.drafter()).get("/api/drafts/" + fr + "/translations").then().statusCode(200).body("$", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 99})
    void sourceVersionThatDoesNotExistIs422AndNothingIsCreated(int sourceVersion) {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        translate(team.drafter(), source, Map.of("language", "fr", "text", FR, "sourceVersion", sourceVersion))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("sourceVersion"));
        Api.as(team.drafter()).get("/api/drafts/" + source + "/translations").then().body("$", hasSize(0));
    }

    @Test
    void sourceVersionBelowOneIs400() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        translate(team.drafter(), source, Map.of("language", "fr", "text", FR, "sourceVersion", 0)).statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void invalidTranslationBodiesAre400NamingTheField() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        translate(team.drafter(), source, Map.of("language", "fr")).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("text"));
        translate(team.drafter(), source, Map.of("text", FR)).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("language"));
        translate(team.drafter(), source, Map.of("language", "français", "text", FR)).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("language"));
        translate(team.drafter(), source, Map.of("language", "fr", "text", FR, "draft", 1)).statusCode(400)
                .contentType(PROBLEM);
        Api.as(team.drafter()).get("/api/drafts/" + source + "/translations").then().body("$", hasSize(0));
    }

    @Test
    void sourceVersionOnADraftThatIsNoLanguageVersionIs422() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        Api.as(team.drafter()).body(Map.of("text", EN2, "baseVersion", 1, "sourceVersion", 1))
                .post("/api/drafts/" + source + "/versions").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("sourceVersion"));
        Api.as(team.drafter()).get("/api/drafts/" + source).then().body("head", equalTo(1));
    }

    @Test
    void newVersionNamingASourceVersionThatDoesNotExistIs422AndNothingIsWritten() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        long fr = translate(team.drafter(), source, Map.of("language", "fr", "text", FR)).statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(team.drafter()).body(Map.of("text", FR + " !", "baseVersion", 1, "sourceVersion", 2))
                .post("/api/drafts/" + fr + "/versions").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("sourceVersion"));
        Api.as(team.drafter()).get("/api/drafts/" + fr).then().body("head", equalTo(1));
    }

    // ----------------------------------------------------------------------------------------
    // Who may
    // ----------------------------------------------------------------------------------------

    @Test
    void drafterOfAnotherDelegationCannotTranslateATabledDraft() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long source = Api.draft(owner.drafter(), Api.term(), EN, "tabled");
        translate(other.drafter(), source, Map.of("language", "fr", "text", FR)).statusCode(403).contentType(PROBLEM);
        translate("admin", source, Map.of("language", "fr", "text", FR)).statusCode(403).contentType(PROBLEM);
        Api.as(other.drafter()).get("/api/drafts/" + source + "/translations").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void observerCannotTranslateItsOwnDelegationsDraft() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        translate(team.observer(), source, Map.of("language", "fr", "text", FR)).statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anonymousIs401() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "tabled");
        Api.anonymous().body(Map.of("language", "fr", "text", FR)).post("/api/drafts/" + source + "/translations")
                .then().statusCode(401).contentType(PROBLEM);
        Api.anonymous().get("/api/drafts/" + source + "/translations").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void unknownDraftIs404() {
        Api.Team team = Api.Team.create();
        translate(team.drafter(), 987654321L, Map.of("language", "fr", "text", FR)).statusCode(404).contentType(PROBLEM);
        Api.as(team.drafter()).get("/api/drafts/987654321/translations").then().statusCode(404).contentType(PROBLEM);
    }

    // ----------------------------------------------------------------------------------------
    // Visibility
    // ----------------------------------------------------------------------------------------

    @Test
    void languageVersionOfAPrivateDraftIsPrivateOnEveryPathEvenToTheChair() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        String slug = Api.term();
        long source = Api.draft(owner.drafter(), slug, EN, "delegation");
        long fr = translate(owner.drafter(), source, Map.of("language", "fr", "text", FR)).statusCode(201)
                .body("visibility", equalTo("delegation")).extract().jsonPath().getLong("id");
        for (String outsider : List.of(other.drafter(), "admin")) {
            Api.signedIn(outsider).get("/api/drafts/" + fr).then().statusCode(404);
            Api.signedIn(outsider).get("/api/drafts/" + fr + "/versions/1").then().statusCode(404);
            Api.signedIn(outsider).get("/api/drafts/" + source + "/translations").then().statusCode(404);
            Api.signedIn(outsider).get("/api/terms/" + slug + "/drafts").then().statusCode(200).body("total", equalTo(0));
            Api.signedIn(outsider).get("/api/terms/" + slug + "/comparison").then().statusCode(200).body("drafts", hasSize(0));
            translate(outsider, source, Map.of("language", "ar", "text", AR)).statusCode(404);
        }
    }

    @Test
    void tablingTheSourceTablesItsLanguageVersions() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long source = Api.draft(owner.drafter(), Api.term(), EN, "delegation");
        long fr = translate(owner.drafter(), source, Map.of("language", "fr", "text", FR)).statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(owner.drafter()).body(Map.of("visibility", "tabled")).patch("/api/drafts/" + source).then().statusCode(200);
        Api.as(other.drafter()).get("/api/drafts/" + fr).then().statusCode(200).body("visibility", equalTo("tabled"));
        Api.as(other.drafter()).get("/api/drafts/" + source + "/translations").then().statusCode(200).body("$", hasSize(1));
        // made later, it is tabled at once
        translate(owner.drafter(), source, Map.of("language", "ar", "text", AR)).statusCode(201)
                .body("visibility", equalTo("tabled"));
    }

    @Test
    void languageVersionIsNotTabledOnItsOwn() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long source = Api.draft(owner.drafter(), Api.term(), EN, "delegation");
        long fr = translate(owner.drafter(), source, Map.of("language", "fr", "text", FR)).statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(owner.drafter()).body(Map.of("visibility", "tabled")).patch("/api/drafts/" + fr).then().statusCode(409)
                .contentType(PROBLEM);
        Api.as(other.drafter()).get("/api/drafts/" + fr).then().statusCode(404);
        Api.as(owner.drafter()).get("/api/drafts/" + fr).then().body("visibility", equalTo("delegation"));
    }

    // ----------------------------------------------------------------------------------------
    // Not a competing draft
    // ----------------------------------------------------------------------------------------

    @Test
    void comparisonLeavesLanguageVersionsOutAndListsThemUnderTheirSource() {
        Api.Team team = Api.Team.create();
        Api.Team rival = Api.Team.create();
        String slug = Api.term();
        long source = Api.draft(team.drafter(), slug, EN, "tabled");
        long other = Api.draft(rival.drafter(), slug, EN2, "tabled");
        long fr = translate(team.drafter(), source, Map.of("language", "fr", "text", FR)).statusCode(201)
                .extract().jsonPath().getLong("id");
        JsonPath comparison = Api.as(rival.drafter()).get("/api/terms/" + slug + "/comparison").then().statusCode(200)
                .body("drafts", hasSize(2))
                .body("similarity", hasSize(2))
                .body("similarity[0]", hasSize(2))
                .extract().jsonPath();
        assertEquals(List.of(source, other), comparison.getList("drafts.id", Long.class));
        assertEquals(List.of(fr), Api.longs(comparison.getList("drafts[0].translations.draft")));
        assertEquals(List.of("fr"), comparison.getList("drafts[0].translations.language"));
        assertEquals(List.of(), comparison.getList("drafts[1].translations"));
    }

    @Test
    void languageVersionHasItsOwnHistoryDiffsAndBlame() {
        Api.Team team = Api.Team.create();
        long source = Api.draft(team.drafter(), Api.term(), EN, "delegation");
        long fr = translate(team.drafter(), source, Map.of("language", "fr", "text", FR)).statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.version(team.drafter(), fr, FR.replace("classique", "conventionnelle"), 1);
        Api.as(team.drafter()).get("/api/diff?from=" + fr + ":1&to=" + fr + ":2").then().statusCode(200)
                .body("stats.inserted", org.hamcrest.Matchers.greaterThan(0));
        Api.as(team.drafter()).get("/api/drafts/" + fr + "/versions/2/blame").then().statusCode(200)
                .body("spans[0].draft", Api.id(fr));
    }

    private static io.restassured.response.ValidatableResponse translate(String username, long draft, Map<String, ?> body) {
        return Api.signedIn(username).body(body).post("/api/drafts/" + draft + "/translations").then();
    }

    private static io.restassured.response.ValidatableResponse draftIn(String username, String slug, String language,
                                                                       String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Draft in " + language);
        body.put("text", text);
        body.put("language", language);
        return Api.as(username).body(body).post("/api/terms/" + slug + "/drafts").then();
    }
}
