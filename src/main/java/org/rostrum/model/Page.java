package org.rostrum.model;

import java.util.Objects;
import java.util.Optional;
import org.rostrum.diag.SourcePosition;

/**
 * A standalone page ({@code pages/<slug>.md}), published at {@code /<slug>/}.
 *
 * @param slug     the file name without {@code .md}
 * @param title    from front matter
 * @param summary  one sentence for meta tags; defaults to the first paragraph as plain text
 * @param html     the body, rendered from the editors' Markdown
 * @param draft    left out of the build unless drafts are asked for
 * @param position the start of the file
 */
public record Page(String slug, String title, Optional<String> summary, String html, boolean draft,
        SourcePosition position) {
    public Page {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(position, "position");
    }
}
