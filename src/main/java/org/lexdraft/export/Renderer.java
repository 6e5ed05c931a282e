package org.lexdraft.export;

import jakarta.ws.rs.core.MediaType;

/**
 * One document format. A format is added by adding a bean that implements this; {@link Renderers}
 * chooses among them by the media types a client accepts.
 */
public interface Renderer {

    MediaType mediaType();

    /** The filename extension, without the dot. */
    String extension();

    /** Whether this format renders documents of this kind. */
    boolean renders(Class<? extends Exportable> kind);

    /** The document; only called for a kind it {@link #renders}. */
    byte[] render(Exportable document);
}
