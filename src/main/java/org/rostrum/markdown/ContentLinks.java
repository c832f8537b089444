package org.rostrum.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.rostrum.model.ContentLink;

/**
 * Finds the destinations in editors' Markdown that stay inside the site, for the broken-link check.
 *
 * <p>Inline links and images count at their own position ({@code [} or {@code !}); reference-style
 * links count once, at their definition ({@code [name]: /x/}), which is where the destination is
 * written and would be fixed. The URL is the destination with Markdown escapes and entities
 * decoded, before the root prefix is applied. Raw HTML is not looked into.
 */
final class ContentLinks {

    private ContentLinks() {
    }

    static List<ContentLink> collect(Node root, SourceMap sourceMap) {
        List<ContentLink> links = new ArrayList<>();
        collect(root, sourceMap, links);
        return links;
    }

    private static void collect(Node node, SourceMap sourceMap, List<ContentLink> links) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            BasedSequence url = child instanceof Link link ? link.getUrl()
                    : child instanceof Image image ? image.getUrl()
                    : child instanceof Reference reference ? reference.getUrl()
                    : null;
            if (url != null) {
                String destination = url.unescape();
                if (UrlPolicy.staysInSite(destination)) {
                    links.add(new ContentLink(destination, sourceMap.position(child.getStartOffset())));
                }
            }
            collect(child, sourceMap, links);
        }
    }
}
