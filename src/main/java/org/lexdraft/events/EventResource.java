package org.lexdraft.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.io.UncheckedIOException;
import org.lexdraft.access.MembersOnly;
import org.lexdraft.api.model.EventPage;

/**
 * GET /api/events, by Accept: the live stream (text/event-stream) or a page of the audit trail
 * (application/json). The stream does not implement the interface generated from the contract: that
 * interface has one method answering a Response for both media types, while a stream must be a
 * Multi of SSE events, which Quarkus REST writes one at a time as the client reads them. The
 * contract of both representations stays in api-spec/openapi.yaml. Every check runs in the method
 * body, before the Multi exists, so errors are problem+json from the one mapper.
 */
@MembersOnly
@Path("/api/events")
public class EventResource {

    @Inject
    EventReadService events;

    @Inject
    EventHub hub;

    @Inject
    EventsConfig config;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> stream(@QueryParam("term") String term, @QueryParam("after") String after,
                                          @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        EventReadService.Start start = events.stream(term, after, lastEventId);
        return hub.stream(start.scope(), start.after(), new SseFormat(sse)).multi();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response page(@QueryParam("term") String term, @QueryParam("after") String after,
                         @QueryParam("limit") String limit, @Context HttpHeaders headers) {
        // the framework routes any Accept without text/event-stream here; only JSON can be answered
        if (headers.getAcceptableMediaTypes().stream().noneMatch(m -> m.isCompatible(MediaType.APPLICATION_JSON_TYPE))) {
            throw new WebApplicationException(Response.Status.NOT_ACCEPTABLE);
        }
        EventPage page = events.page(term, after, limit);
        Response.ResponseBuilder response = Response.ok(page);
        int size = limit == null ? EventReadService.DEFAULT_LIMIT : Integer.parseInt(limit.strip());
        if (page.getItems().size() == size) {
            response.links(Link.fromUri(uriInfo.getRequestUriBuilder().replaceQueryParam("after", page.getNext()).build())
                    .rel("next").build());
        }
        return response.build();
    }

    /** Events as SSE: id, event and one line of JSON data; comments for the greeting and keep-alive. */
    private final class SseFormat implements EventStream.Format<OutboundSseEvent> {

        private final Sse sse;

        SseFormat(Sse sse) {
            this.sse = sse;
        }

        @Override
        public OutboundSseEvent hello() {
            return sse.newEventBuilder().comment("lexdraft events").reconnectDelay(config.retry().toMillis()).build();
        }

        @Override
        public OutboundSseEvent event(EventRecord e) {
            String data;
            try {
                data = json.writeValueAsString(EventMapper.toApi(e));
            } catch (JsonProcessingException failure) {
                throw new UncheckedIOException(failure);
            }
            return sse.newEventBuilder().id(Long.toString(e.stamp())).name(e.type())
                    .mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, data).build();
        }

        @Override
        public OutboundSseEvent keepAlive() {
            return sse.newEventBuilder().comment("keep-alive").build();
        }
    }
}
