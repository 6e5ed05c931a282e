package org.lexdraft.common;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** 200 responses for paged collections, with RFC 8288 {@code next} and {@code prev} links. */
public final class Pages {

    private Pages() {
    }

    public static Response ok(Object body, PageResult<?> page, UriInfo uriInfo) {
        Response.ResponseBuilder response = Response.ok(body);
        if (page.hasNext()) {
            response.links(link(uriInfo, page.page() + 1, page.size(), "next"));
        }
        if (page.hasPrev()) {
            long lastPage = Math.max(0, (page.total() - 1) / page.size());
            response.links(link(uriInfo, (int) Math.min(page.page() - 1, lastPage), page.size(), "prev"));
        }
        return response.build();
    }

    private static Link link(UriInfo uriInfo, int page, int size, String rel) {
        return Link.fromUri(uriInfo.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build()).rel(rel).build();
    }
}
