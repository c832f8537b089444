package org.rostrum.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.rostrum.layout.Layout;

/** Old addresses as site-root paths: what an alias is written as and what a Disqus link is matched by. */
final class Aliases {


    private Aliases() {
    }

    /**
     * The path of {@code link} below the blog's address, for example {@code /2019/01/russia-nato/} for
     * {@code https://example.org/blog/2019/01/russia-nato/} under {@code https://example.org/blog}.
     * Empty when the link has no such path: the blog's front page, an address with a query
     * ({@code /?p=12}), or a path with empty, {@code .} or {@code ..} segments.
     */
    static Optional<String> pathUnder(String link, String blogUrl) {
        Optional<URI> uri = parse(link);
        if (uri.isEmpty() || uri.get().getRawQuery() != null || uri.get().getRawPath() == null) {
            return Optional.empty();
        }
        String path = uri.get().getRawPath();
        Optional<URI> blog = parse(blogUrl);
        if (blog.isPresent() && blog.get().getRawPath() != null && sameHost(uri.get(), blog.get())) {
            String prefix = blog.get().getRawPath().replaceAll("/+$", "");
            if (!prefix.isEmpty() && path.startsWith(prefix + "/")) {
                path = path.substring(prefix.length());
            }
        }
        return safe(path);
    }

    /**
     * Whether the built site writes a page of its own at {@code alias} (a path as given by
     * {@link #pathUnder}), so that a redirect there would clash with it ({@link Layout#isBuiltBySite}).
     */
    static boolean builtBySite(String alias) {
        return Layout.isBuiltBySite(alias);
    }

    /** A link's or alias's path as compared when matching: decoded, with a leading and trailing slash. */
    static Optional<String> matchKey(String linkOrPath) {
        String path = linkOrPath.strip();
        if (!path.startsWith("/")) {
            Optional<URI> uri = parse(path);
            if (uri.isEmpty() || uri.get().getRawPath() == null || uri.get().getScheme() == null) {
                return Optional.empty();
            }
            path = uri.get().getRawPath();
        }
        int end = indexOfAny(path, "?#");
        if (end >= 0) {
            path = path.substring(0, end);
        }
        path = Slugs.percentDecode(path);
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        return path.equals("/") ? Optional.empty() : Optional.of(path);
    }

    private static Optional<String> safe(String path) {
        if (!path.startsWith("/") || path.equals("/")) {
            return Optional.empty();
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = Slugs.percentDecode(segments[i]);
            boolean last = i == segments.length - 1;
            if ((segment.isEmpty() && !last) || segment.equals(".") || segment.equals("..")
                    || segment.chars().anyMatch(c -> c < 0x20 || c == '\\' || c == 0x7f || c == '/')) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    private static boolean sameHost(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(String.valueOf(b.getHost()));
    }

    private static Optional<URI> parse(String address) {
        try {
            return Optional.of(new URI(address.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
