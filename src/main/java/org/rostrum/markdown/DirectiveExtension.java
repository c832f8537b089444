package org.rostrum.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * The {@code reader} and {@code response} directives as a Flexmark extension: the block parser, and
 * a renderer that writes a directive's content without any wrapper (the templates decide how a
 * prompt or a response looks) and a misplaced {@code :::} line as nothing.
 */
final class DirectiveExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private static final NodeRenderer RENDERER = () -> Set.of(
            new NodeRenderingHandler<>(DirectiveBlock.class, (node, context, html) -> context.renderChildren(node)),
            new NodeRenderingHandler<>(DirectiveMarker.class, (node, context, html) -> { }));

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new DirectiveParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> RENDERER);
    }
}
