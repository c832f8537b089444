package org.rostrum.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The part of a media address that names the file: host (lower-cased) and path, without scheme,
 * port, query or fragment, so that {@code http://} and {@code https://} links to one upload and
 * WordPress's {@code ?w=300} variants count as the same file.
 */
final class MediaKey {

    private MediaKey() {
    }

    static String of(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null || uri.getRawPath() == null) {
                return url.strip();
            }
            return uri.getHost().toLowerCase(Locale.ROOT) + uri.getRawPath();
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }
}
