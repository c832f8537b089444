package org.rostrum.markdown;

import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.Set;
import org.rostrum.layout.Layout;

/**
 * Rewrites editors' links and images that stay inside the site so that they work on every page
 * that shows the text, under any path and from {@code file://}: a link that starts with one
 * {@code /} (site-root-relative) and a relative link (resolved against the folder of the page the
 * text belongs to, such as {@code debates/x/}) both become a path from the page up to the root and
 * down again ({@code /debates/y/} and {@code ../y/} become {@code ../../debates/y/index.html} on a
 * debate page). The same HTML therefore also works on other pages at the same depth, such as a
 * person's page that quotes a response. Links to a folder name its {@code index.html}, because a
 * browser opening the site from {@code file://} shows a folder listing rather than its index.
 * {@code //host/x}, {@code #anchors} and URLs with a scheme are left as they are; a relative link
 * that climbs above the site's root is left as written.
 *
 * <p>The page's folder travels with the parsed document ({@link #PAGE_FOLDER}), so one renderer
 * serves pages at every depth.
 */
final class SiteLinkResolver implements LinkResolver {

    /** The folder of the page being rendered, relative to the site root: {@code debates/x/}, or {@code ""}. */
    static final DataKey<String> PAGE_FOLDER = new DataKey<>("ROSTRUM_PAGE_FOLDER", "");

    private final String pageFolder;

    private SiteLinkResolver(String pageFolder) {
        this.pageFolder = pageFolder;
    }

    static String rewrite(String url, String pageFolder) {
        if (url.startsWith("//") || url.startsWith("#") || url.isEmpty() || hasScheme(url)
                || url.regionMatches(true, 0, "www.", 0, 4)) {
            return url;
        }
        int end = indexOfAny(url, "?#");
        String path = url.startsWith("/") ? url.substring(1, end) : resolve(pageFolder, url.substring(0, end));
        if (path == null) {
            return url;
        }
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + Layout.INDEX;
        }
        return "../".repeat(depth(pageFolder)) + path + url.substring(end);
    }

    /** {@code relative} resolved against {@code folder}, as a path from the root; null if it climbs above it. */
    private static String resolve(String folder, String relative) {
        java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
        for (String s : folder.split("/")) {
            if (!s.isEmpty()) {
                segments.addLast(s);
            }
        }
        String[] parts = relative.split("/", -1);
        for (String part : parts) {
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                segments.addLast(part);
            }
        }
        String joined = String.join("/", segments);
        boolean folderLink = relative.isEmpty() || relative.endsWith("/") || relative.endsWith("/.")
                || relative.endsWith("/..") || relative.equals(".") || relative.equals("..");
        return folderLink && !joined.isEmpty() ? joined + "/" : joined;
    }

    private static int depth(String folder) {
        int depth = 0;
        for (String s : folder.split("/")) {
            if (!s.isEmpty()) {
                depth++;
            }
        }
        return depth;
    }

    /** Whether {@code url} starts with a scheme such as {@code https:} (RFC 3986: a letter, then letters, digits, +, - or .). */
    private static boolean hasScheme(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && ((c >= '0' && c <= '9')
                    || c == '+' || c == '-' || c == '.'));
            if (!ok) {
                return false;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        String url = link.getUrl();
        String rewritten = rewrite(url, pageFolder);
        return rewritten.equals(url) ? link : link.withStatus(LinkStatus.VALID).withUrl(rewritten);
    }

    static final class Factory implements LinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new SiteLinkResolver(PAGE_FOLDER.get(context.getDocument()));
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
