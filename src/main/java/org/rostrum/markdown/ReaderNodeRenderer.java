package org.rostrum.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.Set;

/**
 * Renders the nodes of a reader's comment that could carry markup or script, in place of Flexmark's
 * own renderers.
 *
 * <ul>
 *   <li>Raw HTML, block or inline, comments included, is written as escaped text.</li>
 *   <li>Links (inline, reference, autolinks, bare URLs) keep their destination only when
 *       {@link UrlPolicy#allowsReaderLink} allows it, and get {@code rel="nofollow ugc noopener"};
 *       otherwise only their text is written. A link never contains another link.</li>
 *   <li>Images are written as a link to their source, labelled with the alt text (or the source),
 *       never loaded.</li>
 *   <li>Headings are written as a paragraph in bold; fenced code has no {@code class} from the info
 *       string; no node gets an {@code id}, {@code class} or {@code style}.</li>
 * </ul>
 *
 * <p>Stateless: one instance serves all renders on all threads.
 */
final class ReaderNodeRenderer implements NodeRenderer {

    static final String REL = "nofollow ugc noopener";

    private final Set<NodeRenderingHandler<?>> handlers = Set.of(
            new NodeRenderingHandler<>(Heading.class, this::heading),
            new NodeRenderingHandler<>(FencedCodeBlock.class, this::fencedCode),
            new NodeRenderingHandler<>(HtmlBlock.class, this::htmlBlock),
            new NodeRenderingHandler<>(HtmlCommentBlock.class, this::htmlBlock),
            new NodeRenderingHandler<>(HtmlInnerBlock.class, this::htmlBlock),
            new NodeRenderingHandler<>(HtmlInnerBlockComment.class, this::htmlBlock),
            new NodeRenderingHandler<>(HtmlInline.class, this::htmlInline),
            new NodeRenderingHandler<>(HtmlInlineComment.class, this::htmlInline),
            new NodeRenderingHandler<>(Link.class, this::link),
            new NodeRenderingHandler<>(LinkRef.class, this::linkRef),
            new NodeRenderingHandler<>(AutoLink.class, this::autoLink),
            new NodeRenderingHandler<>(MailLink.class, this::mailLink),
            new NodeRenderingHandler<>(Image.class, this::image),
            new NodeRenderingHandler<>(ImageRef.class, this::imageRef));

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }

    private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
        html.tagLine("p", () -> html.tag("strong", () -> context.renderChildren(node)));
    }

    private void fencedCode(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.tag("pre").openPre();
        html.tag("code").text(node.getContentChars().normalizeEOL()).tag("/code");
        html.tag("/pre").closePre();
        html.line();
    }

    private void htmlBlock(HtmlBlockBase node, NodeRendererContext context, HtmlWriter html) {
        String text = node.getChars().normalizeEOL().strip();
        if (!text.isEmpty()) {
            html.tagLine("p", () -> html.text(text));
        }
    }

    private void htmlInline(Node node, NodeRendererContext context, HtmlWriter html) {
        html.text(node.getChars().normalizeEOL());
    }

    private void link(Link node, NodeRendererContext context, HtmlWriter html) {
        anchor(node.getUrl().unescape(), context, html, () -> context.renderChildren(node));
    }

    private void linkRef(LinkRef node, NodeRendererContext context, HtmlWriter html) {
        Reference reference = definition(node, context);
        if (reference == null) {
            writeUnresolved(node, context, html);
        } else {
            anchor(reference.getUrl().unescape(), context, html, () -> context.renderChildren(node));
        }
    }

    private void autoLink(AutoLink node, NodeRendererContext context, HtmlWriter html) {
        String text = node.getText().toString();
        String url = text.startsWith("www.") ? context.getHtmlOptions().autolinkWwwPrefix + text : text;
        anchor(url, context, html, () -> html.text(text));
    }

    private void mailLink(MailLink node, NodeRendererContext context, HtmlWriter html) {
        String text = node.getText().unescape();
        anchor("mailto:" + text, context, html, () -> html.text(text));
    }

    private void image(Image node, NodeRendererContext context, HtmlWriter html) {
        imageAsLink(node, node.getUrl().unescape(), context, html);
    }

    private void imageRef(ImageRef node, NodeRendererContext context, HtmlWriter html) {
        Reference reference = definition(node, context);
        if (reference == null) {
            html.text(node.getChars().unescape());
        } else {
            imageAsLink(node, reference.getUrl().unescape(), context, html);
        }
    }

    private void imageAsLink(Node node, String url, NodeRendererContext context, HtmlWriter html) {
        String alt = new TextCollectingVisitor().collectAndGetText(node).strip();
        String label = alt.isEmpty() ? url : alt;
        anchor(url, context, html, () -> html.text(label));
    }

    /** Writes {@code <a>} around the content when the URL is allowed and no link is open, else the content alone. */
    private static void anchor(String url, NodeRendererContext context, HtmlWriter html, Runnable content) {
        if (context.isDoNotRenderLinks() || !UrlPolicy.allowsReaderLink(url)) {
            content.run();
            return;
        }
        html.attr("href", url).attr("rel", REL).withAttr().tag("a");
        context.doNotRenderLinks(true);
        content.run();
        context.doNotRenderLinks(false);
        html.tag("/a");
    }

    private static Reference definition(RefNode node, NodeRendererContext context) {
        return node.isDefined() ? node.getReferenceNode(context.getDocument()) : null;
    }

    /** An undefined reference ({@code [x][nowhere]}) is text, brackets included, as CommonMark says. */
    private static void writeUnresolved(RefNode node, NodeRendererContext context, HtmlWriter html) {
        if (!node.hasChildren()) {
            html.text(node.getChars().unescape());
        } else {
            html.text(node.getChars().prefixOf(node.getChildChars()).unescape());
            context.renderChildren(node);
            html.text(node.getChars().suffixOf(node.getChildChars()).unescape());
        }
    }
}
