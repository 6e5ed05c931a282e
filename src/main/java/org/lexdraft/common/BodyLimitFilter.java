package org.lexdraft.common;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses declared bodies above the configured limit before anything reads them. Bodies without a
 * Content-Length are bounded by quarkus.http.limits.max-body-size.
 */
public class BodyLimitFilter {

    // resolved per request: filters are created before the runtime configuration is ready
    @Inject
    Instance<LexdraftConfig> config;

    @ServerRequestFilter(preMatching = true)
    public void limitBody(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return;
        }
        long limit = config.get().limits().maxBodyBytes();
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw Problems.badRequest("Content-Length is not a number.");
        }
        if (length > limit) {
            throw Problems.payloadTooLarge(limit);
        }
    }
}
