package org.rostrum.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * @param names            the name in other languages ({@code names} in {@code topics.yaml}), by language tag
 */
public record Topic(String name, String slug, Optional<String> descriptionHtml, List<ContentLink> descriptionLinks,
        String summary, Map<String, String> names) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(descriptionHtml, "descriptionHtml");
        descriptionLinks = List.copyOf(descriptionLinks);
        Objects.requireNonNull(summary, "summary");
        names = Collections.unmodifiableMap(new TreeMap<>(names));
    }

    /** A topic named in the site's language only. */
    public Topic(String name, String slug, Optional<String> descriptionHtml, List<ContentLink> descriptionLinks,
            String summary) {
        this(name, slug, descriptionHtml, descriptionLinks, summary, Map.of());
    }

    /** Its name in {@code language}, or its own name when it has none there. */
    public String nameIn(String language) {
        return names.getOrDefault(language, name);
    }

    /** A topic whose description has no links to check and no summary. */
    public Topic(String name, String slug, Optional<String> descriptionHtml) {
        this(name, slug, descriptionHtml, List.of(), "");
    }
}
