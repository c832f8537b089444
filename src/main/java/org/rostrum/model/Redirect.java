package org.rostrum.model;

import java.util.Objects;
import org.rostrum.diag.SourcePosition;

/**
 * An old address of the site that is not a debate's ({@code redirects.yaml}), for example an old
 * category page, and the page of the site it moved to.
 *
 * @param from     the old path from the site root, normalised as an alias is (leading {@code /},
 *                 final {@code /} unless it names an {@code .html} file)
 * @param to       the new page as a path from the site root, e.g. {@code /topics/security/} or
 *                 {@code /feed.xml}, possibly with a query ({@code /search/?q=budget%20cuts})
 * @param position where the entry is written, for its problems
 */
public record Redirect(String from, String to, SourcePosition position) {
    public Redirect {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(position, "position");
    }
}
