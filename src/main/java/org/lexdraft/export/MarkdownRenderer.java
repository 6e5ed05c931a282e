package org.lexdraft.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;

/**
 * {@code text/markdown}: a version with its facts, a diff in CriticMarkup ({@code {++ ++}},
 * {@code {-- --}}), or a term's compilation. Text is escaped so that it reads back exactly.
 */
@ApplicationScoped
public class MarkdownRenderer implements Renderer {

    private static final MediaType MARKDOWN = new MediaType("text", "markdown");

    @Override
    public MediaType mediaType() {
        return MARKDOWN;
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public boolean renders(Class<? extends Exportable> kind) {
        return true;
    }

    @Override
    public byte[] render(Exportable document) {
        StringBuilder md = new StringBuilder();
        if (document instanceof VersionDocument v) {
            md.append("# ").append(Escapes.markdown(v.title())).append("\n\n");
            facts(md, v);
            md.append(Escapes.markdown(v.text())).append('\n');
        } else if (document instanceof DiffDocument d) {
            md.append("# ").append(Escapes.markdown(d.title())).append("\n\n");
            for (DiffDocument.Change c : d.changes()) {
                String text = Escapes.markdown(c.text());
                switch (c.kind()) {
                    case EQUAL -> md.append(text);
                    case INSERT -> md.append("{++").append(text).append("++}");
                    case DELETE -> md.append("{--").append(text).append("--}");
                }
            }
            md.append('\n');
        } else if (document instanceof Compilation c) {
            md.append("# ").append(Escapes.markdown(c.termLabel())).append("\n\n");
            md.append(Escapes.markdown("Compilation of the drafts of " + c.term() + " as of " + Escapes.day(c.compiledAt())
                    + (c.context().isEmpty() ? "" : " (" + c.context() + ")"))).append("\n\n");
            if (c.drafts().isEmpty()) {
                md.append("No drafts.\n");
            }
            for (Compilation.Entry e : c.drafts()) {
                md.append("## ").append(Escapes.markdown(e.head().title())).append("\n\n");
                facts(md, e.head());
                md.append(Escapes.markdown(e.head().text())).append("\n\n");
                for (VersionDocument t : e.translations()) {
                    md.append("### ").append(Escapes.markdown(t.title())).append("\n\n");
                    facts(md, t);
                    md.append(Escapes.markdown(t.text())).append("\n\n");
                }
            }
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void facts(StringBuilder md, VersionDocument v) {
        md.append("- Delegation: ").append(Escapes.markdown(v.delegation() + " (" + v.delegationName() + ")")).append('\n');
        md.append("- Term: ").append(Escapes.markdown(v.termLabel())).append('\n');
        md.append("- Draft ").append(v.draft()).append(", version ").append(v.number()).append(" of ")
                .append(Escapes.day(v.createdAt())).append(", by ").append(Escapes.markdown(v.author())).append('\n');
        md.append("- Language: ").append(v.language()).append('\n');
        md.append("- Brackets: ").append(Escapes.markdown(Escapes.brackets(v.openBrackets(), v.unbracketedShare()))).append('\n');
        if (v.translation() != null) {
            md.append("- Language version: ").append(Escapes.markdown(Escapes.translationNote(v.translation()))).append('\n');
        }
        md.append('\n');
    }
}
