package org.lexdraft.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.lexdraft.api.model.Problem;

/**
 * problem+json for what fails below JAX-RS, on the Vert.x router: an HTTP/1.1 request without a
 * usable Host is refused here, and a failure no JAX-RS mapper saw is answered as a problem instead of
 * the framework's own body (which names exceptions, and in tests a stack). What Vert.x refuses while
 * decoding (a request line past the limit: 414, headers past the limit: 431, an unparseable header
 * or Content-Length: 400) never reaches the router; it gets an empty body and a closed connection.
 */
@ApplicationScoped
public class HttpGuard {

    private static final Logger LOG = Logger.getLogger(HttpGuard.class);

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(-10_000).handler(this::requireHost);
        router.route().order(-10_000).failureHandler(this::failure);
    }

    private void requireHost(RoutingContext ctx) {
        if (ctx.request().version() != HttpVersion.HTTP_1_0 && ctx.request().authority() == null) {
            respond(ctx, ProblemMapper.problem(400, "bad-request", "Bad request",
                    "The Host header is missing or malformed."));
            return;
        }
        ctx.next();
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (ctx.failure() != null && String.valueOf(ctx.failure().getMessage()).contains("'Host' header")) {
            status = 400;
        }
        Problem problem;
        if (status >= 500) {
            LOG.error("Request failed below JAX-RS", ctx.failure());
            problem = ProblemMapper.problem(500, "internal", "Internal error", "The server could not complete the request.");
        } else if (status == 413) {
            problem = ProblemMapper.problem(413, "payload-too-large", "Payload too large", "The request body is too large.");
        } else {
            problem = ProblemMapper.problem(status, "bad-request", "Bad request", "The request is malformed.");
        }
        respond(ctx, problem);
    }

    private void respond(RoutingContext ctx, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.getStatus() + "}";
        }
        ctx.response().setStatusCode(problem.getStatus())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
