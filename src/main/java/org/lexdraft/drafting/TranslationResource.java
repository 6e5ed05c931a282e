package org.lexdraft.drafting;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.lexdraft.access.MembersOnly;
import org.lexdraft.api.TranslationsApi;
import org.lexdraft.api.model.NewTranslation;

@MembersOnly
public class TranslationResource implements TranslationsApi {

    @Inject
    TranslationService service;

    @Context
    UriInfo uriInfo;

    @Override
    public Response createTranslation(Long id, NewTranslation body) {
        var created = service.create(id, body);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/drafts").path(String.valueOf(created.getId())).build())
                .header(HttpHeaders.ETAG, ETags.ofDraft(created.getHead()))
                .entity(created).build();
    }

    @Override
    public Response listTranslations(Long id) {
        return Response.ok(service.list(id)).build();
    }
}
