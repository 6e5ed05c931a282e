package org.lexdraft.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the contract says of each path, read from api-spec/openapi.yaml itself: the methods it
 * supports, so that a 405 can name them in its Allow header (the framework's 405 does not), and
 * which of its operations answer success with no body at all (204), whose only representations are
 * problems, so that an {@code Accept} naming another type need not refuse them.
 */
@Singleton
public class ContractPaths {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private record Route(Pattern path, String allow) {
    }

    /** An operation that answers success without a body. */
    private record Bodiless(String method, Pattern path) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** Few (sign-in, sign-out, ...): every request with an Accept header is checked against them. */
    private final List<Bodiless> bodiless = new ArrayList<>();

    public ContractPaths() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            if (in == null) {
                return;
            }
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(in).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                String template = path.getKey();
                String regex = "/?" + Pattern.quote(template.substring(1)).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q") + "/?";
                Pattern pattern = Pattern.compile(regex);
                Set<String> allowed = new TreeSet<>();
                path.getValue().fields().forEachRemaining(op -> {
                    String method = op.getKey().toUpperCase(Locale.ROOT);
                    if (METHODS.contains(op.getKey())) {
                        allowed.add(method);
                        if (!successHasBody(op.getValue().path("responses"))) {
                            bodiless.add(new Bodiless(method, pattern));
                        }
                    }
                });
                if (allowed.contains("GET")) {
                    allowed.add("HEAD");
                }
                allowed.add("OPTIONS");
                routes.add(new Route(pattern, String.join(", ", allowed)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract", e);
        }
    }

    /** Whether any 2xx or 3xx response of an operation has content (or is a shared response). */
    private static boolean successHasBody(JsonNode responses) {
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            boolean success = response.getKey().startsWith("2") || response.getKey().startsWith("3");
            if (success && (response.getValue().has("content") || response.getValue().has("$ref"))) {
                return true;
            }
        }
        return false;
    }

    /** The Allow header value for a request path, if the contract has that path. */
    public Optional<String> allowFor(String path) {
        return routes.stream().filter(r -> r.path().matcher(path).matches()).map(Route::allow).findFirst();
    }

    /** Whether the contract's operation for this method and path answers success without a body. */
    public boolean answersWithoutBody(String method, String path) {
        for (Bodiless op : bodiless) {
            if (op.method().equalsIgnoreCase(method) && op.path().matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }
}
