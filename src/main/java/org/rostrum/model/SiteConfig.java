package org.rostrum.model;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of {@code site.yaml}.
 *
 * @param title            name of the archive
 * @param baseUrl          absolute URL of the site's root, always ending in {@code /}; used only where a
 *                         format needs absolute URLs (feed, sitemap, canonical, Open Graph, JSON-LD)
 * @param description      one sentence for the home page, feed and meta tags
 * @param language         BCP 47 tag, {@code en} by default
 * @param timezone         zone for dates written without an offset, UTC by default
 * @param publisher        organisation name for feeds and structured data
 * @param perPage          debates per list page
 * @param commentsMaxDepth deepest nesting drawn as indentation
 * @param commentsPerPage  top-level comments per page of a long thread
 */
public record SiteConfig(
        String title,
        String baseUrl,
        Optional<String> description,
        String language,
        ZoneId timezone,
        Optional<String> publisher,
        int perPage,
        int commentsMaxDepth,
        int commentsPerPage) {

    public static final int DEFAULT_PER_PAGE = 20;
    public static final int DEFAULT_MAX_DEPTH = 4;
    public static final int DEFAULT_COMMENTS_PER_PAGE = 200;

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(publisher, "publisher");
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        if (perPage < 1 || commentsMaxDepth < 1 || commentsPerPage < 1) {
            throw new IllegalArgumentException("per_page, comments.max_depth and comments.per_page must be positive");
        }
    }

    /** The same settings with another base URL (the {@code --base-url} option). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, url, description, language, timezone, publisher, perPage,
                commentsMaxDepth, commentsPerPage);
    }
}
