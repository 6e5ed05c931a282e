package org.lexdraft.fuzz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Contract;
import org.lexdraft.support.property.Gen;
import org.lexdraft.support.property.Property;
import org.lexdraft.support.property.Source;

/**
 * Requests generated from api-spec/openapi.yaml (every operation, path and query parameters and
 * bodies from their schemas, then broken in the ways clients break them), seeded like the property
 * tests: no answer is a 5xx, and every 4xx carries a problem+json body.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Gen<String> JUNK = Gen.of("", " ", "0", "-1", "2147483648", "99999999999999999999", "1.5",
            "abc", "17:3", "17:-1", ":", "a:b", "%00", "\uD83D\uDC4D", "\u0000", "null", "true", "[]", "{}",
            "x".repeat(300), "../..", "ÄÖÜ", "\u202Etxt", "1e9");

    private record Operation(String method, String path, JsonNode spec) {
    }

    @Test
    void generatedRequestsNeverGetA5xxAndEvery4xxIsAProblem() throws Exception {
        JsonNode contract = Contract.read();
        List<Operation> operations = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                operations.add(new Operation(m.getKey().toUpperCase(), path.getKey(), m.getValue()));
            }
        }));
        Api.Team team = Api.Team.create();
        String slug = Api.term();
        long draft = Api.draft(team.drafter(), slug, "Cluster munition means a [conventional] munition.", "tabled");
        Api.version(team.drafter(), draft, "Cluster munition means a munition.", 1);
        long comment = Api.comment(team.drafter(), draft, Map.of("version", 1, "body", "A remark."));
        Map<String, String> valid = Map.of("id", String.valueOf(draft), "n", "1", "cid", String.valueOf(comment),
                "slug", slug, "code", team.code(), "username", team.drafter());
        List<String> refs = List.of(draft + ":1", draft + ":2", draft + ":9", "1:1", "0:0");

        Gen<Operation> operation = Gen.of(operations);
        Property.tries(2500).check(operation, Gen.integers(0, Integer.MAX_VALUE), (op, seed) -> {
            Source source = Source.seeded(seed);
            String path = op.path();
            StringBuilder query = new StringBuilder();
            for (JsonNode parameter : parameters(contract, op.spec())) {
                String name = parameter.path("name").asText();
                String value = source.between(0, 9) < 7
                        ? valueFor(name, parameter.path("schema"), contract, valid, refs, source)
                        : JUNK.generate(source);
                String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
                if (parameter.path("in").asText().equals("path")) {
                    path = path.replace("{" + name + "}", encoded.isEmpty() ? "%20" : encoded);
                } else if (source.between(0, 3) > 0 || parameter.path("required").asBoolean()) {
                    query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(encoded);
                }
            }
            RequestSpecification request = switch (source.between(0, 5)) {
                case 0 -> Api.anonymous();
                case 1 -> Api.as(team.observer());
                case 2 -> Api.as(team.drafter(), "wrong-password");
                case 3 -> Api.as(team.drafter());
                default -> Api.admin();
            };
            request = request.urlEncodingEnabled(false);
            if (source.between(0, 9) == 0) {
                request = request.header("Accept", Gen.of("", "text/html", "application/xml", "*/*;q=0", "garbage",
                        "text/x-diff", "application/problem+json").generate(source));
            }
            JsonNode bodySchema = op.spec().path("requestBody").path("content").path("application/json").path("schema");
            if (!bodySchema.isMissingNode()) {
                request = request.body(body(bodySchema, contract, valid, refs, source));
            }
            Response response = request.request(op.method(), path + query);

            int status = response.statusCode();
            String what = op.method() + " " + path + query + " -> " + status + " " + response.asString();
            assertTrue(status < 500, what);
            if (status >= 400 && !response.asString().isEmpty()) {
                assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"), what);
            }
            if (status >= 400) {
                assertTrue(!response.asString().isEmpty(), "a 4xx without a problem body: " + what);
            }
        });
    }

    private static List<JsonNode> parameters(JsonNode contract, JsonNode operation) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            result.add(resolve(contract, parameter));
        }
        return result;
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        while (node.has("$ref")) {
            node = contract.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static String valueFor(String name, JsonNode schema, JsonNode contract, Map<String, String> valid,
                                   List<String> refs, Source source) {
        if (valid.containsKey(name) && source.between(0, 3) > 0) {
            return valid.get(name);
        }
        if (name.equals("from") || name.equals("to")) {
            return Gen.of(refs).generate(source);
        }
        JsonNode value = value(resolve(contract, schema), contract, valid, refs, source, 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** A body: mostly a value of the schema with one thing broken, sometimes text that is no JSON. */
    private static String body(JsonNode schema, JsonNode contract, Map<String, String> valid, List<String> refs,
                               Source source) {
        JsonNode value = value(resolve(contract, schema), contract, valid, refs, source, 0);
        switch (source.between(0, 9)) {
            case 0:
                return Gen.of("", "{", "null", "[]", "\"text\"", "{\"a\":1}x", "{\"a\":1,\"a\":2}", "{}", "\u0000")
                        .generate(source);
            case 1:
                if (value instanceof ObjectNode object && object.size() > 0) {
                    Iterator<String> names = object.fieldNames();
                    object.remove(names.next());
                }
                break;
            case 2:
                if (value instanceof ObjectNode object) {
                    object.put("id", 1).put("unknownField", "x");
                }
                break;
            case 3:
                if (value instanceof ObjectNode object && object.size() > 0) {
                    String first = object.fieldNames().next();
                    object.set(first, Gen.<JsonNode>of(JSON.nullNode(), JSON.numberNode(-1), JSON.booleanNode(true),
                            JSON.textNode(""), JSON.arrayNode(), JSON.objectNode(), JSON.textNode("x".repeat(5000)))
                            .generate(source));
                }
                break;
            default:
                break;
        }
        return value.toString();
    }

    private static JsonNode value(JsonNode given, JsonNode contract, Map<String, String> valid, List<String> refs,
                                  Source source, int depth) {
        JsonNode schema = resolve(contract, given);
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            values.add(JSON.textNode("not-a-value"));
            return Gen.of(values).generate(source);
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(combinator) && schema.get(combinator).size() > 0) {
                return value(schema.get(combinator).get(source.between(0, schema.get(combinator).size() - 1)),
                        contract, valid, refs, source, depth + 1);
            }
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText("");
        switch (type) {
            case "object": {
                ObjectNode object = JSON.objectNode();
                if (depth > 3) {
                    return object;
                }
                schema.path("properties").fields().forEachRemaining(p -> {
                    boolean required = false;
                    for (JsonNode r : schema.path("required")) {
                        required |= r.asText().equals(p.getKey());
                    }
                    if (required || source.nextBoolean()) {
                        object.set(p.getKey(), value(p.getValue(), contract, valid, refs, source, depth + 1));
                    }
                });
                return object;
            }
            case "array": {
                ArrayNode array = JSON.arrayNode();
                int n = source.between(0, 3);
                for (int i = 0; i < n && depth <= 3; i++) {
                    array.add(value(schema.path("items"), contract, valid, refs, source, depth + 1));
                }
                return array;
            }
            case "integer":
                return JSON.numberNode(Gen.of(0, 1, 2, -1, 3, 200, 201, 100_001, Integer.MAX_VALUE).generate(source));
            case "number":
                return JSON.numberNode(source.between(-1, 2) * 0.5);
            case "boolean":
                return JSON.booleanNode(source.nextBoolean());
            default:
                String text = source.between(0, 3) == 0 ? JUNK.generate(source)
                        : Gen.of(refs).generate(source).equals("1:1") ? "Cluster munition means a munition."
                        : source.nextBoolean() ? Gen.of(refs).generate(source)
                        : Api.code().toLowerCase();
                return JSON.textNode(text);
        }
    }
}
