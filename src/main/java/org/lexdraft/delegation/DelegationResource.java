package org.lexdraft.delegation;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.lexdraft.access.MembersOnly;
import org.lexdraft.api.DelegationsApi;
import org.lexdraft.api.model.DelegationPage;
import org.lexdraft.api.model.NewDelegation;
import org.lexdraft.common.Pages;
import org.lexdraft.common.Problems;

@MembersOnly
public class DelegationResource implements DelegationsApi {

    @Inject
    DelegationService service;

    @Context
    UriInfo uriInfo;

    @Override
    public Response createDelegation(NewDelegation body) {
        var created = service.create(body);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/delegations").path(created.getCode()).build())
                .entity(created).build();
    }

    @Override
    public Response getDelegation(String code) {
        return service.get(code).map(d -> Response.ok(d).build())
                .orElseThrow(() -> Problems.notFound("There is no delegation with code " + code + "."));
    }

    @Override
    public Response listDelegations(Integer page, Integer size) {
        var result = service.list(page, size);
        return Pages.ok(new DelegationPage(result.items(), result.page(), result.size(), result.total()), result, uriInfo);
    }
}
