package org.lexdraft.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads {@code Accept} before anything else does (RFC 9110, section 12.5.1). The framework parses it
 * only when it writes the response, which is after a write has committed, and fails on an empty one;
 * so an empty or blank {@code Accept} (no preference) is removed here, a malformed one or one that
 * accepts nothing ({@code q=0} throughout) is refused with 406, and a well-formed one is passed on
 * in a canonical form the framework reads. An operation that answers success with no body (204) has
 * no representation to negotiate, and its errors are problems whatever the client accepts: a
 * well-formed {@code Accept} is then set aside, so that {@code Accept: application/json} does not
 * turn a sign-out into a 406.
 */
public class AcceptFilter {

    @Inject
    ContractPaths contract;

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[\\t \\x21\\x23-\\x5B\\x5D-\\x7E\\x80-\\xFF]|\\\\[\\t \\x21-\\x7E\\x80-\\xFF])*\"";
    private static final Pattern RANGE = Pattern.compile("(" + TOKEN + ")/(" + TOKEN + ")");
    private static final Pattern PARAMETER = Pattern.compile("(" + TOKEN + ")=(" + TOKEN + "|" + QUOTED + ")");
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    @ServerRequestFilter(preMatching = true, priority = 10)
    public void checkAccept(ContainerRequestContext request, HttpServerRequest vertxRequest) {
        List<String> values = vertxRequest.headers().getAll(HttpHeaders.ACCEPT);
        if (values == null || values.isEmpty()) {
            return;
        }
        String canonical;
        try {
            canonical = canonical(String.join(",", values));
        } catch (IllegalArgumentException e) {
            forget(request, vertxRequest);
            throw Problems.notAcceptable("The Accept header is malformed (" + e.getMessage()
                    + "); name media types such as application/json, or leave Accept out.");
        }
        if (canonical == null || contract.answersWithoutBody(request.getMethod(), request.getUriInfo().getPath())) {
            forget(request, vertxRequest);
        } else {
            // both views of the headers: the framework reads the Vert.x one when it writes the response
            vertxRequest.headers().set(HttpHeaders.ACCEPT, canonical);
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, canonical);
        }
    }

    private static void forget(ContainerRequestContext request, HttpServerRequest vertxRequest) {
        vertxRequest.headers().remove(HttpHeaders.ACCEPT);
        request.getHeaders().remove(HttpHeaders.ACCEPT);
    }

    /**
     * The header in a canonical form, or null when it states no preference (empty, blank, only commas).
     *
     * @throws IllegalArgumentException naming what is malformed, or when nothing is acceptable
     */
    static String canonical(String header) {
        List<String> ranges = new ArrayList<>();
        boolean anyAcceptable = false;
        for (String element : header.split(",", -1)) {
            if (element.isBlank()) {
                continue; // empty list elements are allowed (RFC 9110, section 5.6.1)
            }
            String[] parts = element.split(";", -1);
            String range = parts[0].strip();
            Matcher m = RANGE.matcher(range);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + shorten(range) + "' is not a media range");
            }
            if (m.group(1).equals("*") && !m.group(2).equals("*")) {
                throw new IllegalArgumentException("'" + shorten(range) + "' is not a media range");
            }
            StringBuilder canonicalRange = new StringBuilder(range);
            double q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.isEmpty()) {
                    continue;
                }
                Matcher p = PARAMETER.matcher(parameter);
                if (!p.matches()) {
                    throw new IllegalArgumentException("'" + shorten(parameter) + "' is not a parameter");
                }
                if (p.group(1).equalsIgnoreCase("q")) {
                    if (!QVALUE.matcher(p.group(2)).matches()) {
                        throw new IllegalArgumentException("q=" + shorten(p.group(2)) + " is not a weight from 0 to 1");
                    }
                    q = Double.parseDouble(p.group(2));
                    canonicalRange.append(";q=").append(p.group(2));
                } else {
                    canonicalRange.append(';').append(p.group(1)).append('=').append(p.group(2));
                }
            }
            anyAcceptable |= q > 0;
            ranges.add(canonicalRange.toString());
        }
        if (ranges.isEmpty()) {
            return null;
        }
        if (!anyAcceptable) {
            throw new IllegalArgumentException("every media range has q=0");
        }
        return String.join(", ", ranges);
    }

    private static String shorten(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        // the detail is JSON-escaped by the serializer, but keep it printable for logs and people
        return shown.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
