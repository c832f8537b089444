package org.rostrum.source;

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
 */
public record SiteDraft(String title, String baseUrl, Optional<String> description, Optional<String> language) {

    public SiteDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
    }
}
