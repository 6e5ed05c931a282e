package org.lexdraft.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Contract;

/**
 * {@code /q/openapi}, served by {@link ContractRoute}: the same document as api-spec/openapi.yaml,
 * as the file's own bytes in YAML and as the same tree in JSON, to anyone; HEAD and OPTIONS as
 * HTTP says; no method that would change it.
 */
@QuarkusTest
class ContractServedTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    @Test
    void openapiIsServedWithoutSignIn() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("openapi", equalTo("3.1.0"));
    }

    @Test
    void servedContractHasTheSameTitleAndVersionAsTheFile() throws IOException {
        JsonNode file = contractFile();
        JsonNode served = servedJson();
        assertEquals(file.at("/info/title").asText(), served.at("/info/title").asText());
        assertEquals("lexdraft", served.at("/info/title").asText());
        assertEquals(file.at("/info/version").asText(), served.at("/info/version").asText());
    }

    @Test
    void servedContractHasTheSameOperationsAsTheFile() throws IOException {
        Set<String> expected = operations(contractFile());
        assertFalse(expected.isEmpty());
        assertEquals(expected, operations(servedJson()));
    }

    @Test
    void servedContractHasTheSameSchemasAsTheFile() throws IOException {
        Set<String> expected = names(contractFile().at("/components/schemas"));
        assertFalse(expected.isEmpty());
        assertEquals(expected, names(servedJson().at("/components/schemas")));
    }

    @Test
    void servedContractHasTheSameOperationIdsAsTheFile() throws IOException {
        assertEquals(operationIds(contractFile()), operationIds(servedJson()));
    }

    @Test
    void servedYamlContractIsTheSameDocumentAsTheFile() throws IOException {
        String yaml = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .contentType(containsString("yaml")).extract().asString();
        JsonNode served = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        assertEquals(List.of(), differences(contractFile(), served, ""));
    }

    @Test
    void servedYamlKeepsVersionReferenceExamplesStringsForYaml11Readers() {
        String yaml = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        // SnakeYAML resolves by YAML 1.1, where an unquoted 17:3 is the sexagesimal integer 1023
        java.util.Map<String, Object> document = new org.yaml.snakeyaml.Yaml().load(yaml);
        java.util.Map<?, ?> diff = (java.util.Map<?, ?>) ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) document.get("paths"))
                .get("/api/diff")).get("get");
        for (Object parameter : (List<?>) diff.get("parameters")) {
            java.util.Map<?, ?> schema = (java.util.Map<?, ?>) ((java.util.Map<?, ?>) parameter).get("schema");
            Object examples = schema.get("examples");
            if (examples != null) {
                for (Object example : (List<?>) examples) {
                    assertTrue(example instanceof String, "example read as " + example.getClass().getSimpleName()
                            + " " + example);
                }
            }
        }
        assertEquals("17:3", ((List<?>) ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) ((List<?>) diff.get("parameters"))
                .get(0)).get("schema")).get("examples")).get(0));
    }

    @Test
    void servedJsonContractIsTheSameDocumentAsTheFile() throws IOException {
        assertEquals(List.of(), differences(contractFile(), servedJson(), ""));
    }

    @Test
    void jsonByAcceptIsTheSameDocumentOnEveryRequest() throws IOException {
        String first = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/json")).extract().asString();
        String second = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/json")).extract().asString();
        assertEquals(first, second);
        assertEquals(List.of(), differences(contractFile(), new ObjectMapper().readTree(second), ""));
    }

    @Test
    void yamlIsTheFileByteForByte() throws IOException {
        byte[] served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .contentType("application/yaml;charset=UTF-8").extract().asByteArray();
        assertEquals(Files.readString(Path.of("api-spec/openapi.yaml")), new String(served, StandardCharsets.UTF_8));
    }

    @Test
    void withoutAcceptOrFormatItIsYaml() {
        given().get("/q/openapi").then().statusCode(200).contentType(containsString("application/yaml"));
        given().queryParam("format", "yaml").accept("application/json").get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/yaml"));
    }

    @Test
    void theSuffixedPathsNameTheForm() throws IOException {
        String file = Files.readString(Path.of("api-spec/openapi.yaml"));
        for (String path : List.of("/q/openapi.yaml", "/q/openapi.yml")) {
            assertEquals(file, given().accept("application/json").get(path).then().statusCode(200)
                    .contentType(containsString("application/yaml")).extract().asString(), path);
        }
        String json = given().accept("application/yaml").get("/q/openapi.json").then().statusCode(200)
                .contentType(containsString("application/json")).extract().asString();
        assertEquals(List.of(), differences(contractFile(), new ObjectMapper().readTree(json), ""));
        given().get("/q/openapi.xml").then().statusCode(404);
    }

    /** Checked by hand, not by the YAML reader that also made the JSON: its scalars keep their types. */
    @Test
    void jsonKeepsTheTypesOfTheFilesScalars() throws IOException {
        JsonNode served = servedJson();
        JsonNode from = served.at("/paths/~1api~1diff/get/parameters/0");
        assertTrue(from.at("/schema/examples/0").isTextual(), "'17:3' is a string: " + from);
        assertEquals("17:3", from.at("/schema/examples/0").asText());
        assertTrue(from.at("/required").isBoolean() && from.at("/required").booleanValue(), "required: true");
        JsonNode days = served.at("/components/schemas/NewToken/properties/expiresInDays");
        assertTrue(days.at("/maximum").isIntegralNumber(), "maximum: 365 is a number: " + days);
        assertEquals(365, days.at("/maximum").intValue());
        assertTrue(served.at("/info/version").isTextual(), "version 0.1.0 is a string");
        assertEquals("3.1.0", served.at("/openapi").asText());
    }

    @Test
    void theFormDependsOnAcceptAndSaysSo() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200).header("Vary", "Accept");
        given().accept("application/yaml").get("/q/openapi").then().statusCode(200).header("Vary", "Accept");
    }

    @Test
    void headAnswersTheHeadersOfGetWithoutABody() {
        for (String accept : List.of("application/yaml", "application/json")) {
            Response get = given().accept(accept).get("/q/openapi");
            given().accept(accept).head("/q/openapi").then().statusCode(200)
                    .header("Content-Type", get.getHeader("Content-Type"))
                    .header("Content-Length", String.valueOf(get.asByteArray().length))
                    .body(emptyString());
        }
    }

    @Test
    void optionsNamesTheMethods() {
        given().options("/q/openapi").then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS")
                .body(emptyString());
    }

    @Test
    void aMethodThatWouldChangeTheDocumentIsRefusedAnd405ChangesNothing() throws IOException {
        String before = given().accept("application/yaml").get("/q/openapi").then().extract().asString();
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            given().contentType("application/json").body("{\"openapi\":\"3.1.0\"}").request(method, "/q/openapi").then()
                    .statusCode(405).header("Allow", "GET, HEAD, OPTIONS")
                    .contentType("application/problem+json")
                    .body("status", equalTo(405)).body("title", equalTo("Method not allowed"));
        }
        assertEquals(before, given().accept("application/yaml").get("/q/openapi").then().extract().asString());
    }

    // --- helpers --------------------------------------------------------------------------------

    private static JsonNode contractFile() throws IOException {
        return Contract.read();
    }

    private static JsonNode servedJson() throws IOException {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        return new ObjectMapper().readTree(json);
    }

    private static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (HTTP_METHODS.contains(method)) {
                operations.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }

    private static Set<String> operationIds(JsonNode document) {
        Set<String> ids = new TreeSet<>();
        document.path("paths").forEach(path -> path.forEach(operation -> {
            if (operation.has("operationId")) {
                ids.add(operation.get("operationId").asText());
            }
        }));
        return ids;
    }

    /** JSON pointers where the two documents differ, with both values; empty when they are equal. */
    private static List<String> differences(JsonNode expected, JsonNode actual, String pointer) {
        List<String> differences = new ArrayList<>();
        if (expected.isObject() && actual.isObject()) {
            Set<String> keys = new TreeSet<>(names(expected));
            keys.addAll(names(actual));
            for (String key : keys) {
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!expected.has(key)) {
                    differences.add(child + ": not in the file, served " + actual.get(key));
                } else if (!actual.has(key)) {
                    differences.add(child + ": in the file, not served");
                } else {
                    differences.addAll(differences(expected.get(key), actual.get(key), child));
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                differences.addAll(differences(expected.get(i), actual.get(i), pointer + "/" + i));
            }
        } else if (!sameValue(expected, actual)) {
            differences.add(pointer + ": file " + expected + ", served " + actual);
        }
        return differences;
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
