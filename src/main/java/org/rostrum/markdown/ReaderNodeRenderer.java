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
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the nodes of a reader's comment that could carry markup or script, in place of Flexmark's
 * own renderers.
 *
 * <ul>
 *   <li>Raw HTML, block or inline, comments included, is written as escaped text, except the bare
 *       formatting tags of {@link #FORMATTING} inside a paragraph: {@code <br>} (also written
 *       {@code <br/>} or {@code <br />}) anywhere, the others when written without attributes and
 *       closed in the same paragraph at the same level, so that the result is always well nested.
 *       An unpaired or crossed tag stays text.</li>
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

    /** The inline tags a reader may write as HTML, as WordPress allowed them in comments. */
    static final Set<String> FORMATTING = Set.of("br", "kbd", "code", "del", "s", "strike", "b", "strong", "i",
            "em", "q", "cite", "abbr", "sub", "sup");

    /** A bare tag: {@code <kbd>}, {@code </kbd>}, {@code <br />}; group 1 is the slash of a closing tag. */
    private static final Pattern BARE_TAG = Pattern.compile("<(/?)([a-zA-Z]+)\\s*/?>");

    /** The formatting tags of a document that are written as tags, found once per document. */
    private static final NullableDataKey<Set<Node>> PAIRED = new NullableDataKey<>("ROSTRUM_PAIRED_TAGS");

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
        Matcher tag = BARE_TAG.matcher(node.getChars());
        if (node instanceof HtmlInline && tag.matches() && paired(context.getDocument()).contains(node)) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            html.raw(name.equals("br") ? "<br />" : "<" + tag.group(1) + name + ">");
        } else {
            html.text(node.getChars().normalizeEOL());
        }
    }

    /**
     * The inline HTML nodes of {@code document} that are formatting tags to write as tags: every
     * {@code <br>}, and each opening tag with the closing tag that ends it among the same parent's
     * children, matched as a stack, so that a closing tag that does not close the innermost open one
     * is left as text. Linear in the size of the document; computed once per document.
     */
    private static Set<Node> paired(Document document) {
        Set<Node> paired = PAIRED.get(document);
        if (paired == null) {
            paired = Collections.newSetFromMap(new IdentityHashMap<>());
            pairChildren(document, paired);
            document.set(PAIRED, paired);
        }
        return paired;
    }

    private static void pairChildren(Node root, Set<Node> paired) {
        Deque<Node> parents = new ArrayDeque<>();
        parents.push(root);
        while (!parents.isEmpty()) {
            Node parent = parents.pop();
            Deque<Node> open = new ArrayDeque<>();
            Deque<String> names = new ArrayDeque<>();
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                if (child.hasChildren()) {
                    parents.push(child);
                }
                if (!(child instanceof HtmlInline)) {
                    continue;
                }
                Matcher tag = BARE_TAG.matcher(child.getChars());
                String name = tag.matches() ? tag.group(2).toLowerCase(Locale.ROOT) : "";
                if (!FORMATTING.contains(name)) {
                    continue;
                }
                if (name.equals("br")) {
                    paired.add(child);
                } else if (tag.group(1).isEmpty() && !child.getChars().toString().endsWith("/>")) {
                    open.push(child);
                    names.push(name);
                } else if (tag.group(1).equals("/") && name.equals(names.peek())) {
                    paired.add(open.pop());
                    names.pop();
                    paired.add(child);
                }
            }
        }
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
