package org.lexdraft.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;

/** Chooses a document format by {@code Accept} and answers with the document. */
@ApplicationScoped
public class Renderers {

    /** Documents show a draft's current title, so they are revalidated rather than kept as immutable. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("private, no-cache");

    private final List<Renderer> renderers;

    @Inject
    public Renderers(Instance<Renderer> all) {
        // text formats first, so that text/* or */* after the built-in types picks a readable one
        this.renderers = all.stream()
                .sorted(Comparator.comparing((Renderer r) -> !r.mediaType().getType().equals("text"))
                        .thenComparing(r -> r.mediaType().toString()))
                .toList();
    }

    /**
     * What to answer: the first acceptable type, in the client's order of preference, that is one of
     * the endpoint's own {@code builtIn} representations (then {@code builtIn} is set) or a format
     * that renders this kind (then {@code renderer} is). None acceptable is a 406.
     */
    public Choice negotiate(List<MediaType> acceptable, Class<? extends Exportable> kind, List<MediaType> builtIn) {
        for (MediaType wanted : acceptable) {
            for (MediaType own : builtIn) {
                if (wanted.isCompatible(own)) {
                    return new Choice(own, null);
                }
            }
            for (Renderer r : renderers) {
                if (r.renders(kind) && wanted.isCompatible(r.mediaType())) {
                    return new Choice(null, r);
                }
            }
        }
        throw new NotAcceptableException();
    }

    /** The document with its type, a safe filename and {@code Vary: Accept}. */
    public Response respond(Renderer renderer, Exportable document) {
        MediaType type = renderer.mediaType();
        boolean text = type.getType().equals("text");
        String filename = Filenames.safe(document.baseName(), renderer.extension());
        return Response.ok(renderer.render(document), text ? type.withCharset("UTF-8") : type)
                .header("Content-Disposition", (text ? "inline" : "attachment") + "; filename=\"" + filename + "\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .cacheControl(REVALIDATE)
                .build();
    }

    /** Either a built-in representation of the endpoint or a renderer. */
    public record Choice(MediaType builtIn, Renderer renderer) {
    }
}
