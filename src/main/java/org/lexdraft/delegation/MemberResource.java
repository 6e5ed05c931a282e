package org.lexdraft.delegation;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.lexdraft.access.MembersOnly;
import org.lexdraft.api.MembersApi;
import org.lexdraft.api.model.MemberChanges;
import org.lexdraft.api.model.MemberPage;
import org.lexdraft.api.model.NewMember;
import org.lexdraft.common.Pages;
import org.lexdraft.common.Problems;

@MembersOnly
public class MemberResource implements MembersApi {

    @Inject
    MemberService service;

    @Context
    UriInfo uriInfo;

    @Override
    public Response createMember(NewMember body) {
        var created = service.create(body);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/members").path(created.getUsername()).build())
                .entity(created).build();
    }

    @Override
    public Response getMe() {
        return Response.ok(service.me()).build();
    }

    @Override
    public Response getMember(String username) {
        return service.get(username).map(m -> Response.ok(m).build())
                .orElseThrow(() -> Problems.notFound("There is no member named " + username + "."));
    }

    @Override
    public Response listMembers(Integer page, Integer size) {
        var result = service.list(page, size);
        return Pages.ok(new MemberPage(result.items(), result.page(), result.size(), result.total()), result, uriInfo);
    }

    @Override
    public Response updateMember(String username, MemberChanges body) {
        return Response.ok(service.update(username, body)).build();
    }
}
