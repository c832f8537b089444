package org.rostrum.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A standalone page ({@code pages/<slug>.md}) to be written by {@link ContentWriter}.
 *
 * @param title   the page title
 * @param summary one sentence for meta tags
 * @param draft   written as {@code draft: true} only when true
 * @param body    the editors' Markdown after the front matter
 * @param aliases old URL paths of the page
 */
public record PageDraft(String title, Optional<String> summary, boolean draft, String body, List<String> aliases) {

    public PageDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
        aliases = List.copyOf(aliases);
    }

    /** A page without aliases. */
    public PageDraft(String title, Optional<String> summary, boolean draft, String body) {
        this(title, summary, draft, body, List.of());
    }
}
