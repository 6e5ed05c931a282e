package org.lexdraft.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Contract;

/**
 * The build generates bean-validation annotations only on the models a request can carry (pom.xml,
 * {@code lexdraft.request-models}), so that Hibernate Validator does not build start-up metadata for
 * response models that are never validated. This keeps that list equal to what the contract says a
 * request can carry: a new request body missing from it would otherwise go unvalidated.
 */
class RequestModelsTest {

    private static final Path MODELS = Path.of("target", "generated-sources", "openapi", "src", "gen", "java", "org",
            "lexdraft", "api", "model");

    @Test
    void theListInThePomIsWhatTheContractLetsARequestCarry() throws IOException {
        assertEquals(reachableFromRequests(), listedInPom(),
                "lexdraft.request-models in pom.xml must name every schema reachable from a request body or parameter");
    }

    @Test
    void listedModelsAreGeneratedWithConstraintsAndTheOthersWithout() throws Exception {
        Set<String> listed = listedInPom();
        Set<String> all = new TreeSet<>();
        Set<String> enums = new TreeSet<>();
        Set<String> constrained = new TreeSet<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString().replace(".java", "");
                Class<?> model = Class.forName("org.lexdraft.api.model." + name);
                all.add(name);
                if (model.isEnum()) {
                    enums.add(name);
                }
                if (constrained(model)) {
                    constrained.add(name);
                }
            }
        }
        assertTrue(all.containsAll(listed), "every listed model is generated");
        assertTrue(all.size() > listed.size() + 20, "the response models are generated too");
        Set<String> expected = new TreeSet<>(listed);
        expected.removeAll(enums);
        assertFalse(expected.isEmpty());
        assertEquals(expected, constrained, "constraints on exactly the request models that are not enums");
    }

    private static boolean constrained(Class<?> model) {
        Stream<AnnotatedElement> members = Stream.concat(Arrays.stream(model.getDeclaredFields()),
                Arrays.stream(model.getDeclaredMethods()));
        return members.flatMap(member -> Arrays.stream(member.getAnnotations())).map(Annotation::annotationType)
                .anyMatch(type -> type.getName().startsWith("jakarta.validation."));
    }

    private static Set<String> listedInPom() throws IOException {
        Matcher m = Pattern.compile("<lexdraft\\.request-models>([^<]*)</lexdraft\\.request-models>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), "pom.xml defines lexdraft.request-models");
        Set<String> names = new TreeSet<>();
        for (String name : m.group(1).split(",")) {
            names.add(name.trim());
        }
        return names;
    }

    /** Schemas named by a request body or a parameter of any operation, and what they refer to. */
    private static Set<String> reachableFromRequests() throws IOException {
        JsonNode contract = Contract.read();
        Deque<JsonNode> todo = new ArrayDeque<>();
        contract.path("paths").forEach(path -> {
            todo.add(path.path("parameters"));
            path.forEach(operation -> {
                todo.add(operation.path("requestBody"));
                todo.add(operation.path("parameters"));
            });
        });
        Set<String> seen = new TreeSet<>();
        Set<String> schemas = new TreeSet<>();
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && seen.add(ref.asText())) {
                String[] parts = ref.asText().split("/");
                JsonNode target = contract.at(ref.asText().substring(1));
                if ("schemas".equals(parts[parts.length - 2])) {
                    schemas.add(parts[parts.length - 1]);
                }
                todo.add(target);
            }
            node.forEach(todo::add);
        }
        return schemas;
    }
}
