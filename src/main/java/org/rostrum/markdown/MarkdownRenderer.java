package org.rostrum.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.model.Block;
import org.rostrum.model.ContentLink;
import org.rostrum.model.EditorialText;
import org.rostrum.model.ReaderPrompt;
import org.rostrum.model.Response;

/**
 * Turns Markdown into HTML: the editors' text (trusted, with the {@code reader} and {@code response}
 * directives) and the readers' comments (untrusted).
 *
 * <p>Build one per process and share it: it is immutable and safe to use from many threads. The
 * Flexmark parsers and renderers are built once, on first use; Flexmark keeps no state in them
 * between calls and creates its working objects per document.
 */
public final class MarkdownRenderer {

    /*
     * Flexmark parses and renders nested blocks recursively, so a few hundred levels of lists or
     * quotes exhaust a thread's stack. Nothing is shared in a half-done state when that happens (all
     * working objects belong to the one call), so the error is caught where a call starts and the
     * input is reported (editors) or shown as text (readers) instead of failing the build.
     */
    static final String TOO_DEEP = "Markdown nested too deeply to render: flatten its lists or block quotes";

    /** The start of the error for editors' text over the {@link CommentBudget} work estimate. */
    static final String TOO_COSTLY = "Markdown too costly to render: ";

    /** The Flexmark parsers and renderers, built on first use: a build in which nothing changed needs none. */
    private record Engines(Parser editorialParser, Parser editorialParserWithoutAutolinks, HtmlRenderer editorialHtml,
            CommentParsers commentParsers, HtmlRenderer commentHtml) {
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\r]*\n");

    private volatile Engines engines;

    public MarkdownRenderer() {
    }

    private Engines engines() {
        Engines e = engines;
        if (e == null) {
            synchronized (this) {
                e = engines;
                if (e == null) {
                    e = build();
                    engines = e;
                }
            }
        }
        return e;
    }

    private static Engines build() {
        DataHolder editorial = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(),
                        new DirectiveExtension()))
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .toImmutable();
        Parser editorialParser = Parser.builder(editorial).build();
        Parser editorialParserWithoutAutolinks = Parser.builder(new MutableDataSet(editorial)
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), new DirectiveExtension()))
                .toImmutable()).build();
        HtmlRenderer editorialHtml = HtmlRenderer.builder(editorial).linkResolverFactory(new SiteLinkResolver.Factory())
                .build();

        DataHolder comment = new MutableDataSet()
                .set(Parser.EXTENSIONS, CommentParsers.ALL_EXTENSIONS)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                // a backstop: ReaderNodeRenderer already writes every kind of raw HTML as text
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .toImmutable();
        ReaderNodeRenderer readerNodes = new ReaderNodeRenderer();
        return new Engines(editorialParser, editorialParserWithoutAutolinks, editorialHtml,
                new CommentParsers(comment),
                HtmlRenderer.builder(comment).nodeRendererFactory(options -> readerNodes).build());
    }

    /**
     * Renders a debate body, splitting it at the directives. Unknown directives, unclosed blocks and
     * nested directives are reported at their line; person ids are not checked here.
     *
     * <p>The blocks come in source order: the editors' text between directives as one
     * {@link EditorialText} per stretch (never an empty one), each {@code reader} directive as a
     * {@link ReaderPrompt} numbered from 0, each {@code response} as a {@link Response} that answers
     * the nearest prompt above it, if any. An unknown directive, or one without its name or person
     * id, is reported and its content kept as editorial text; an unclosed one is reported and runs
     * to the end of the body.
     *
     * @param markdown    the body after the front matter
     * @param firstLine   the position of the body's first line in its file, so that positions of
     *                    problems and links are file positions
     * @param pageFolder  the folder of the page the text belongs to, relative to the site root, such as
     *                    {@code debates/x/} (see {@link SiteLinkResolver}): links that start with one
     *                    {@code /} and relative links are rewritten from it, so that the site works
     *                    under any path
     * @param diagnostics where problems go
     */
    public RenderedBody renderDebateBody(String markdown, SourcePosition firstLine, String pageFolder,
            Diagnostics diagnostics) {
        if (tooCostly(markdown, firstLine, diagnostics)) {
            return new RenderedBody(List.of(), "", List.of());
        }
        try {
            return debateBody(markdown, firstLine, pageFolder, diagnostics);
        } catch (StackOverflowError nestedTooDeeply) {
            diagnostics.error(firstLine, TOO_DEEP);
            return new RenderedBody(List.of(), "", List.of());
        }
    }

    /** Reports editors' text that would take Flexmark quadratic time, before it is parsed. */
    private static boolean tooCostly(String markdown, SourcePosition firstLine, Diagnostics diagnostics) {
        Optional<String> problem = CommentBudget.editorialProblem(markdown);
        problem.ifPresent(p -> diagnostics.error(firstLine, TOO_COSTLY + p + "; split it into shorter paragraphs"));
        return problem.isPresent();
    }

    private RenderedBody debateBody(String markdown, SourcePosition firstLine, String pageFolder,
            Diagnostics diagnostics) {
        Document document = parseEditorial(markdown, pageFolder);
        SourceMap sourceMap = new SourceMap(markdown, firstLine);
        DirectiveProblems.reportInDebate(document, sourceMap, diagnostics);
        String firstParagraph = PlainText.firstParagraph(document);
        List<ContentLink> links = ContentLinks.collect(document, sourceMap);
        return new RenderedBody(splitAtDirectives(document, sourceMap), firstParagraph, links);
    }

    /**
     * Renders editors' Markdown that has no directives: standalone pages, biographies, topic
     * descriptions. A directive here is an error at its line (its content is still rendered). The
     * result has one block, or none when the Markdown renders to nothing.
     */
    public RenderedBody renderEditorial(String markdown, SourcePosition firstLine, String pageFolder,
            Diagnostics diagnostics) {
        if (tooCostly(markdown, firstLine, diagnostics)) {
            return new RenderedBody(List.of(), "", List.of());
        }
        try {
            return editorial(markdown, firstLine, pageFolder, diagnostics);
        } catch (StackOverflowError nestedTooDeeply) {
            diagnostics.error(firstLine, TOO_DEEP);
            return new RenderedBody(List.of(), "", List.of());
        }
    }

    private RenderedBody editorial(String markdown, SourcePosition firstLine, String pageFolder,
            Diagnostics diagnostics) {
        Document document = parseEditorial(markdown, pageFolder);
        SourceMap sourceMap = new SourceMap(markdown, firstLine);
        DirectiveProblems.reportOutsideDebates(document, sourceMap, diagnostics);
        String html = engines().editorialHtml().render(document);
        List<Block> blocks = html.isBlank() ? List.of() : List.of(new EditorialText(html));
        return new RenderedBody(blocks, PlainText.firstParagraph(document), ContentLinks.collect(document, sourceMap));
    }

    /**
     * Renders a reader's comment. Untrusted: raw HTML is shown as text, except the bare formatting
     * tags of {@link ReaderNodeRenderer#FORMATTING} ({@code <br>}, {@code <kbd>…</kbd>} and the like,
     * without attributes and properly paired); only {@code http:},
     * {@code https:}, {@code mailto:} and relative links are kept (checked after entity decoding and
     * case folding) and get {@code rel="nofollow ugc noopener"}; images become links; headings become
     * paragraphs so that a comment cannot break the page's outline.
     *
     * <p>The result is a well-formed HTML fragment whose elements are among {@code p}, {@code br},
     * {@code em}, {@code strong}, {@code code}, {@code pre}, {@code blockquote}, {@code ul},
     * {@code ol}, {@code li}, {@code hr}, {@code a}, {@code del}, the tables of
     * {@code | a | b |} Markdown ({@code table}, {@code thead}, {@code tbody}, {@code tr}, {@code th},
     * {@code td}) and the formatting tags, with no attributes but {@code href} and {@code rel} on
     * links, {@code start} on ordered lists and {@code align} on table cells. A comment nested too
     * deeply to render (hundreds of levels of lists or quotes), or over the {@link CommentBudget}, is
     * shown as its escaped source text, so that rendering a comment takes time linear in its length.
     */
    public String renderComment(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        if (markdown.length() > CommentBudget.CHARS) {
            return asText(markdown);
        }
        // both read the characters from one array (see PlainComments.render(char[]))
        char[] chars = markdown.toCharArray();
        if (CommentBudget.problem(chars).isPresent()) {
            return asText(markdown);
        }
        String plain = PlainComments.render(chars);
        return plain != null ? plain : flexmarkComment(markdown);
    }

    /** A comment as escaped text, one {@code p} per stretch between blank lines; linear time. */
    static String asText(String markdown) {
        StringBuilder html = new StringBuilder(markdown.length() + 16);
        for (String paragraph : BLANK_LINE.split(markdown)) {
            String text = paragraph.strip();
            if (!text.isEmpty()) {
                html.append("<p>").append(Escaping.escapeHtml(text, false)).append("</p>\n");
            }
        }
        return LegalText.of(html.toString());
    }

    /**
     * A reader's comment through Flexmark alone: what {@link PlainComments} must match. It is parsed
     * without the extensions that the text gives nothing to do (see {@link CommentParsers}).
     */
    String flexmarkComment(String markdown) {
        return flexmarkComment(markdown, engines().commentParsers().forText(markdown));
    }

    /** A reader's comment through Flexmark with every extension: what {@link #flexmarkComment} must match. */
    String flexmarkCommentWithEveryExtension(String markdown) {
        return flexmarkComment(markdown, engines().commentParsers().withEveryExtension());
    }

    private String flexmarkComment(String markdown, Parser parser) {
        try {
            return LegalText.of(engines().commentHtml().render(parser.parse(markdown)));
        } catch (StackOverflowError nestedTooDeeply) {
            return asText(markdown);
        }
    }

    /**
     * Parses editors' Markdown. Turning bare URLs into links costs Flexmark more than the rest of
     * parsing (it unescapes every text node), and most text has none: so the text is parsed without
     * autolinks first, and again with them only when some text could hold a bare URL or address
     * ({@code www}, {@code ://}, {@code @}, or an entity or escape that could spell one). The result
     * is the same as parsing with autolinks every time.
     */
    private Document parseEditorial(String markdown, String pageFolder) {
        Objects.requireNonNull(markdown, "markdown");
        Document document = engines().editorialParserWithoutAutolinks().parse(markdown);
        if (mayHoldBareLinks(document)) {
            document = engines().editorialParser().parse(markdown);
        }
        document.set(SiteLinkResolver.PAGE_FOLDER, Objects.requireNonNull(pageFolder, "pageFolder"));
        return document;
    }

    /**
     * The HTML of editors' Markdown parsed with or without autolinks, and whether {@link #parseEditorial}
     * would have parsed it again with them: for the test that holds the two ways to the same output.
     */
    String[] bothWays(String markdown) {
        Engines e = engines();
        Document plain = e.editorialParserWithoutAutolinks().parse(markdown);
        return new String[] {e.editorialHtml().render(plain), e.editorialHtml().render(e.editorialParser().parse(markdown)),
            String.valueOf(mayHoldBareLinks(plain))};
    }

    private static boolean mayHoldBareLinks(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlEntity) {
                return true;
            }
            if (node instanceof Text && holdsLinkSign(node.getChars())) {
                return true;
            }
        }
        return false;
    }

    /** {@code ://}, {@code @}, {@code &}, a backslash or {@code www} in any case, in one pass. */
    static boolean holdsLinkSign(CharSequence chars) {
        int n = chars.length();
        int ws = 0;
        for (int i = 0; i < n; i++) {
            char c = chars.charAt(i);
            if (c == '@' || c == '&' || c == '\\'
                    || (c == ':' && i + 2 < n && chars.charAt(i + 1) == '/' && chars.charAt(i + 2) == '/')) {
                return true;
            }
            ws = c == 'w' || c == 'W' ? ws + 1 : 0;
            if (ws == 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits the document's top-level blocks into editorial stretches and directives, and renders
     * each part as a document of its own: Flexmark renders links only inside a {@code Document}.
     * This moves the nodes out of {@code document}, so it comes after everything else that reads it.
     */
    private List<Block> splitAtDirectives(Document document, SourceMap sourceMap) {
        List<Node> topLevel = new ArrayList<>();
        document.getChildren().forEach(topLevel::add);
        List<Block> blocks = new ArrayList<>();
        Document editorial = new Document(document, document.getChars());
        int prompts = 0;
        OptionalInt lastPrompt = OptionalInt.empty();
        for (Node node : topLevel) {
            if (!(node instanceof DirectiveBlock directive && directive.isWellFormed())) {
                editorial.appendChild(node);
                continue;
            }
            addEditorial(editorial, blocks);
            editorial = new Document(document, document.getChars());
            Document content = new Document(document, document.getChars());
            content.takeChildren(directive);
            String html = engines().editorialHtml().render(content);
            switch (directive.kind().orElseThrow()) {
                case READER -> {
                    blocks.add(new ReaderPrompt(prompts, directive.argument(), html));
                    lastPrompt = OptionalInt.of(prompts++);
                }
                case RESPONSE -> blocks.add(new Response(directive.argument(), html, lastPrompt,
                        sourceMap.position(directive.markerOffset())));
            }
        }
        addEditorial(editorial, blocks);
        return blocks;
    }

    private void addEditorial(Document editorial, List<Block> blocks) {
        if (editorial.hasChildren()) {
            String html = engines().editorialHtml().render(editorial);
            if (!html.isBlank()) {
                blocks.add(new EditorialText(html));
            }
        }
    }
}
