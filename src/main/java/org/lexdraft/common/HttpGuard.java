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
 * the framework's own body (which names exceptions, and in tests a stack). A request line or header
 * block past lexdraft's limits is refused here with 414 or 431 problem+json; Vert.x's own ceilings,
 * set far above them, refuse while decoding, as does an unparseable header or Content-Length (400):
 * those never reach the router, and get an empty body and a closed connection. A request with more
 * than one Host is refused too (RFC 9112, section 3.2). Every refusal here closes the connection after
 * its answer on HTTP/1.x.
 */
@ApplicationScoped
public class HttpGuard {

    private static final Logger LOG = Logger.getLogger(HttpGuard.class);

    @Inject
    ObjectMapper json;

    @Inject
    LexdraftConfig config;

    void install(@Observes Router router) {
        router.route().order(-10_001).handler(this::limitSizes);
        router.route().order(-10_000).handler(this::requireHost);
        router.route().order(-10_000).failureHandler(this::failure);
    }

    private void limitSizes(RoutingContext ctx) {
        var request = ctx.request();
        // "METHOD SP request-target SP HTTP/1.1", as Vert.x counts it
        long line = request.method().name().length() + 1L + request.uri().length() + 9;
        if (line > config.limits().maxRequestLine()) {
            respond(ctx, ProblemMapper.problem(414, "uri-too-long", "URI too long", "The request line has " + line
                    + " bytes; at most " + config.limits().maxRequestLine() + " are accepted."));
            return;
        }
        long headers = 0;
        for (var header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        if (headers > config.limits().maxHeaderBytes()) {
            respond(ctx, ProblemMapper.problem(431, "headers-too-large", "Request header fields too large",
                    "The header fields have " + headers + " bytes; at most " + config.limits().maxHeaderBytes()
                            + " are accepted."));
            return;
        }
        ctx.next();
    }

    private void requireHost(RoutingContext ctx) {
        if (ctx.request().version() != HttpVersion.HTTP_1_0 && ctx.request().authority() == null) {
            respond(ctx, ProblemMapper.problem(400, "bad-request", "Bad request",
                    "The Host header is missing or malformed."));
            return;
        }
        if (ctx.request().headers().getAll(HttpHeaders.HOST).size() > 1) { // RFC 9112, section 3.2
            respond(ctx, ProblemMapper.problem(400, "bad-request", "Bad request",
                    "The request has more than one Host header."));
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
            problem = ProblemMapper.internal();
        } else { // a 404 is the router matching nothing, as for CONNECT's authority-form target
            problem = ProblemMapper.forStatus(status, "The request is malformed.");
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
        var response = ctx.response().setStatusCode(problem.getStatus())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json");
        if (ctx.request().version() == HttpVersion.HTTP_2) {
            response.end(body);
            return;
        }
        // a client refused here is not kept waiting on the socket: the connection is closed, as the
        // header says, once the answer is out. Not while the body is still arriving: closing with
        // unread data resets the connection, and the client could lose the answer; Vert.x reads the
        // rest of such a body by its framing and discards it
        response.putHeader(HttpHeaders.CONNECTION, "close").end(body).onComplete(sent -> {
            if (ctx.request().isEnded()) {
                ctx.request().connection().close();
            }
        });
    }
}
