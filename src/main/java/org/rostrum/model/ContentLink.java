package org.rostrum.model;

import java.util.Objects;
import org.rostrum.diag.SourcePosition;

/**
 * A link that editors wrote in Markdown, kept so that links to missing debates, pages, people or
 * anchors can be reported at their position.
 *
 * @param url      the destination as written, for example {@code /debates/other/#comment-c4}
 * @param position where the link starts in the source file
 */
public record ContentLink(String url, SourcePosition position) {
    public ContentLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(position, "position");
    }
}
