package org.rostrum.render;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rostrum.layout.Layout;

/**
 * The redirect maps of a site, one per kind of server, each answering every old address with a
 * 301 to the page it moved to:
 *
 * <ul>
 * <li>{@code _redirects} for Netlify and Cloudflare Pages: {@code /old/ /new/ 301} per line, paths
 *     percent-encoded;</li>
 * <li>{@code redirects.nginx.conf}: a {@code map $uri $rostrum_redirect} block for the {@code http}
 *     context, keys as nginx compares them (decoded), to be used with
 *     {@code if ($rostrum_redirect) { return 301 $rostrum_redirect; }};</li>
 * <li>{@code .htaccess} for Apache: one {@code RewriteRule} per address, relative to the folder the
 *     file is in.</li>
 * </ul>
 *
 * <p>A new address may carry a query ({@code /search/?q=caf%C3%A9}): it is written after the
 * encoded path, with what is not already an escape percent-encoded, and replaces any query of the
 * request.
 *
 * <p>Every path carries the path of the site's address ({@code /blog/} for
 * {@code https://example.org/blog/}), since the site is served below it. An old address ending in
 * {@code /} also answers without its slash. The maps list the redirects in the order given, which
 * is deterministic, so the files are too. Immutable.
 */
final class RedirectMaps {

    static final String NETLIFY = Layout.netlifyRedirects();
    static final String NGINX = Layout.nginxRedirects();
    static final String APACHE = Layout.apacheRedirects();

    /**
     * One old address and where it now is.
     *
     * @param from the old path from the site root, starting with {@code /} (as an alias is written,
     *             possibly percent-encoded)
     * @param to   the new page relative to the site root, e.g. {@code debates/votes-at-16/}
     */
    record Redirect(String from, String to) {
    }

    private final String basePath;
    private final List<Redirect> redirects;

    /** @param baseUrl the site's address, ending in {@code /} */
    RedirectMaps(String baseUrl, List<Redirect> redirects) {
        String path = URI.create(baseUrl).getRawPath();
        this.basePath = path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
        this.redirects = List.copyOf(redirects);
    }

    String netlify() {
        StringBuilder out = new StringBuilder("# Old addresses, moved permanently (written by Rostrum)\n");
        for (Redirect r : redirects) {
            out.append(encode(basePath + Layout.decodePath(r.from().substring(1)))).append(' ')
                    .append(target(r)).append(" 301\n");
        }
        return out.toString();
    }

    String nginx() {
        StringBuilder out = new StringBuilder();
        out.append("# Old addresses, moved permanently (written by Rostrum). Include in the http block and\n")
                .append("# add to the server block: if ($rostrum_redirect) { return 301 $rostrum_redirect; }\n");
        int longest = 0;
        List<String[]> entries = new ArrayList<>();
        for (Redirect r : redirects) {
            String from = basePath + Layout.decodePath(r.from().substring(1));
            entries.add(new String[] {from, target(r)});
            if (from.endsWith("/") && from.length() > 1) {
                entries.add(new String[] {from.substring(0, from.length() - 1), target(r)});
            }
        }
        for (String[] e : entries) {
            longest = Math.max(longest, e[0].getBytes(StandardCharsets.UTF_8).length);
        }
        out.append("map_hash_bucket_size ").append(powerOfTwoAtLeast(Math.max(64, longest + 24))).append(";\n");
        out.append("map_hash_max_size ").append(powerOfTwoAtLeast(Math.max(2048, entries.size() * 4))).append(";\n");
        out.append("map $uri $rostrum_redirect {\n    default \"\";\n");
        for (String[] e : entries) {
            out.append("    ").append(quoted(e[0])).append(' ').append(quoted(e[1])).append(";\n");
        }
        return out.append("}\n").toString();
    }

    String apache() {
        StringBuilder out = new StringBuilder("# Old addresses, moved permanently (written by Rostrum)\n");
        out.append("RewriteEngine On\n");
        for (Redirect r : redirects) {
            String from = Layout.decodePath(r.from().substring(1));
            boolean slash = from.endsWith("/");
            String pattern = pattern(slash ? from.substring(0, from.length() - 1) : from);
            // In a substitution, %N is a back-reference and $N too: a literal % is written \%. A
            // query in the substitution replaces the one asked with; NE keeps the escapes as written.
            out.append("RewriteRule ^").append(pattern).append(slash ? "/?" : "").append("$ ")
                    .append(target(r).replace("%", "\\%")).append(" [R=301,L,NE]\n");
        }
        return out.toString();
    }

    /** The new address: its path percent-encoded, its query (if any) as {@link #encodeQuery} writes it. */
    private String target(Redirect r) {
        int query = r.to().indexOf('?');
        return query < 0 ? encode(basePath + r.to())
                : encode(basePath + r.to().substring(0, query)) + "?" + encodeQuery(r.to().substring(query + 1));
    }

    /**
     * A query as it goes into a map and a redirect page: {@code %HH} escapes, letters, digits and
     * {@code -._~=&+} kept, every other byte (a space, a non-ASCII letter, a lone {@code %})
     * percent-encoded, so {@code q=café} and {@code q=caf%C3%A9} give the same address.
     */
    static String encodeQuery(String query) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = query.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean escape = c == '%' && i + 2 < bytes.length && hex((char) bytes[i + 1]) >= 0
                    && hex((char) bytes[i + 2]) >= 0;
            if (isAlphanumeric(c) || "-._~=&+".indexOf(c) >= 0 || escape) {
                out.append((char) c);
            } else {
                out.append(String.format("%%%02X", c));
            }
        }
        return out.toString();
    }

    /** A PCRE pattern matching exactly {@code path}: bytes other than letters, digits, {@code /_-} as {@code \xHH}. */
    private static String pattern(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAlphanumeric(c) || c == '/' || c == '_' || c == '-') {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02X", c));
            }
        }
        return out.toString();
    }

    /** An nginx string in double quotes. */
    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * {@code path} with every byte other than letters, digits, {@code /-._~} percent-encoded, so that
     * no character means anything to a map ({@code :} and {@code *} do in {@code _redirects}).
     */
    static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAlphanumeric(c) || "/-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append(String.format("%%%02X", c));
            }
        }
        return out.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static boolean isAlphanumeric(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static int powerOfTwoAtLeast(int n) {
        int p = 1;
        while (p < n) {
            p <<= 1;
        }
        return p;
    }
}
