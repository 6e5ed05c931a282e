package org.lexdraft.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies above the configured limit before they are parsed: a declared Content-Length here,
 * at once; a body without one (chunked) in {@link BodyLimitReader}, as soon as the bytes read pass
 * the limit. The Vert.x ceiling quarkus.http.limits.max-body-size is higher, so the client gets our
 * problem+json, not an empty 413.
 */
public class BodyLimitFilter {

    @Inject
    BodyLimit bodyLimit;

    @ServerRequestFilter(preMatching = true)
    public void limitBody(ContainerRequestContext request) {
        long limit = bodyLimit.maxBytes();
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return; // counted while it is read, by BodyLimitReader
        }
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
