package org.lexdraft.common;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves {@code /q/openapi} as YAML byte for byte as api-spec/openapi.yaml. SmallRye OpenAPI writes
 * its own YAML, in which {@code '17:3'} loses its quotes, and a YAML 1.1 reader then takes the
 * example for the integer 1023; the file quotes it. JSON ({@code ?format=json} or an Accept of JSON)
 * is still SmallRye's, where there is no such ambiguity.
 */
@ApplicationScoped
public class ContractRoute {

    private final Buffer contract = load();

    void install(@Observes Router router) {
        router.get("/q/openapi").order(-9_000).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        String accept = ctx.request().getHeader("Accept");
        boolean json = format != null ? format.equalsIgnoreCase("json") : accept != null && accept.contains("json")
                && !accept.contains("yaml");
        if (json || contract == null) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("Content-Type", "application/yaml;charset=UTF-8").end(contract);
    }

    private static Buffer load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            return in == null ? null : Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract", e);
        }
    }
}
