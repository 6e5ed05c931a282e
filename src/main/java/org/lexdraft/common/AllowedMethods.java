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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path supports, read from the contract itself, so that a 405 can name them in
 * its Allow header (the framework's 405 does not).
 */
@Singleton
public class AllowedMethods {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private record Route(Pattern path, String allow) {
    }

    private final List<Route> routes = new ArrayList<>();

    public AllowedMethods() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            if (in == null) {
                return;
            }
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(in).path("paths");
            for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
                String template = it.next();
                Set<String> allowed = new TreeSet<>();
                paths.get(template).fieldNames().forEachRemaining(m -> {
                    if (METHODS.contains(m)) {
                        allowed.add(m.toUpperCase(Locale.ROOT));
                    }
                });
                if (allowed.contains("GET")) {
                    allowed.add("HEAD");
                }
                allowed.add("OPTIONS");
                String regex = "/?" + Pattern.quote(template.substring(1)).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q") + "/?";
                routes.add(new Route(Pattern.compile(regex), String.join(", ", allowed)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract", e);
        }
    }

    /** The Allow header value for a request path, if the contract has that path. */
    public Optional<String> forPath(String path) {
        return routes.stream().filter(r -> r.path().matcher(path).matches()).map(Route::allow).findFirst();
    }
}
