package org.rostrum.source;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code site.yaml} to be written by {@link ContentWriter}: the settings of DESIGN 2.1 that a new
 * archive needs; the others keep their defaults.
 *
 * @param title       name of the archive
 * @param baseUrl     absolute URL where the site will live
 * @param description one sentence for the home page, feed and meta tags
 * @param language    BCP 47 tag
 * @param timezone    an IANA time zone such as {@code Europe/Berlin}
 */
public record SiteDraft(String title, String baseUrl, Optional<String> description, Optional<String> language,
        Optional<String> timezone) {

    public SiteDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timezone, "timezone");
    }

    /** A site without a time zone (its archive is shown in UTC). */
    public SiteDraft(String title, String baseUrl, Optional<String> description, Optional<String> language) {
        this(title, baseUrl, description, language, Optional.empty());
    }
}
