package org.lexdraft.drafting;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.lexdraft.access.MembersOnly;
import org.lexdraft.api.TermsApi;
import org.lexdraft.api.model.NewTerm;
import org.lexdraft.api.model.TermPage;
import org.lexdraft.common.Pages;
import org.lexdraft.common.Problems;

@MembersOnly
public class TermResource implements TermsApi {

    @Inject
    TermService service;

    @Inject
    ComparisonService comparisons;

    @Context
    UriInfo uriInfo;

    @Override
    public Response createTerm(NewTerm body) {
        var created = service.create(body);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/terms").path(created.getSlug()).build())
                .entity(created).build();
    }

    @Override
    public Response getTerm(String slug) {
        return service.get(slug).map(t -> Response.ok(t).build())
                .orElseThrow(() -> Problems.notFound("There is no term " + slug + "."));
    }

    @Override
    public Response getComparison(String slug) {
        return Response.ok(comparisons.comparisonJson(slug), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    public Response listTerms(Integer page, Integer size) {
        var result = service.list(page, size);
        return Pages.ok(new TermPage(result.items(), result.page(), result.size(), result.total()), result, uriInfo);
    }
}
