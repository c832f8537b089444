package org.rostrum.model;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rostrum.diag.SourcePosition;

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
 * @param logo             the image the header shows, when there is one
 * @param params           the site's own values for its templates, in file order: each a {@code String},
 *                         {@code Boolean}, {@code Long}, {@code BigDecimal} or a {@code List} of those
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
        int commentsPerPage,
        Optional<Logo> logo,
        Map<String, Object> params) {

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
        Objects.requireNonNull(logo, "logo");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        if (perPage < 1 || commentsMaxDepth < 1 || commentsPerPage < 1) {
            throw new IllegalArgumentException("per_page, comments.max_depth and comments.per_page must be positive");
        }
    }

    /** Settings without a logo and without params. */
    public SiteConfig(String title, String baseUrl, Optional<String> description, String language, ZoneId timezone,
            Optional<String> publisher, int perPage, int commentsMaxDepth, int commentsPerPage) {
        this(title, baseUrl, description, language, timezone, publisher, perPage, commentsMaxDepth, commentsPerPage,
                Optional.empty(), Map.of());
    }

    /** The same settings with another base URL (the {@code --base-url} option). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, url, description, language, timezone, publisher, perPage,
                commentsMaxDepth, commentsPerPage, logo, params);
    }

    /**
     * The {@code logo} of {@code site.yaml}: an image looked for among the theme's static files
     * (a site's {@code templates/static/}), then directly in the content folder.
     *
     * @param file      the path as written, relative, with {@code /} separators: {@code courier.svg}
     * @param inContent the file in the content folder, when it is there
     * @param position  where {@code site.yaml} names it
     */
    public record Logo(String file, Optional<Path> inContent, SourcePosition position) {
        public Logo {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(inContent, "inContent");
            Objects.requireNonNull(position, "position");
        }
    }
}
