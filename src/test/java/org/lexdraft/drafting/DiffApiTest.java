package org.lexdraft.drafting;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lexdraft.support.Problems.TYPES;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lexdraft.support.Api;

/** GET /api/diff: word and character diffs between any two visible versions, as JSON, redline and patch. */
@QuarkusTest
class DiffApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Path PATCH = Path.of("/usr/bin/patch");

    private static final String V1 = "\"Cluster munition\" means a conventional munition 💣 that is designed to disperse"
            + " explosive submunitions each weighing less than twenty kilograms, and includes those submunitions.";
    private static final String V2 = "\"Cluster munition\" means a conventional munition 💣 that is designed to disperse"
            + " explosive submunitions each weighing less than ten kilograms, and includes those submunitions.";

    // ----------------------------------------------------------------------------------------
    // JSON
    // ----------------------------------------------------------------------------------------

    @Test
    void wordDiffOpsRebuildBothTexts() {
        Api.Team team = Api.Team.create();
        long draft = twoVersions(team.drafter(), V1, V2);
        JsonPath json = diff(team.drafter(), draft + ":1", draft + ":2", null).then().statusCode(200)
                .contentType("application/json")
                .body("from", equalTo(draft + ":1"))
                .body("to", equalTo(draft + ":2"))
                .body("granularity", equalTo("word"))
                .extract().jsonPath();
        List<Map<String, String>> ops = json.getList("ops");
        assertRebuilds(ops, V1, V2);
    }

    @Test
    void wordDiffChangesWholeWords() {
        Api.Team team = Api.Team.create();
        long draft = twoVersions(team.drafter(), V1, V2);
        List<Map<String, String>> ops = diff(team.drafter(), draft + ":1", draft + ":2", "word").then().statusCode(200)
                .extract().jsonPath().getList("ops");
        assertEquals("twenty", joined(ops, "delete").strip());
        assertEquals("ten", joined(ops, "insert").strip());
        assertTrue(ops.stream().anyMatch(op -> op.get("op").equals("delete") && op.get("text").contains("twenty")),
                "twenty is deleted as a whole word: " + ops);
        assertTrue(ops.stream().anyMatch(op -> op.get("op").equals("insert") && op.get("text").contains("ten")),
                "ten is inserted as a whole word: " + ops);
    }

    @Test
    void statsCountCodePointsAndSimilarityIsInUnitRange() {
        Api.Team team = Api.Team.create();
        long draft = twoVersions(team.drafter(), V1, V2);
        // parse numbers as doubles: RestAssured's default float would round the similarity
        JsonPath json = diff(team.drafter(), draft + ":1", draft + ":2", null).then().statusCode(200)
                .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        List<Map<String, String>> ops = json.getList("ops");
        int inserted = codePoints(joined(ops, "insert"));
        int deleted = codePoints(joined(ops, "delete"));
        int unchanged = codePoints(joined(ops, "equal"));
        assertEquals(inserted, json.getInt("stats.inserted"));
        assertEquals(deleted, json.getInt("stats.deleted"));
        assertEquals(unchanged, json.getInt("stats.unchanged"));
        assertEquals(codePoints(V1), unchanged + deleted);
        assertEquals(codePoints(V2), unchanged + inserted);
        double similarity = json.getDouble("stats.similarity");
        assertThat(similarity, allOf(greaterThanOrEqualTo(0.0), lessThanOrEqualTo(1.0)));
        assertThat(similarity, closeTo(2.0 * unchanged / (codePoints(V1) + codePoints(V2)), 1e-9));
    }

    @Test
    void charGranularityRebuildsBothTexts() {
        Api.Team team = Api.Team.create();
        long draft = twoVersions(team.drafter(), V1, V2);
        JsonPath json = diff(team.drafter(), draft + ":1", draft + ":2", "char").then().statusCode(200)
                .body("granularity", equalTo("char"))
                .extract().jsonPath();
        List<Map<String, String>> ops = json.getList("ops");
        assertRebuilds(ops, V1, V2);
        assertEquals(codePoints(joined(ops, "equal")), json.getInt("stats.unchanged"));
    }

    @Test
    void identicalVersionsAreOneEqualOpWithSimilarityOne() {
        Api.Team team = Api.Team.create();
        long draft = twoVersions(team.drafter(), V1, V2);
        for (String granularity : List.of("word", "char")) {
            diff(team.drafter(), draft + ":1", draft + ":1", granularity).then().statusCode(200)
                    .body("ops.size()", equalTo(1))
                    .body("ops[0].op", equalTo("equal"))
                    .body("ops[0].text", equalTo(V1))
                    .body("stats.inserted", equalTo(0))
                    .body("stats.deleted", equalTo(0))
                    .body("stats.unchanged", equalTo(codePoints(V1)))
                    .body("stats.similarity", equalTo(1.0f));
        }
    }

    @Test
    void equalTextsInTwoVersionsAreOneEqualOp() {
        Api.Team team = Api.Team.create();
        long draft = twoVersions(team.drafter(), V1, V1);
        diff(team.drafter(), draft + ":1", draft + ":2", null).then().statusCode(200)
                .body("ops.size()", equalTo(1))
                .body("ops[0].op", equalTo("equal"))
                .body("stats.similarity", equalTo(1.0f));
    }

    @Test
    void diffAcrossDraftsOfDifferentDelegations() {
        Api.Team a = Api.Team.create();
        Api.Team b = Api.Team.create();
        Api.Team reader = Api.Team.create();
        String slug = Api.term();
        long first = Api.draft(a.drafter(), slug, V1, "tabled");
        long second = Api.draft(b.drafter(), slug, V2, "tabled");
        for (String user : List.of(reader.observer(), a.drafter(), b.observer())) {
            List<Map<String, String>> ops = diff(user, first + ":1", second + ":1", null).then().statusCode(200)
                    .body("from", equalTo(first + ":1"))
                    .body("to", equalTo(second + ":1"))
                    .extract().jsonPath().getList("ops");
            assertRebuilds(ops, V1, V2);
        }
    }

    // ----------------------------------------------------------------------------------------
    // Redline and patch
    // ----------------------------------------------------------------------------------------

    @Test
    void htmlRedlineMarksChangesAndEscapesText() {
        Api.Team team = Api.Team.create();
        String before = "A munition <script>alert('x')</script> weighing less than twenty kilograms & more.";
        String after = "A munition <script>alert('x')</script> weighing less than ten kilograms & more <b>.";
        long draft = twoVersions(team.drafter(), before, after);
        String html = Api.as(team.drafter()).accept("text/html")
                .queryParam("from", draft + ":1").queryParam("to", draft + ":2")
                .get("/api/diff").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .extract().asString();
        assertThat(html, containsString("<ins>"));
        assertThat(html, containsString("<del>"));
        assertThat(html, containsString("&lt;script&gt;"));
        assertThat(html, not(containsString("<script>")));
        assertThat(html, not(containsString("<b>")));
        assertThat(html, containsString("&amp;"));
        assertThat(html, containsString("twenty"));
        assertThat(html, containsString("ten"));
    }

    @Test
    void unifiedPatchAppliesWithGnuPatch() throws Exception {
        // no silent skip: CI installs GNU patch (.ci/run), and a machine without it fails here and says why
        assertTrue(Files.isExecutable(PATCH), PATCH + " is not installed: apt-get install patch (.ci/run does)");
        Api.Team team = Api.Team.create();
        String before = String.join("\n",
                "1. \"Cluster munition\" means a conventional munition 💣",
                "that is designed to disperse or release explosive submunitions",
                "each weighing less than twenty kilograms,",
                "and includes those explosive submunitions.",
                "2. It does not mean:",
                "(a) a munition designed to dispense flares, smoke, pyrotechnics or chaff;",
                "(b) a munition designed exclusively for an air defence role;",
                "(c) «кассетный боеприпас», 集束弹药, الذخيرة العنقودية, re\u0301sume\u0301") + "\n";
        String after = String.join("\n",
                "1. \"Cluster munition\" means a conventional munition 💣",
                "that is designed to disperse or release explosive submunitions",
                "each weighing less than ten kilograms,",
                "and includes those explosive submunitions.",
                "2. It does not mean:",
                "(a) a munition designed to dispense flares, smoke, pyrotechnics or chaff;",
                "(b) a munition designed exclusively for an air defence role;",
                "(c) «кассетный боеприпас», 集束弹药, الذخيرة العنقودية, re\u0301sume\u0301 👍🏽",
                "(d) a munition designed to produce electrical or electronic effects.");
        long draft = twoVersions(team.drafter(), before, after);
        byte[] patch = Api.as(team.drafter()).accept("text/x-diff")
                .queryParam("from", draft + ":1").queryParam("to", draft + ":2")
                .get("/api/diff").then().statusCode(200)
                .contentType(startsWith("text/x-diff"))
                .extract().asByteArray();
        String text = new String(patch, StandardCharsets.UTF_8);
        assertThat(text, startsWith("--- a/"));
        assertThat(text, containsString("\n+++ b/"));
        assertEquals(after, applyPatch(before, patch));
    }

    @Test
    void plainTextIsNotAcceptable() {
        Api.Team team = Api.Team.create();
        long draft = twoVersions(team.drafter(), V1, V2);
        Api.as(team.drafter()).accept("text/plain")
                .queryParam("from", draft + ":1").queryParam("to", draft + ":2")
                .get("/api/diff").then().statusCode(406)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-acceptable"));
    }

    // ----------------------------------------------------------------------------------------
    // Bad references, invisible drafts, no sign-in
    // ----------------------------------------------------------------------------------------

    @Test
    void missingFromIs400() {
        Api.Team team = Api.Team.create();
        long draft = twoVersions(team.drafter(), V1, V2);
        Api.as(team.drafter()).queryParam("to", draft + ":2").get("/api/diff").then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("from"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"17", "a:b", "17:", ":3", "17:0", "17:3:1"})
    void malformedFromIs400NamingTheField(String from) {
        Api.Team team = Api.Team.create();
        long draft = twoVersions(team.drafter(), V1, V2);
        diff(team.drafter(), from, draft + ":2", null).then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("from"));
    }

    @Test
    void malformedToIs400NamingTheField() {
        Api.Team team = Api.Team.create();
        long draft = twoVersions(team.drafter(), V1, V2);
        diff(team.drafter(), draft + ":1", "a:b", null).then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("to"));
    }

    @Test
    void lineGranularityIs400() {
        Api.Team team = Api.Team.create();
        long draft = twoVersions(team.drafter(), V1, V2);
        diff(team.drafter(), draft + ":1", draft + ":2", "line").then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("granularity"));
    }

    @Test
    void versionThatDoesNotExistIs404() {
        Api.Team team = Api.Team.create();
        long draft = twoVersions(team.drafter(), V1, V2);
        diff(team.drafter(), draft + ":1", draft + ":3", null).then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
        diff(team.drafter(), "987654321:1", draft + ":1", null).then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void invisiblePrivateDraftIs404AndLeaksNothing() {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        String slug = Api.term();
        long hidden = Api.draft(owner.drafter(), slug, "secret wording of the owner", "delegation");
        long own = Api.draft(other.drafter(), slug, "public wording", "tabled");
        for (String accept : List.of("application/json", "text/html", "text/x-diff")) {
            String body = Api.as(other.drafter()).accept(accept)
                    .queryParam("from", own + ":1").queryParam("to", hidden + ":1")
                    .get("/api/diff").then().statusCode(404)
                    .contentType(PROBLEM)
                    .extract().asString();
            assertFalse(body.contains("secret"), body);
        }
        Api.admin().queryParam("from", hidden + ":1").queryParam("to", own + ":1")
                .get("/api/diff").then().statusCode(404).contentType(PROBLEM);
        // a missing version of an invisible draft answers the same as a missing draft
        String missing = Api.as(other.drafter()).queryParam("from", hidden + ":9").queryParam("to", own + ":1")
                .get("/api/diff").then().statusCode(404).extract().asString();
        String present = Api.as(other.drafter()).queryParam("from", hidden + ":1").queryParam("to", own + ":1")
                .get("/api/diff").then().statusCode(404).extract().asString();
        assertEquals(present.replace(hidden + ":1", "REF"), missing.replace(hidden + ":9", "REF"));
    }

    @Test
    void anonymousIs401() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), V1, "tabled");
        Api.anonymous().queryParam("from", draft + ":1").queryParam("to", draft + ":1")
                .get("/api/diff").then().statusCode(401)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "unauthorized"));
    }

    // ----------------------------------------------------------------------------------------
    // Exactness in every script
    // ----------------------------------------------------------------------------------------

    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("Cyrillic",
                        "«Кассетный боеприпас» означает обычный боеприпас, предназначенный для рассеивания"
                                + " взрывоопасных суббоеприпасов весом менее двадцати килограммов каждый.",
                        "«Кассетный боеприпас» означает обычный боеприпас, предназначенный для выпуска или рассеивания"
                                + " суббоеприпасов весом менее десяти килограммов каждый, и включает эти суббоеприпасы."),
                Arguments.of("Arabic",
                        "تعني «الذخيرة العنقودية» ذخيرة تقليدية مصممة لتنثر أو تطلق ذخائر صغيرة متفجرة"
                                + " يقل وزن كل منها عن عشرين كيلوغراماً.",
                        "تعني «الذخيرة العنقودية» ذخيرةً تقليديةً مُصممة لتنثر ذخائر صغيرة متفجرة"
                                + " يقل وزن كل منها عن عشرة كيلوغرامات، وتشمل تلك الذخائر."),
                Arguments.of("Chinese",
                        "集束弹药是指一种常规弹药，其设计用于散布或释放每枚重量不足二十公斤的爆炸性子弹药，并包括这些爆炸性子弹药。",
                        "集束弹药是指一种常规弹药，其设计用于散布每枚重量不足十公斤的爆炸性子弹药，并且包括这些子弹药𠀋。"),
                Arguments.of("Emoji",
                        "Flags 🇳🇴🇷🇺🇨🇭 thumbs 👍🏽👍 doctor 👩🏾‍⚕️ family 👨‍👩‍👧‍👦 faces 😀😃 end 🏳️‍🌈",
                        "Flags 🇳🇴🇸🇪🇨🇭 thumbs 👍🏿👍🏻 doctor 👩🏻‍⚕️ family 👨‍👩‍👧 faces 😁😃 end 🏳️‍⚧️"),
                Arguments.of("Combining marks",
                        "Cafe\u0301 re\u0301sume\u0301 nai\u0308ve e\u0301te\u0301 a\u0300 la carte, Z\u0327\u0301 o\u0302\u0303",
                        "Cafe\u0300 re\u0301sume\u0301s nai\u0308ve ete\u0301 a\u0300 la carte, Z\u0301\u0327 o\u0302"),
                Arguments.of("Mixed",
                        "Art. 2 «боеприпас» 集束弹药 الذخيرة 💣 e\u0301\n(b) twenty kg 🇳🇴",
                        "Art. 2 «суббоеприпас» 集束子弹药 الذخائر 💥 e\u0300\n(b) ten kg 🇳🇴🇸🇪\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void opsRebuildBothTextsExactlyInEveryScript(String script, String before, String after) {
        Api.Team team = Api.Team.create();
        long draft = twoVersions(team.drafter(), before, after);
        Api.as(team.drafter()).get("/api/drafts/" + draft + "/versions/1").then().body("text", equalTo(before));
        Api.as(team.drafter()).get("/api/drafts/" + draft + "/versions/2").then().body("text", equalTo(after));
        for (String granularity : List.of("word", "char")) {
            JsonPath json = diff(team.drafter(), draft + ":1", draft + ":2", granularity).then().statusCode(200)
                    .body("granularity", equalTo(granularity))
                    .extract().jsonPath();
            List<Map<String, String>> ops = json.getList("ops");
            assertRebuilds(ops, before, after);
            assertEquals(codePoints(joined(ops, "equal")), json.getInt("stats.unchanged"), granularity);
            assertEquals(codePoints(joined(ops, "insert")), json.getInt("stats.inserted"), granularity);
            assertEquals(codePoints(joined(ops, "delete")), json.getInt("stats.deleted"), granularity);
            // and the reverse direction
            List<Map<String, String>> back = diff(team.drafter(), draft + ":2", draft + ":1", granularity).then()
                    .statusCode(200).extract().jsonPath().getList("ops");
            assertRebuilds(back, after, before);
        }
    }

    // ----------------------------------------------------------------------------------------

    private static long twoVersions(String drafter, String v1, String v2) {
        long draft = Api.draft(drafter, Api.term(), v1, "delegation");
        Api.version(drafter, draft, v2, 1);
        return draft;
    }

    private static RequestSpecification user(String username) {
        return username.equals("admin") ? Api.admin() : Api.as(username);
    }

    private static Response diff(String username, String from, String to, String granularity) {
        RequestSpecification request = user(username).accept("application/json")
                .queryParam("from", from).queryParam("to", to);
        if (granularity != null) {
            request.queryParam("granularity", granularity);
        }
        return request.get("/api/diff");
    }

    /** Equal and deleted pieces give the old text, equal and inserted the new, no piece splits a pair. */
    private static void assertRebuilds(List<Map<String, String>> ops, String from, String to) {
        StringBuilder old = new StringBuilder();
        StringBuilder neu = new StringBuilder();
        for (Map<String, String> op : ops) {
            String text = op.get("text");
            assertFalse(text == null || text.isEmpty(), "empty op in " + ops);
            assertTrue(wellFormed(text), "op splits a surrogate pair: " + op);
            switch (op.get("op")) {
                case "equal" -> {
                    old.append(text);
                    neu.append(text);
                }
                case "delete" -> old.append(text);
                case "insert" -> neu.append(text);
                default -> throw new AssertionError("unknown op " + op);
            }
        }
        assertEquals(from, old.toString(), "equal + delete rebuild the old text");
        assertEquals(to, neu.toString(), "equal + insert rebuild the new text");
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String joined(List<Map<String, String>> ops, String kind) {
        return ops.stream().filter(op -> op.get("op").equals(kind)).map(op -> op.get("text")).collect(Collectors.joining());
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Writes the old text as the file the patch names, runs {@code patch -p1} there and answers the file. */
    private static String applyPatch(String oldText, byte[] patch) throws IOException, InterruptedException {
        String header = new String(patch, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        String name = header.substring("--- a/".length()).split("\t")[0];
        Path dir = Files.createTempDirectory("lexdraft-diff-api");
        try {
            Path file = dir.resolve(name);
            assertTrue(file.normalize().startsWith(dir), "the patch names a file inside the directory: " + name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, oldText, StandardCharsets.UTF_8);
            Path patchFile = dir.resolve("change.diff");
            Files.write(patchFile, patch);
            Process process = new ProcessBuilder(PATCH.toString(), "-p1", "--batch", "--no-backup-if-mismatch",
                    "-i", patchFile.toString())
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("patch did not finish");
            }
            assertEquals(0, process.exitValue(), "patch failed: " + output + "\n" + new String(patch, StandardCharsets.UTF_8));
            return Files.readString(file, StandardCharsets.UTF_8);
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
