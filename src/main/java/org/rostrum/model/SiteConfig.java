package org.rostrum.model;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param languages        the {@code languages} of a site published in several: BCP 47 tags, the default
 *                         (also {@code language}) first; empty for a site in one language
 * @param defaultLanguageInFolder {@code default_language_in_folder}: the default language's pages under
 *                         {@code <language>/} like the others', with a page at the root that sends
 *                         readers there; only for a site in several languages
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
        Map<String, Object> params,
        List<String> languages,
        boolean defaultLanguageInFolder,
        boolean search) {

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
        languages = List.copyOf(languages);
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        if (perPage < 1 || commentsMaxDepth < 1 || commentsPerPage < 1) {
            throw new IllegalArgumentException("per_page, comments.max_depth and comments.per_page must be positive");
        }
    }

    /** Settings with search. */
    public SiteConfig(String title, String baseUrl, Optional<String> description, String language, ZoneId timezone,
            Optional<String> publisher, int perPage, int commentsMaxDepth, int commentsPerPage, Optional<Logo> logo,
            Map<String, Object> params, List<String> languages, boolean defaultLanguageInFolder) {
        this(title, baseUrl, description, language, timezone, publisher, perPage, commentsMaxDepth, commentsPerPage,
                logo, params, languages, defaultLanguageInFolder, true);
    }

    /** Settings with the default language at the root. */
    public SiteConfig(String title, String baseUrl, Optional<String> description, String language, ZoneId timezone,
            Optional<String> publisher, int perPage, int commentsMaxDepth, int commentsPerPage, Optional<Logo> logo,
            Map<String, Object> params, List<String> languages) {
        this(title, baseUrl, description, language, timezone, publisher, perPage, commentsMaxDepth, commentsPerPage,
                logo, params, languages, false);
    }

    /** Settings in one language. */
    public SiteConfig(String title, String baseUrl, Optional<String> description, String language, ZoneId timezone,
            Optional<String> publisher, int perPage, int commentsMaxDepth, int commentsPerPage, Optional<Logo> logo,
            Map<String, Object> params) {
        this(title, baseUrl, description, language, timezone, publisher, perPage, commentsMaxDepth, commentsPerPage,
                logo, params, List.of());
    }

    /** The languages the site is published in, the default first: {@code languages}, or {@code language} alone. */
    public List<String> editions() {
        return languages.isEmpty() ? List.of(language) : languages;
    }

    /**
     * Published in more than one language: each but the default (each, with {@link #everyLanguageInFolder})
     * under its own folder.
     */
    public boolean multilingual() {
        return editions().size() > 1;
    }

    /** Every language under its own folder, the default included: a site in several languages that asks for it. */
    public boolean everyLanguageInFolder() {
        return defaultLanguageInFolder && multilingual();
    }

    /** These settings for the pages of {@code edition}, one of {@link #editions()}, at {@code url}. */
    public SiteConfig forEdition(String edition, String url) {
        return new SiteConfig(title, url, description, edition, timezone, publisher, perPage,
                commentsMaxDepth, commentsPerPage, logo, params, languages, defaultLanguageInFolder, search);
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
                commentsMaxDepth, commentsPerPage, logo, params, languages, defaultLanguageInFolder, search);
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
