package org.lexdraft.page;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the review page's {@code index.html} at each of its view addresses, so that a link to a
 * term, a draft or a diff opens the page, which then renders the view from the address. Only the
 * exact view addresses are answered here; {@code /api} and {@code /q} never reach this class.
 */
@ApplicationScoped
public class PageRoutes {

    static final String INDEX = "META-INF/resources/index.html";

    /** The addresses of the views (DESIGN.md, API.md "Operations"). */
    static final String VIEWS = "^/(terms/[a-z0-9][a-z0-9-]{0,63}|drafts/[0-9]{1,18}|diff)?$";

    /**
     * The page loads only its own scripts and styles and talks only to its own origin; nothing
     * may frame it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final Buffer index = Buffer.buffer(readIndex());

    void addRoutes(@Observes Router router) {
        router.routeWithRegex(VIEWS).method(HttpMethod.GET).method(HttpMethod.HEAD).order(-1).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        var response = context.response();
        response.putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "same-origin");
        if (context.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", Integer.toString(index.length())).end();
        } else {
            response.end(index);
        }
    }

    private static byte[] readIndex() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException(INDEX + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
