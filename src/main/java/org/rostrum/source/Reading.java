package org.rostrum.source;

import java.util.List;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * What the readers of content files share: the files, read within the limits; the content
 * folder's tree; the renderer of editors' Markdown; and the site's languages, the default first.
 */
record Reading(SourceFiles files, ContentTree tree, MarkdownRenderer markdown, List<String> editions) {

    Reading {
        editions = List.copyOf(editions);
    }
}
