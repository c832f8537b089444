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
 * {@code file://}. {@code //host/x}, absolute URLs and relative links are left as they are.
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
        if (!url.startsWith("/") || url.startsWith("//")) {
            return url;
        }
        String rewritten = rootPrefix + url.substring(1);
        return rewritten.isEmpty() ? "./" : rewritten;
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
