package org.lexdraft.drafting;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.lexdraft.api.DiffsApi;

@Authenticated
public class DiffResource implements DiffsApi {

    static final MediaType REDLINE = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    static final MediaType PATCH = new MediaType("text", "x-diff", "UTF-8");

    @Inject
    DiffService service;

    @Context
    HttpHeaders headers;

    @Override
    public Response getDiff(String from, String to, String granularity) {
        DiffService.Format format = negotiate(headers.getAcceptableMediaTypes());
        Object body = service.diff(from, to, granularity, format);
        MediaType type = switch (format) {
            case JSON -> MediaType.APPLICATION_JSON_TYPE;
            case REDLINE -> REDLINE;
            case PATCH -> PATCH;
        };
        return Response.ok(body, type).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /** The first acceptable of JSON, redline and patch, in the client's order of preference. */
    private static DiffService.Format negotiate(List<MediaType> acceptable) {
        for (MediaType m : acceptable) {
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return DiffService.Format.JSON;
            }
            if (m.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return DiffService.Format.REDLINE;
            }
            if (m.isCompatible(PATCH)) {
                return DiffService.Format.PATCH;
            }
        }
        throw new NotAcceptableException();
    }
}
