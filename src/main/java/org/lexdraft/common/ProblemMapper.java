package org.lexdraft.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.lexdraft.api.model.FieldError;
import org.lexdraft.api.model.Problem;

/**
 * The one place where failures become RFC 9457 problem+json. Nothing internal (class names, SQL,
 * stack traces) is put in a body; unexpected failures are logged here and reported as "internal".
 */
public class ProblemMapper {

    public static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Problem body = problem(e.status(), e.kind(), e.title(), e.detail());
        if (!e.errors().isEmpty()) {
            body.setErrors(e.errors());
        }
        body.setHead(e.head());
        if (!e.conflicts().isEmpty()) {
            body.setConflicts(e.conflicts());
        }
        return respond(body);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::getField))
                .toList();
        String detail = errors.stream().map(f -> f.getField() + " " + f.getMessage())
                .collect(Collectors.joining("; "));
        Problem body = problem(400, "validation", "Invalid request", detail);
        body.setErrors(errors);
        return respond(body);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e) {
        return respond(problem(400, "malformed-json", "Malformed JSON",
                "The request body is not well-formed JSON (line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + ")."));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(JsonMappingException e) {
        ProblemException wrapped = wrappedProblem(e);
        if (wrapped != null) {
            return problem(wrapped);
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return unreadableJson(parse);
            }
        }
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a field of this request";
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Missing required creator property")) {
            message = "is required";
        } else if (e.getCause() instanceof IllegalArgumentException) {
            message = "has a value that is not allowed";
        } else {
            message = "has the wrong type or form";
        }
        if (field.isEmpty()) {
            return respond(problem(400, "malformed-json", "Malformed JSON",
                    "The request body does not have the expected JSON structure."));
        }
        Problem body = problem(400, "validation", "Invalid request", field + " " + message);
        body.setErrors(List.of(new FieldError(field, message)));
        return respond(body);
    }

    /** Quarkus has a built-in mapper for exactly this type; ours must be as specific to win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return mismatchedJson(e);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e) {
        return respond(problem(400, "malformed-json", "Malformed JSON", "The request body is not readable JSON."));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(Throwable e, HttpHeaders headers, UriInfo uriInfo) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetryLater later) {
                return Response.fromResponse(respond(problem(429, "too-many-requests", "Too many requests",
                                "Too many failed sign-ins from this client; try again in " + later.retryAfterSeconds()
                                        + " seconds.")))
                        .header(HttpHeaders.RETRY_AFTER, later.retryAfterSeconds())
                        .build();
            }
        }
        return unauthorized(headers, uriInfo);
    }

    /** A Basic challenge only for clients that sent no token or cookie and are not scripts (no browser pop-up). */
    private Response unauthorized(HttpHeaders headers, UriInfo uriInfo) {
        Response response = respond(problem(401, "unauthorized", "Unauthorized",
                "Sign in as a lexdraft member: HTTP Basic, a Bearer token from POST /api/tokens, or the session"
                        + " cookie from POST /api/session."));
        if (headers == null || Challenge.basicWanted(headers, uriInfo == null ? null : uriInfo.getPath())) {
            return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, Challenge.BASIC).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(problem(403, "forbidden", "Forbidden", "Your role does not allow this."));
    }

    @Inject
    ContractPaths contractPaths;

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uriInfo, HttpHeaders headers) {
        ProblemException wrapped = wrappedProblem(e);
        if (wrapped != null) {
            return problem(wrapped);
        }
        int status = e.getResponse().getStatus();
        // the JSON reader wraps its parse and binding errors in a plain 400
        if (status == 400 && e.getCause() instanceof JsonParseException parse) {
            return unreadableJson(parse);
        }
        if (status == 400 && e.getCause() instanceof JsonMappingException mapping) {
            return mismatchedJson(mapping);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException) {
            return otherJson((JsonProcessingException) e.getCause());
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(internal());
        }
        return switch (status) {
            case 401 -> unauthorized(headers, uriInfo);
            case 405 -> Response.fromResponse(respond(forStatus(405, null)))
                    .header(HttpHeaders.ALLOW, contractPaths.allowFor(uriInfo.getPath()).orElse(null))
                    .build();
            default -> respond(forStatus(status, "The request is malformed (check its parameters and body)."));
        };
    }

    /**
     * The problem for a 4xx status that says no more than the status itself: its own kind for 403, 404,
     * 405, 406, 413 and 415, else {@code bad-request} with {@code malformed} as its detail. For the
     * failures of JAX-RS and of the router below it alike.
     */
    static Problem forStatus(int status, String malformed) {
        return switch (status) {
            case 403 -> problem(403, "forbidden", "Forbidden", "You may not do this.");
            case 404 -> problem(404, "not-found", "Not found", "There is no such resource.");
            case 405 -> problem(405, "method-not-allowed", "Method not allowed",
                    "This resource does not support that HTTP method.");
            case 406 -> problem(406, "not-acceptable", "Not acceptable",
                    "None of the media types in Accept can be produced here.");
            case 413 -> problem(413, "payload-too-large", "Payload too large", "The request body is too large.");
            case 415 -> problem(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json.");
            default -> problem(status, "bad-request", "Bad request", malformed);
        };
    }

    /** The problem of a failure that is the server's, which names nothing of it. */
    static Problem internal() {
        return problem(500, "internal", "Internal error", "The server could not complete the request.");
    }

    /** A unique key taken by a concurrent request between our check and our insert. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e) {
        LOG.debugf("Constraint violated: %s", e.getConstraintName());
        return respond(problem(409, "conflict", "Conflict",
                "The request conflicts with a change made at the same moment (for example the same code, slug or"
                        + " username taken); read the current state and try again."));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        ProblemException wrapped = wrappedProblem(e);
        if (wrapped != null) {
            return problem(wrapped);
        }
        LOG.error("Unexpected failure", e);
        return respond(internal());
    }

    /** A problem raised inside the body reader (the body limit) and wrapped by the JSON or JAX-RS layer. */
    private static ProblemException wrappedProblem(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }

    static Problem problem(int status, String kind, String title, String detail) {
        Problem p = new Problem(URI.create(Problems.TYPE_BASE + kind), title, status);
        p.setDetail(detail);
        p.setErrors(null);
        p.setConflicts(null);
        return p;
    }

    private static Response respond(Problem body) {
        return Response.status(body.getStatus()).type(PROBLEM_JSON).entity(body).build();
    }

    /** Query parameters keep their names; any other parameter of a resource method is the body. */
    private static final java.util.Set<String> QUERY_PARAMETERS = java.util.Set.of("page", "size", "from", "to", "granularity", "version");

    private static String fieldOf(ConstraintViolation<?> violation) {
        String last = null;
        String leaf = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                last = node.getName();
                if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                    leaf = leaf == null ? node.getName() : leaf + "." + node.getName();
                }
            }
        }
        if (leaf != null) {
            return leaf;
        }
        if (last == null) {
            return "request";
        }
        return QUERY_PARAMETERS.contains(last) ? last : "body";
    }
}
