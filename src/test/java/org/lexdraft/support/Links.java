package org.lexdraft.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RFC 8288 {@code Link} header fields of a response, parsed: every link is {@code <target>} followed by
 * {@code ; name=value} parameters, and a {@code rel} may name several relations separated by spaces.
 */
public final class Links {

    private static final Pattern LINK = Pattern.compile("\\s*<([^>]*)>\\s*((?:;[^;]*)*)");
    private static final Pattern PARAM = Pattern.compile(";\\s*([^=;\\s]+)\\s*(?:=\\s*(?:\"([^\"]*)\"|([^;,\\s]*)))?");

    private Links() {
    }

    /** Relation to target of every link of the response, in order; fails on a malformed field or a relation given twice. */
    public static Map<String, String> of(Response response) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String field : response.headers().getValues("Link")) {
            for (String link : field.split(",(?=\\s*<)")) {
                Matcher m = LINK.matcher(link);
                assertTrue(m.matches(), "a well-formed link: " + link);
                Matcher param = PARAM.matcher(m.group(2));
                while (param.find()) {
                    if (!param.group(1).equalsIgnoreCase("rel")) {
                        continue;
                    }
                    String rels = param.group(2) != null ? param.group(2) : param.group(3);
                    for (String rel : rels.trim().split("\\s+")) {
                        String before = links.putIfAbsent(rel.toLowerCase(), m.group(1));
                        assertTrue(before == null, "relation " + rel + " given once: " + fields(response));
                    }
                }
            }
        }
        return links;
    }

    /** The relations the response links to. */
    public static java.util.Set<String> rels(Response response) {
        return of(response).keySet();
    }

    /** The target of the link with relation {@code rel}; fails if there is none. */
    public static String target(Response response, String rel) {
        String target = of(response).get(rel);
        if (target == null) {
            throw new AssertionError("no " + rel + " link in " + fields(response));
        }
        return target;
    }

    /** The query parameter {@code name} of a link target (the first one), or null. */
    public static String query(String target, String name) {
        int q = target.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : target.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static List<String> fields(Response response) {
        return response.headers().getValues("Link");
    }
}
