package org.lexdraft.access;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.lexdraft.common.Challenge;
import org.lexdraft.common.ProblemException;

/**
 * Cross-site request forgery: a browser attaches the session cookie to any site's request, so a
 * write that the cookie would authenticate must come from the service's own origin or one allowed
 * by {@code quarkus.http.cors.origins}. The sign-in itself is held to the same rule, so no other
 * site can sign a browser in. Requests with an Authorization header are not the cookie's.
 */
public class OriginCheck {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    // resolved per request: filters are created before the runtime configuration is ready
    @Inject
    Instance<AllowedOrigins> allowed;

    @ServerRequestFilter(preMatching = true)
    public void checkOrigin(ContainerRequestContext request, HttpServerRequest http) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        boolean cookie = request.getCookies().containsKey(Challenge.SESSION_COOKIE);
        boolean signIn = request.getUriInfo().getPath().equals("/api/session");
        if (!cookie && !signIn) {
            return;
        }
        String origin = originOf(request);
        if (origin == null) {
            if (signIn && !cookie) {
                return; // a script or curl signing in: nothing a browser would send without Origin
            }
            throw forbidden("A write with the session cookie must carry an Origin header.");
        }
        String own = (http.isSSL() ? "https" : request.getUriInfo().getBaseUri().getScheme()) + "://"
                + request.getUriInfo().getBaseUri().getAuthority();
        if (!origin.equalsIgnoreCase(own) && !allowed.get().contains(origin)) {
            throw forbidden("Requests with the session cookie are accepted only from this service's own origin"
                    + " or an allowed one; " + origin + " is neither.");
        }
    }

    private static String originOf(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin != null && !origin.isBlank() && !origin.equals("null")) {
            return origin.strip();
        }
        String referer = request.getHeaderString("Referer");
        if (referer == null) {
            return origin == null ? null : "null";
        }
        try {
            URI uri = URI.create(referer.strip());
            return uri.getScheme() == null || uri.getAuthority() == null ? "null" : uri.getScheme() + "://" + uri.getAuthority();
        } catch (IllegalArgumentException e) {
            return "null";
        }
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden-origin", "Forbidden origin", detail, null, null);
    }

    /** The origins CORS allows ({@code quarkus.http.cors.origins}), which cookie writes may come from too. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class AllowedOrigins {

        @ConfigProperty(name = "quarkus.http.cors.origins")
        Optional<List<String>> origins;

        @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false")
        boolean corsEnabled;

        boolean contains(String origin) {
            return corsEnabled && origins.orElse(List.of()).stream()
                    .anyMatch(o -> o.strip().toLowerCase(Locale.ROOT).equals(origin.toLowerCase(Locale.ROOT)));
        }
    }
}
