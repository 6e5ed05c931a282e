package org.lexdraft.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.lexdraft.common.LanguageTags;

/**
 * {@code text/html}: a standalone, printable page for a version or a term's compilation. Each text
 * carries its own {@code lang} and {@code dir}, so Arabic runs right to left; all text is escaped.
 */
@ApplicationScoped
public class HtmlRenderer implements Renderer {

    private static final String STYLE = """
            body { font-family: "Noto Serif", "Times New Roman", serif; margin: 2.5em auto; max-width: 42em; \
            line-height: 1.5; color: #111; }
            header .term { text-transform: uppercase; letter-spacing: .08em; font-size: .8em; color: #555; margin: 0; }
            h1 { font-size: 1.5em; margin: .2em 0 .6em; } h2 { font-size: 1.25em; margin-top: 2em; } h3 { font-size: 1.05em; }
            dl.facts { display: grid; grid-template-columns: max-content auto; gap: .1em 1em; font-size: .85em; color: #333; }
            dl.facts dt { font-weight: bold; } dl.facts dd { margin: 0; }
            .text { white-space: pre-wrap; font-size: 1.1em; border-left: 3px solid #ccc; padding-left: 1em; }
            section.draft, section.translation { break-inside: avoid; }
            section.translation { margin-left: 1.5em; }
            @page { margin: 2cm; }
            @media print { body { margin: 0; max-width: none; } }
            """;

    @Override
    public MediaType mediaType() {
        return MediaType.TEXT_HTML_TYPE;
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public boolean renders(Class<? extends Exportable> kind) {
        return kind == VersionDocument.class || kind == Compilation.class;
    }

    @Override
    public byte[] render(Exportable document) {
        StringBuilder html = new StringBuilder();
        if (document instanceof VersionDocument v) {
            page(html, v.language(), v.title() + " (" + v.delegation() + ", version " + v.number() + ")");
            html.append("<article class=\"draft\">\n<header>\n<p class=\"term\" lang=\"en\" dir=\"ltr\">")
                    .append(Escapes.html(v.termLabel())).append("</p>\n<h1>").append(Escapes.html(v.title())).append("</h1>\n");
            facts(html, v);
            html.append("</header>\n");
            text(html, v);
            html.append("</article>\n");
        } else if (document instanceof Compilation c) {
            page(html, "en", "Compilation: " + c.termLabel());
            html.append("<header>\n<p class=\"term\">").append(Escapes.html(c.term())).append("</p>\n<h1>")
                    .append(Escapes.html(c.termLabel())).append("</h1>\n<p>Compilation of the drafts as of <time datetime=\"")
                    .append(c.compiledAt()).append("\">").append(Escapes.day(c.compiledAt())).append("</time>")
                    .append(c.context().isEmpty() ? "" : " (" + Escapes.html(c.context()) + ")").append(".</p>\n</header>\n");
            if (c.drafts().isEmpty()) {
                html.append("<p>No drafts.</p>\n");
            }
            for (Compilation.Entry e : c.drafts()) {
                VersionDocument v = e.head();
                html.append("<section class=\"draft\" id=\"draft-").append(v.draft()).append("\">\n<h2>")
                        .append(inLanguage(v, Escapes.html(v.title()))).append("</h2>\n");
                facts(html, v);
                text(html, v);
                for (VersionDocument t : e.translations()) {
                    html.append("<section class=\"translation\" id=\"draft-").append(t.draft()).append("\">\n<h3>")
                            .append(inLanguage(t, Escapes.html(t.title()))).append("</h3>\n");
                    facts(html, t);
                    text(html, t);
                    html.append("</section>\n");
                }
                html.append("</section>\n");
            }
        }
        html.append("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void page(StringBuilder html, String language, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Escapes.html(language)).append("\" dir=\"")
                .append(dir(language)).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Escapes.html(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    private static String inLanguage(VersionDocument v, String escaped) {
        return "<span lang=\"" + Escapes.html(v.language()) + "\" dir=\"" + dir(v.language()) + "\">" + escaped + "</span>";
    }

    private static void facts(StringBuilder html, VersionDocument v) {
        html.append("<dl class=\"facts\" lang=\"en\" dir=\"ltr\">\n");
        fact(html, "Delegation", v.delegation() + " (" + v.delegationName() + ")");
        fact(html, "Draft", v.draft() + ", version " + v.number());
        html.append("<dt>Date</dt><dd><time datetime=\"").append(v.createdAt()).append("\">")
                .append(Escapes.day(v.createdAt())).append("</time></dd>\n");
        fact(html, "Author", v.author());
        fact(html, "Language", v.language());
        fact(html, "Brackets", Escapes.brackets(v.openBrackets(), v.unbracketedShare()));
        if (v.translation() != null) {
            fact(html, "Language version", Escapes.translationNote(v.translation()));
        }
        html.append("</dl>\n");
    }

    private static void fact(StringBuilder html, String name, String value) {
        html.append("<dt>").append(name).append("</dt><dd>").append(Escapes.html(value)).append("</dd>\n");
    }

    private static void text(StringBuilder html, VersionDocument v) {
        html.append("<div class=\"text\" lang=\"").append(Escapes.html(v.language())).append("\" dir=\"")
                .append(dir(v.language())).append("\">").append(Escapes.html(v.text())).append("</div>\n");
    }

    private static String dir(String language) {
        return LanguageTags.isRightToLeft(language) ? "rtl" : "ltr";
    }
}
