package org.rostrum.markdown;

import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.Set;

/**
 * Rewrites editors' links and images that start with one {@code /} (site-root-relative) to start
 * with the page's path to the root instead, and makes every link to a folder of the site
 * ({@code /people/}, {@code ../x/}) name the folder's {@code index.html}, so that the site works
 * under any path and from {@code file://}, where a folder does not open its index. {@code //host/x},
 * absolute URLs and fragments of the same page ({@code #top}) are left as they are.
 *
 * <p>The root prefix travels with the parsed document ({@link #ROOT_PREFIX}), so one renderer
 * serves pages at every depth.
 */
final class SiteLinkResolver implements LinkResolver {

    /** The relative path from the page being rendered to the site root, for example {@code ../../}. */
    static final DataKey<String> ROOT_PREFIX = new DataKey<>("ROSTRUM_ROOT_PREFIX", "");

    private final String rootPrefix;

    private SiteLinkResolver(String rootPrefix) {
        this.rootPrefix = rootPrefix;
    }

    static String rewrite(String url, String rootPrefix) {
        if (url.isEmpty() || url.startsWith("//") || url.startsWith("#") || url.startsWith("?") || hasScheme(url)) {
            return url;
        }
        String local = url.startsWith("/") ? rootPrefix + url.substring(1) : url;
        int end = pathEnd(local);
        String path = local.substring(0, end);
        if (path.isEmpty() || path.endsWith("/")) {
            return path + INDEX + local.substring(end);
        }
        return local;
    }

    private static final String INDEX = "index.html";

    /** Where the path of a URL ends: at its query or fragment, if any. */
    private static int pathEnd(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '?' || url.charAt(i) == '#') {
                return i;
            }
        }
        return url.length();
    }

    /** Whether the URL starts with a scheme ({@code https:}, {@code mailto:}), per RFC 3986. */
    private static boolean hasScheme(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!(letter || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))) {
                return false;
            }
        }
        return false;
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        String url = link.getUrl();
        String rewritten = rewrite(url, rootPrefix);
        return rewritten.equals(url) ? link : link.withStatus(LinkStatus.VALID).withUrl(rewritten);
    }

    static final class Factory implements LinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new SiteLinkResolver(ROOT_PREFIX.get(context.getDocument()));
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
