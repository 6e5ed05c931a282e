package org.lexdraft.drafting;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.lexdraft.access.MembersOnly;
import org.lexdraft.api.VersionsApi;
import org.lexdraft.api.model.NewVersion;
import org.lexdraft.api.model.VersionSummaryPage;
import org.lexdraft.common.Pages;
import org.lexdraft.export.Renderers;
import org.lexdraft.export.VersionDocument;
import java.util.List;

@MembersOnly
public class VersionResource implements VersionsApi {

    /** Versions never change, so clients may keep them for a year (private: they need a sign-in). */
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON_TYPE);

    private static final CacheControl IMMUTABLE = CacheControl.valueOf("private, max-age=31536000, immutable");

    @Inject
    VersionService service;

    @Inject
    AnalysisService analysis;

    @Inject
    ExportService exports;

    @Inject
    Renderers renderers;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response createVersion(Long id, NewVersion body, String ifMatch) {
        var created = service.create(id, body, ifMatch);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getNumber())).build())
                .header(HttpHeaders.ETAG, ETags.ofDraft(created.getNumber()))
                .entity(created).build();
    }

    @Override
    public Response getVersion(Long id, Integer n) {
        Renderers.Choice choice = renderers.negotiate(headers.getAcceptableMediaTypes(), VersionDocument.class, JSON);
        if (choice.renderer() != null) {
            return renderers.respond(choice.renderer(), exports.version(id, n));
        }
        byte[] version = service.getJson(id, n);
        EntityTag tag = new EntityTag(id + ":" + n);
        // only If-None-Match matters for an immutable representation
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ETags.noneMatchHolds(ifNoneMatch, tag.toString())) {
            return Response.notModified(tag).cacheControl(IMMUTABLE).build();
        }
        return Response.ok(version, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(IMMUTABLE).build();
    }

    @Override
    public Response getBlame(Long id, Integer n) {
        return Response.ok(analysis.blame(id, n)).build();
    }

    @Override
    public Response listVersions(Long id, Integer page, Integer size) {
        var result = service.list(id, page, size);
        return Pages.ok(new VersionSummaryPage(result.items(), result.page(), result.size(), result.total()), result, uriInfo);
    }
}
