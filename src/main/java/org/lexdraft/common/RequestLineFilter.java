package org.lexdraft.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks on the request line before anything else reads it. JAX-RS answers 404 when a query
 * parameter cannot be converted to its type; for paging that would hide a client's mistake, so
 * non-integer {@code page} and {@code size} are refused here with a 400. Paths and parameters with
 * U+0000 or unpaired surrogates are refused too: no name or code can contain them, and PostgreSQL
 * would fail on them.
 */
public class RequestLineFilter {

    @ServerRequestFilter(preMatching = true)
    public void checkRequestLine(ContainerRequestContext request) {
        if (StrictJson.firstInvalid(request.getUriInfo().getPath()) >= 0) {
            throw Problems.badRequest("The path contains U+0000 or an unpaired surrogate.");
        }
        var query = request.getUriInfo().getQueryParameters();
        query.forEach((name, values) -> values.forEach(value -> {
            if (StrictJson.firstInvalid(name) >= 0 || StrictJson.firstInvalid(value) >= 0) {
                throw Problems.invalidField(name, "contains U+0000 or an unpaired surrogate");
            }
        }));
        for (String name : List.of("page", "size", "version")) {
            List<String> values = query.get(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                if (!value.matches("-?[0-9]{1,9}")) {
                    throw Problems.invalidField(name, "must be an integer");
                }
            }
        }
    }
}
