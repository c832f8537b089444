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
 * with the page's path to the root instead, so that the site works under any path and from
 * {@code file://}; and names {@code index.html} in every link inside the site whose path ends in a
 * folder ({@code /debates/x/} becomes {@code ../../debates/x/index.html}), because a browser opening
 * the site from {@code file://} shows a folder listing rather than its index. {@code //host/x} and
 * URLs with a scheme are left as they are.
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
        if (url.startsWith("//") || url.startsWith("#") || url.isEmpty() || hasScheme(url)) {
            return url;
        }
        String rewritten = url.startsWith("/") ? rootPrefix + url.substring(1) : url;
        int end = indexOfAny(rewritten, "?#");
        String path = rewritten.substring(0, end);
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        return path + rewritten.substring(end);
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
