package org.rostrum.source;

import java.util.Optional;

/**
 * The rule for the root URL of a site, one for {@code base_url} in {@code site.yaml} and for the
 * {@code --base-url} option: an absolute {@code http} or {@code https} URL with a host, without
 * query, fragment, user name or password (the URL is published on every page, in feeds and in
 * the sitemap).
 */
public final class BaseUrl {

    /** What a base URL must be, for messages. */
    public static final String EXPECTED = "an absolute http or https URL such as https://archive.example.org/";

    private BaseUrl() {
    }

    /**
     * Why {@code url} cannot be the root of a site, as the end of a sentence about it (for example
     * {@code must be an absolute http or https URL …}), or empty when it can. Never repeats a
     * password.
     */
    public static Optional<String> problem(String url) {
        if (!Urls.isBase(url)) {
            return Optional.of("must be " + EXPECTED + ", not " + Fields.quote(url.strip()));
        }
        if (Urls.hasUserInfo(url)) {
            return Optional.of("must not contain a user name or password (user:password@): it would be published on"
                    + " every page");
        }
        return Optional.empty();
    }
}
