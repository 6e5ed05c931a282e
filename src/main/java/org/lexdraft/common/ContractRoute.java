package org.lexdraft.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
 * Serves {@code /q/openapi}: api-spec/openapi.yaml byte for byte as YAML, or the same document as
 * JSON ({@code ?format=json}, or an Accept of JSON and not of YAML), converted from the file on a
 * worker thread on the first request for it. {@code /q/openapi.json}, {@code .yaml} and {@code .yml}
 * name the form themselves. HEAD answers GET's headers; OPTIONS names the methods; any other method
 * is refused with 405, as the document cannot be changed. The route comes after Quarkus's CORS filter
 * (order -300), so that a frontend on an allowed origin may read the contract too.
 *
 * <p>SmallRye OpenAPI served it before, and it is told to ignore the file now
 * ({@code quarkus.smallrye-openapi.ignore-static-document}): at every start it parsed its copy of the
 * contract and wrote it again as JSON and as YAML, a fifth of a second before ready on 2 cores
 * (docs/PERFORMANCE.md), and its YAML lost the quotes of {@code '17:3'}, which a YAML 1.1 reader then
 * takes for the integer 1023; it also answered POST, PUT and DELETE with the document.
 */
@ApplicationScoped
public class ContractRoute {

    private static final String RESOURCE = "META-INF/openapi.yaml";
    private static final String ALLOW = "GET, HEAD, OPTIONS";
    /** After Quarkus's CORS filter (priority 300, route order -300), before SmallRye's own routes. */
    static final int ORDER = -200;

    private final Buffer yaml = load();

    /** The JSON form, made once from {@link #yaml} on its first request. */
    private volatile Buffer jsonForm;

    void install(@Observes Router router) {
        router.routeWithRegex("/q/openapi(\\.json|\\.yaml|\\.yml)?").order(ORDER).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.OPTIONS) {
            ctx.response().putHeader("Allow", ALLOW).putHeader("Content-Length", "0").end();
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            refuse(ctx);
            return;
        }
        boolean wantsJson = wantsJson(ctx);
        Buffer cached = wantsJson ? jsonForm : yaml;
        if (cached != null) {
            respond(ctx, method, wantsJson, cached);
        } else {
            ctx.vertx().executeBlocking(this::jsonForm, false)
                    .onSuccess(body -> respond(ctx, method, true, body))
                    .onFailure(ctx::fail);
        }
    }

    private static boolean wantsJson(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.endsWith(".json")) {
            return true;
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return false;
        }
        String format = ctx.request().getParam("format");
        String accept = ctx.request().getHeader("Accept");
        return format != null ? format.equalsIgnoreCase("json")
                : accept != null && accept.contains("json") && !accept.contains("yaml");
    }

    private static void respond(RoutingContext ctx, HttpMethod method, boolean json, Buffer body) {
        var response = ctx.response()
                .putHeader("Content-Type", (json ? "application/json" : "application/yaml") + ";charset=UTF-8")
                .putHeader("Vary", "Accept");
        if (method == HttpMethod.HEAD) {
            response.putHeader("Content-Length", Integer.toString(body.length())).end();
        } else {
            response.end(body);
        }
    }

    /** HttpGuard's failure handler answers the 405 problem, as for any refusal on the router. */
    private static void refuse(RoutingContext ctx) {
        ctx.response().putHeader("Allow", ALLOW);
        ctx.fail(405);
    }

    private Buffer jsonForm() {
        Buffer converted = jsonForm;
        if (converted == null) {
            try {
                converted = Buffer.buffer(new ObjectMapper().writeValueAsBytes(
                        new ObjectMapper(new YAMLFactory()).readTree(yaml.getBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot convert the contract to JSON", e);
            }
            jsonForm = converted;
        }
        return converted;
    }

    private static Buffer load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract", e);
        }
    }
}
