package org.rostrum.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code site.yaml} to be written by {@link ContentWriter}: the settings of the content format (docs/content.md) that a new
 * archive needs; the others keep their defaults.
 *
 * @param title       name of the archive
 * @param baseUrl     absolute URL where the site will live
 * @param description one sentence for the home page, feed and meta tags
 * @param language    BCP 47 tag
 * @param timezone    an IANA time zone such as {@code Europe/Berlin}
 */
public record SiteDraft(String title, String baseUrl, Optional<String> description, Optional<String> language,
        Optional<String> timezone, List<String> languages) {

    public SiteDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timezone, "timezone");
        languages = List.copyOf(languages);
    }

    /** Settings of a site in one language. */
    public SiteDraft(String title, String baseUrl, Optional<String> description, Optional<String> language,
            Optional<String> timezone) {
        this(title, baseUrl, description, language, timezone, List.of());
    }

    /** Settings without a time zone, which then defaults to UTC. */
    public SiteDraft(String title, String baseUrl, Optional<String> description, Optional<String> language) {
        this(title, baseUrl, description, language, Optional.empty());
    }

    /**
     * A value that reading {@code site.yaml} would reject.
     *
     * @param field   the field of {@code site.yaml}: {@code base_url}
     * @param message what is wrong, in the words of the error the file would give:
     *                {@code must be an absolute http or https URL …, not 'x'}
     */
    public record Problem(String field, String message) {
    }

    /** The values that {@code site.yaml} would reject, checked as its reader checks them, in field order. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (title.isBlank()) {
            problems.add(new Problem("title", "must not be empty"));
        }
        BaseUrl.problem(baseUrl).ifPresent(problem -> problems.add(new Problem("base_url", problem)));
        language.filter(tag -> SiteValues.language(tag).isEmpty())
                .ifPresent(tag -> problems.add(invalid("language", SiteValues.LANGUAGE, tag, "")));
        timezone.filter(id -> SiteValues.zone(id).isEmpty())
                .ifPresent(id -> problems.add(invalid("timezone", SiteValues.TIMEZONE, id, SiteValues.zoneHint(id))));
        return List.copyOf(problems);
    }

    private static Problem invalid(String field, String expected, String value, String hint) {
        return new Problem(field, "must be " + expected + ", not " + Fields.quote(value) + hint);
    }
}
