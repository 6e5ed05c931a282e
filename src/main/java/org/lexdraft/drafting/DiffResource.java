package org.lexdraft.drafting;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.lexdraft.access.MembersOnly;
import org.lexdraft.api.DiffsApi;
import org.lexdraft.export.DiffDocument;
import org.lexdraft.export.Renderers;

@MembersOnly
public class DiffResource implements DiffsApi {

    static final MediaType REDLINE = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    static final MediaType PATCH = new MediaType("text", "x-diff", "UTF-8");
    /** The diff's own representations, in the order a wildcard picks them; documents come after. */
    private static final List<MediaType> BUILT_IN = List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE,
            new MediaType("text", "x-diff"));

    @Inject
    DiffService service;

    @Inject
    ExportService exports;

    @Inject
    Renderers renderers;

    @Context
    HttpHeaders headers;

    @Override
    public Response getDiff(String from, String to, String granularity) {
        Renderers.Choice choice = renderers.negotiate(headers.getAcceptableMediaTypes(), DiffDocument.class, BUILT_IN);
        if (choice.renderer() != null) {
            return renderers.respond(choice.renderer(), exports.diff(from, to, granularity));
        }
        DiffService.Format format = negotiate(List.of(choice.builtIn()));
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
