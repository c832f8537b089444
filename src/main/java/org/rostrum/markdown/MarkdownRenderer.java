package org.rostrum.markdown;

import java.util.ArrayList;
import java.util.List;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.model.Block;
import org.rostrum.model.EditorialText;

/**
 * Turns Markdown into HTML: the editors' text (trusted, with the {@code reader} and {@code response}
 * directives) and the readers' comments (untrusted).
 *
 * <p>Build one per process and share it: it is immutable and safe to use from many threads.
 *
 * <p>STUB: a placeholder until the Flexmark implementation lands.
 */
public final class MarkdownRenderer {

    public MarkdownRenderer() {
    }

    /**
     * Renders a debate body, splitting it at the directives. Unknown directives, unclosed blocks and
     * nested directives are reported at their line; person ids are not checked here.
     *
     * @param markdown    the body after the front matter
     * @param firstLine   the position of the body's first line in its file, so that positions of
     *                    problems and links are file positions
     * @param rootPrefix  the relative path from the page being written to the site root, for example
     *                    {@code ../../} for a debate page; links that start with one {@code /} are
     *                    rewritten to start with it so that the site works under any path
     * @param diagnostics where problems go
     */
    public RenderedBody renderDebateBody(String markdown, SourcePosition firstLine, String rootPrefix,
            Diagnostics diagnostics) {
        return renderEditorial(markdown, firstLine, rootPrefix, diagnostics);
    }

    /**
     * Renders editors' Markdown that has no directives: standalone pages, biographies, topic
     * descriptions. A directive here is an error at its line. The result has one block.
     */
    public RenderedBody renderEditorial(String markdown, SourcePosition firstLine, String rootPrefix,
            Diagnostics diagnostics) {
        String html = "<p>" + escape(markdown.strip()) + "</p>\n";
        List<Block> blocks = new ArrayList<>();
        blocks.add(new EditorialText(html));
        String first = markdown.strip().split("\n\n", 2)[0].replaceAll("\\s+", " ");
        return new RenderedBody(blocks, first, List.of());
    }

    /**
     * Renders a reader's comment. Untrusted: raw HTML is shown as text; only {@code http:},
     * {@code https:}, {@code mailto:} and relative links are kept (checked after entity decoding and
     * case folding) and get {@code rel="nofollow ugc noopener"}; images become links; headings become
     * paragraphs so that a comment cannot break the page's outline.
     */
    public String renderComment(String markdown) {
        return "<p>" + escape(markdown.strip()) + "</p>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
