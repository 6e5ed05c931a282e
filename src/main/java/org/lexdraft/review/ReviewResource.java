package org.lexdraft.review;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.lexdraft.access.MembersOnly;
import org.lexdraft.api.ReviewApi;
import org.lexdraft.api.model.CommentChanges;
import org.lexdraft.api.model.CommentPage;
import org.lexdraft.api.model.NewComment;
import org.lexdraft.api.model.NewPosition;
import org.lexdraft.common.Pages;

@MembersOnly
public class ReviewResource implements ReviewApi {

    @Inject
    CommentService comments;

    @Inject
    PositionService positions;

    @Context
    UriInfo uriInfo;

    @Override
    public Response listComments(Long id, Integer version, Integer page, Integer size) {
        var result = comments.list(id, version, page, size);
        return Pages.ok(new CommentPage(result.items(), result.page(), result.size(), result.total()), result, uriInfo);
    }

    @Override
    public Response createComment(Long id, NewComment body) {
        var created = comments.create(id, body);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/comments").path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @Override
    public Response getComment(Long cid) {
        return Response.ok(comments.get(cid)).build();
    }

    @Override
    public Response updateComment(Long cid, CommentChanges body) {
        return Response.ok(comments.update(cid, body)).build();
    }

    @Override
    public Response listPositions(Long id) {
        return Response.ok(positions.list(id)).build();
    }

    @Override
    public Response putPosition(Long id, String code, NewPosition body) {
        var stated = positions.put(id, code, body);
        if (stated.first()) {
            return Response.created(uriInfo.getRequestUri()).entity(stated.position()).build();
        }
        return Response.ok(stated.position()).build();
    }

    @Override
    public Response getPositionMatrix(String slug) {
        return Response.ok(positions.matrix(slug)).build();
    }
}
