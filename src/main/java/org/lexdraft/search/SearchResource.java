package org.lexdraft.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.lexdraft.access.MembersOnly;
import org.lexdraft.api.SearchApi;
import org.lexdraft.api.model.SearchHitPage;
import org.lexdraft.common.Pages;

@MembersOnly
public class SearchResource implements SearchApi {

    @Inject
    SearchService service;

    @Context
    UriInfo uriInfo;

    @Override
    public Response search(String q, String term, Integer page, Integer size) {
        var result = service.search(q, term, page, size);
        return Pages.ok(new SearchHitPage(result.items(), result.page(), result.size(), result.total()), result, uriInfo);
    }
}
