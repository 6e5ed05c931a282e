package org.lexdraft.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Contract;

@QuarkusTest
class OperationsTest {

    private static final String DB_CHECK = "Database connections health check";
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    // --- health ---------------------------------------------------------------------------------

    @Test
    void healthIsUpWithDatabaseCheckWithoutSignIn() {
        given().get("/q/health").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(DB_CHECK))
                .body("checks.find { it.name == '" + DB_CHECK + "' }.status", equalTo("UP"));
    }

    @Test
    void readinessIsUpWithDatabaseCheck() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + DB_CHECK + "' }.status", equalTo("UP"));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    // --- metrics --------------------------------------------------------------------------------

    @Test
    void metricsExposeHttpServerRequestsInPrometheusFormat() {
        Api.admin().get("/api/terms").then().statusCode(200);

        management().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("# TYPE http_server_requests_seconds summary"))
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/terms\""));
    }

    @Test
    void metricsExposeJvmAndDatabasePoolMetrics() {
        Api.admin().get("/api/terms").then().statusCode(200); // at least one connection has been used

        String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM memory is reported");
        // the pool of the default datasource (Agroal), as gauges with their values
        double active = sample(metrics, "agroal_active_count");
        double available = sample(metrics, "agroal_available_count");
        double maxUsed = sample(metrics, "agroal_max_used_count");
        assertTrue(maxUsed >= 1, "a connection was used at some point: " + maxUsed);
        assertTrue(active >= 0 && available >= 0 && active + available <= 16,
                "within quarkus.datasource.jdbc.max-size: active " + active + ", available " + available);
        sample(metrics, "agroal_awaiting_count");
    }

    /** The value of the one sample of {@code name} for the default datasource in a Prometheus text page. */
    private static double sample(String metrics, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?m)^" + name + "\\{([^}]*)\\}\\s+(\\S+)$").matcher(metrics);
        List<Double> values = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).contains("datasource=\"default\"")) {
                values.add(Double.parseDouble(m.group(2)));
            }
        }
        assertEquals(1, values.size(), () -> "one " + name + "{datasource=\"default\"} sample in:\n"
                + metrics.lines().filter(l -> l.startsWith("agroal")).toList());
        return values.get(0);
    }

    @Test
    void metricsLabelUnknownPathsWithoutTheRawPath() {
        String probe = "probe-" + Api.code().toLowerCase();
        Api.admin().get("/api/nope/" + probe).then().statusCode(404);

        String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains(probe), "unbounded uri label for an unknown path");
    }

    @Test
    void metricsAreNotOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
        Api.admin().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void metricsNameNoDraftOrCommentOfAnyone() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), "Cluster munition means a munition.", "delegation");
        Api.version(team.drafter(), draft, "Cluster munition means a weapon.", 1);

        String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains("/api/drafts/" + draft), "a series names the private draft's path");
        assertFalse(java.util.regex.Pattern.compile("=\"" + draft + "\"").matcher(metrics).find(),
                "a label names the private draft");
        assertTrue(metrics.contains("uri=\"/api/drafts/{id}/versions\""), "versions are counted by template only");
    }

    @jakarta.inject.Inject
    io.quarkus.vertx.http.HttpServer httpServer;

    /** The management interface: loopback only, a random port in tests. */
    private io.restassured.specification.RequestSpecification management() {
        return given().baseUri("http://127.0.0.1").port(httpServer.getManagementPort());
    }

    // --- the contract ---------------------------------------------------------------------------

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
