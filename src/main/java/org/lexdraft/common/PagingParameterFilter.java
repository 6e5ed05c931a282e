package org.lexdraft.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JAX-RS answers 404 when a query parameter cannot be converted to its type; for paging that would
 * hide a client's mistake, so non-integer {@code page} and {@code size} are refused here with a 400.
 */
public class PagingParameterFilter {

    @ServerRequestFilter(preMatching = true)
    public void checkPaging(ContainerRequestContext request) {
        var query = request.getUriInfo().getQueryParameters();
        for (String name : List.of("page", "size")) {
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
