package org.rostrum.markdown;

import java.util.List;
import java.util.Objects;
import org.rostrum.model.Block;
import org.rostrum.model.ContentLink;

/**
 * Editors' Markdown rendered to HTML.
 *
 * @param blocks         the body in source order; text without directives is one {@code EditorialText}
 * @param firstParagraph the first paragraph of editorial text as plain text (entities decoded, no
 *                       markup, whitespace collapsed), the default summary; empty when there is none
 * @param links          links whose destination stays inside the site (relative or starting with one
 *                       {@code /}), with their source positions, for the broken-link check
 */
public record RenderedBody(List<Block> blocks, String firstParagraph, List<ContentLink> links) {

    public RenderedBody {
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(firstParagraph, "firstParagraph");
        links = List.copyOf(links);
    }

    /** All blocks' HTML joined, for pages and descriptions that have no directives. */
    public String html() {
        StringBuilder html = new StringBuilder();
        for (Block block : blocks) {
            html.append(block.html());
        }
        return html.toString();
    }
}
