package org.lexdraft.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;

/** {@code text/plain}: a version's text, exactly. */
@ApplicationScoped
public class PlainTextRenderer implements Renderer {

    @Override
    public MediaType mediaType() {
        return MediaType.TEXT_PLAIN_TYPE;
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public boolean renders(Class<? extends Exportable> kind) {
        return kind == VersionDocument.class;
    }

    @Override
    public byte[] render(Exportable document) {
        return ((VersionDocument) document).text().getBytes(StandardCharsets.UTF_8);
    }
}
