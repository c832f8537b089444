package org.rostrum.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A topic that debates are filed under.
 *
 * @param name            the name as editors write it in {@code topics}, for example {@code Foreign Affairs}
 * @param slug            derived from the name by {@code org.rostrum.slug.Slug.of}, for example {@code foreign-affairs}
 * @param descriptionHtml  the description from {@code topics.yaml}, rendered from Markdown for the
 *                         topic's own page ({@code topics/<slug>/})
 * @param descriptionLinks links in the description that point inside the site, for checking
 * @param summary          the description's first paragraph as plain text, for lists of topics (may be empty)
 */
public record Topic(String name, String slug, Optional<String> descriptionHtml, List<ContentLink> descriptionLinks,
        String summary) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(descriptionHtml, "descriptionHtml");
        descriptionLinks = List.copyOf(descriptionLinks);
        Objects.requireNonNull(summary, "summary");
    }

    /** A topic whose description has no links to check and no summary. */
    public Topic(String name, String slug, Optional<String> descriptionHtml) {
        this(name, slug, descriptionHtml, List.of(), "");
    }
}
