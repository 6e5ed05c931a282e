package org.lexdraft.drafting;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.lexdraft.access.MembersOnly;
import org.lexdraft.api.DraftsApi;
import org.lexdraft.api.model.DraftChanges;
import org.lexdraft.api.model.DraftPage;
import org.lexdraft.api.model.NewDraft;
import org.lexdraft.common.Pages;

@MembersOnly
public class DraftResource implements DraftsApi {

    @Inject
    DraftService service;

    @Context
    UriInfo uriInfo;

    @Override
    public Response createDraft(String slug, NewDraft body) {
        var created = service.create(slug, body);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/drafts").path(String.valueOf(created.getId())).build())
                .header(HttpHeaders.ETAG, ETags.ofDraft(created.getHead()))
                .entity(created).build();
    }

    @Override
    public Response getDraft(Long id, String ifNoneMatch) {
        var draft = service.get(id);
        String tag = ETags.ofDraft(draft.getHead());
        if (ifNoneMatch != null && ETags.noneMatchHolds(ifNoneMatch, tag)) {
            return Response.notModified().header(HttpHeaders.ETAG, tag).build();
        }
        return Response.ok(draft).header(HttpHeaders.ETAG, tag).build();
    }

    @Override
    public Response listDrafts(String slug, String delegation, String status, String language, Integer page, Integer size) {
        var result = service.list(slug, delegation, status, language, page, size);
        return Pages.ok(new DraftPage(result.items(), result.page(), result.size(), result.total()), result, uriInfo);
    }

    @Override
    public Response updateDraft(Long id, DraftChanges body) {
        var draft = service.update(id, body);
        return Response.ok(draft).header(HttpHeaders.ETAG, ETags.ofDraft(draft.getHead())).build();
    }
}
