package org.lexdraft.drafting;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.lexdraft.access.MembersOnly;
import org.lexdraft.api.ExportApi;
import org.lexdraft.export.Compilation;
import org.lexdraft.export.Renderers;

@MembersOnly
public class TermExportResource implements ExportApi {

    @Inject
    ExportService exports;

    @Inject
    Renderers renderers;

    @Context
    HttpHeaders headers;

    @Override
    public Response getTermExport(String slug) {
        Renderers.Choice choice = renderers.negotiate(headers.getAcceptableMediaTypes(), Compilation.class, List.of());
        return renderers.respond(choice.renderer(), exports.compilation(slug));
    }
}
