package org.rostrum.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The URL checks of the content format: author links, person links and the base URL. */
final class Urls {

    private Urls() {
    }

    /** An absolute {@code http:} or {@code https:} URL with a host. */
    static boolean isWeb(String url) {
        return webUri(url).isPresent();
    }

    /** A web URL, or a {@code mailto:} URL with an address. */
    static boolean isWebOrMail(String url) {
        return isWeb(url) || (url.toLowerCase(Locale.ROOT).startsWith("mailto:") && url.length() > "mailto:".length()
                && url.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)));
    }

    /** A web URL without query or fragment, usable as the root of the site. */
    static boolean isBase(String url) {
        return webUri(url).filter(uri -> uri.getRawQuery() == null && uri.getRawFragment() == null).isPresent();
    }

    /** Whether the URL carries a user name or password ({@code https://user:password@host/}). */
    static boolean hasUserInfo(String url) {
        return webUri(url).filter(uri -> uri.getRawUserInfo() != null).isPresent();
    }

    private static Optional<URI> webUri(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
