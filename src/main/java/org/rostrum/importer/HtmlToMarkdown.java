package org.rostrum.importer;

import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.html2md.converter.HtmlNodeRendererHandler;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Converts the HTML of an exported post or comment to Markdown with Flexmark's HTML-to-Markdown
 * converter, after making the HTML safe and self-contained:
 * <ul>
 * <li>{@code script}, {@code style} and similar elements are dropped with their content;</li>
 * <li>embedded frames, videos and objects become a link to their source;</li>
 * <li>link and image addresses are resolved against the page they came from, as a browser on the old
 * site did; links other than {@code http:}, {@code https:} and {@code mailto:} are reduced to their
 * text and images other than {@code http:} and {@code https:} to their alternative text, so that no
 * event handler, {@code javascript:} or {@code data:} address survives;</li>
 * <li>text that Markdown would read as a heading, list, rule or directive at the start of a line is
 * escaped, so that it is shown as the text it was.</li>
 * </ul>
 * The Markdown has no trailing spaces: hard line breaks are written as a backslash at the end of the
 * line. Build one per import and reuse it; not for use by several threads at once.
 */
final class HtmlToMarkdown {

    private static final Set<String> DROPPED = Set.of("script", "style", "template", "noscript", "meta", "link",
            "base", "head", "title");
    private static final Set<String> EMBEDS = Set.of("iframe", "embed", "object", "video", "audio");
    private static final Set<String> BLOCKS = Set.of("body", "p", "div", "li", "blockquote", "h1", "h2", "h3",
            "h4", "h5", "h6", "td", "th", "dd", "dt", "figure", "figcaption", "section", "article", "aside",
            "header", "footer", "nav", "address", "center", "caption", "ul", "ol", "dl", "table", "tr", "pre",
            "hr", "details", "summary");
    /** Inline elements that the converter writes without any mark of their own. */
    private static final Set<String> TRANSPARENT = Set.of("span", "font", "u", "ins", "sub", "sup", "small", "big",
            "abbr", "acronym", "mark", "cite", "q", "label", "time", "bdi", "bdo", "data", "var", "kbd", "samp");
    private static final Pattern HEADING = Pattern.compile("#{1,6}(?:[ \t]|$).*", Pattern.DOTALL);
    private static final Pattern ORDERED = Pattern.compile("([0-9]{1,9})([.)])(?:[ \t]|$).*", Pattern.DOTALL);
    private static final Pattern BULLET_OR_RULE = Pattern.compile("[-+](?:[ \t]|$|-).*", Pattern.DOTALL);
    private static final Pattern UNDERSCORE_RULE = Pattern.compile("_[ \t]*_[ \t]*_[_ \t]*");
    private static final Pattern HARD_BREAK = Pattern.compile(" {2,}$");

    private final FlexmarkHtmlConverter converter;

    HtmlToMarkdown() {
        FlexmarkHtmlConverter.Builder builder = FlexmarkHtmlConverter.builder();
        builder.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        builder.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        builder.set(FlexmarkHtmlConverter.RENDER_COMMENTS, false);
        builder.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        builder.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        builder.set(FlexmarkHtmlConverter.EXT_INLINE_INS, ExtensionConversion.TEXT);
        builder.set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.TEXT);
        builder.set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.TEXT);
        builder.set(FlexmarkHtmlConverter.EXT_MATH, ExtensionConversion.TEXT);
        // Images are written by this class: the converter's own image handling turns any image whose
        // file name matches an emoji name (x.png, heart.png) into an emoji shortcut.
        builder.htmlNodeRendererFactory(settings -> () -> Set.of(new HtmlNodeRendererHandler<>("img", Element.class,
                (image, context, out) -> out.append(imageMarkdown(image)))));
        this.converter = builder.build();
    }

    /**
     * The Markdown for {@code html}.
     *
     * @param html    the exported HTML fragment
     * @param baseUri the address of the page it was shown on, for relative links; empty when unknown
     */
    String convert(String html, String baseUri) {
        if (html.isBlank()) {
            return "";
        }
        char escapeMark = unusedCharacter(html);
        Document document = Jsoup.parseBodyFragment(html, baseUri);
        Element body = document.body();
        for (String selector : DROPPED) {
            body.select(selector).remove();
        }
        replaceEmbeds(body);
        cleanLinks(body);
        cleanImages(body);
        dropEdgeBreaks(body);
        wrapLooseInlines(body);
        escapeLineStarts(body, escapeMark);
        String markdown = converter.convert(body);
        return tidy(markdown.replace(escapeMark, '\\'));
    }

    /** Decodes HTML character references once: {@code O&#039;Brien} becomes {@code O'Brien}. */
    static String decodeEntities(String text) {
        return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false);
    }

    /** The visible text of an HTML fragment, entities decoded and white space collapsed. */
    static String plainText(String html) {
        return html.isBlank() ? "" : Jsoup.parseBodyFragment(html).body().text().strip();
    }

    /**
     * Removes line breaks with nothing before or after them in their block (left behind, for
     * example, where a script was dropped): Markdown cannot express them and the converter would
     * write them as raw HTML.
     */
    private static void dropEdgeBreaks(Element body) {
        for (Element br : body.select("br")) {
            if (onlyBlankSiblings(br, true) || onlyBlankSiblings(br, false)) {
                br.remove();
            }
        }
    }

    private static boolean onlyBlankSiblings(Node node, boolean before) {
        Node sibling = before ? node.previousSibling() : node.nextSibling();
        while (sibling != null) {
            boolean blank = sibling instanceof TextNode text ? text.isBlank()
                    : sibling instanceof Element element ? element.normalName().equals("br")
                    : true;
            if (!blank) {
                return false;
            }
            sibling = before ? sibling.previousSibling() : sibling.nextSibling();
        }
        return true;
    }

    /** Puts runs of text and inline elements directly in the body into paragraphs of their own. */
    private static void wrapLooseInlines(Element body) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(body.childNodes())) {
            boolean block = child instanceof Element element && BLOCKS.contains(element.normalName());
            if (block) {
                wrap(run);
            } else {
                run.add(child);
            }
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        boolean blank = run.stream().allMatch(n -> n instanceof TextNode t && t.isBlank()
                || !(n instanceof TextNode) && !(n instanceof Element));
        if (!blank) {
            Element paragraph = new Element("p");
            run.get(0).before(paragraph);
            for (Node node : run) {
                paragraph.appendChild(node);
            }
        }
        run.clear();
    }

    private static void replaceEmbeds(Element body) {
        for (Element embed : body.select(String.join(",", EMBEDS))) {
            if (embed.parent() == null) {
                continue; // inside an embed already replaced
            }
            String source = embed.absUrl(embed.hasAttr("src") ? "src" : "data");
            if (source.isEmpty()) {
                Element inner = embed.selectFirst("source[src], embed[src]");
                source = inner == null ? "" : inner.absUrl("src");
            }
            if (isWebAddress(source)) {
                Element paragraph = new Element("p");
                paragraph.appendChild(new Element("a").attr("href", source).text(source));
                embed.replaceWith(paragraph);
            } else {
                embed.remove();
            }
        }
    }

    private static void cleanLinks(Element body) {
        for (Element link : body.select("a")) {
            String href = link.hasAttr("href") ? link.absUrl("href") : "";
            if (href.isEmpty() && link.hasAttr("href") && link.attr("href").startsWith("mailto:")) {
                href = link.attr("href");
            }
            String scheme = schemeOf(href);
            if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) {
                String title = link.attr("title");
                link.clearAttributes().attr("href", href);
                if (!title.isBlank()) {
                    link.attr("title", title);
                }
            } else {
                link.unwrap();
            }
        }
    }

    private static void cleanImages(Element body) {
        for (Element image : body.select("img")) {
            String source = image.absUrl("src");
            if (isWebAddress(source)) {
                String alt = image.attr("alt");
                String title = image.attr("title");
                image.clearAttributes().attr("src", source).attr("alt", alt);
                if (!title.isBlank()) {
                    image.attr("title", title);
                }
            } else if (!image.attr("alt").isBlank()) {
                image.replaceWith(new TextNode(image.attr("alt")));
            } else {
                image.remove();
            }
        }
    }

    /**
     * Puts {@code mark} (later replaced by a backslash) before text that would start a Markdown block
     * at the beginning of a line. Only characters that the converter itself leaves unescaped are
     * marked, so nothing is escaped twice.
     */
    private static void escapeLineStarts(Element body, char mark) {
        for (TextNode text : allTextNodes(body)) {
            Element parent = text.parentElement();
            if (parent == null || parent.normalName().equals("code") || parent.closest("pre") != null) {
                continue;
            }
            String value = text.getWholeText();
            if (previousIsBreak(text)) {
                value = value.stripLeading();
            }
            int start = 0;
            while (start < value.length() && Character.isWhitespace(value.charAt(start))) {
                start++;
            }
            if (start < value.length() && atLineStart(text)) {
                value = markBlockStart(value, start, mark);
            }
            if (!value.equals(text.getWholeText())) {
                text.text(value);
            }
        }
    }

    private static String markBlockStart(String value, int start, char mark) {
        String rest = value.substring(start);
        int at = -1;
        if (HEADING.matcher(rest).matches() || BULLET_OR_RULE.matcher(rest).matches() || rest.startsWith("=")
                || rest.startsWith(":::") || UNDERSCORE_RULE.matcher(rest).matches()) {
            at = start;
        } else {
            Matcher ordered = ORDERED.matcher(rest);
            if (ordered.matches()) {
                at = start + ordered.end(1);
            }
        }
        return at < 0 ? value : value.substring(0, at) + mark + value.substring(at);
    }

    private static List<TextNode> allTextNodes(Element root) {
        List<TextNode> nodes = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                nodes.add(text);
            }
        });
        return nodes;
    }

    private static boolean atLineStart(Node node) {
        Node previous = node.previousSibling();
        while (previous instanceof TextNode text && text.isBlank()) {
            previous = previous.previousSibling();
        }
        if (previous instanceof Element element) {
            return element.normalName().equals("br") || BLOCKS.contains(element.normalName());
        }
        if (previous != null) {
            return false;
        }
        Node parent = node.parent();
        if (parent instanceof Element element) {
            if (BLOCKS.contains(element.normalName())) {
                return true;
            }
            return TRANSPARENT.contains(element.normalName()) && atLineStart(element);
        }
        return false;
    }

    private static boolean previousIsBreak(Node node) {
        return node.previousSibling() instanceof Element element && element.normalName().equals("br");
    }

    /** {@code ![alt](address "title")}, with the alternative text and title escaped for Markdown. */
    private static String imageMarkdown(Element image) {
        String alt = image.attr("alt").replaceAll("\\s+", " ").strip().replaceAll("([\\\\\\[\\]])", "\\\\$1");
        String source = image.attr("src").replace(" ", "%20").replace("(", "%28").replace(")", "%29")
                .replace("<", "%3C").replace(">", "%3E");
        String title = image.attr("title").replaceAll("\\s+", " ").strip();
        String titlePart = title.isEmpty() ? "" : " \"" + title.replaceAll("([\\\\\"])", "\\\\$1") + "\"";
        return "![" + alt + "](" + source + titlePart + ")";
    }

    /** Trailing spaces become backslash hard breaks (outside code), blank runs collapse to one. */
    private static String tidy(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        int blank = 0;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```") || line.startsWith("~~~")) {
                inFence = !inFence;
            }
            if (!inFence && HARD_BREAK.matcher(line).find()) {
                line = line.stripTrailing() + "\\";
            } else if (!inFence) {
                line = line.stripTrailing();
            }
            blank = line.isBlank() ? blank + 1 : 0;
            if (blank <= 1) {
                out.append(line).append('\n');
            }
        }
        String result = out.toString().strip();
        // a hard break at the very end of a paragraph or of the text means nothing in Markdown
        return result.replaceAll("\\\\\n\n", "\n\n").replaceAll("\\\\$", "");
    }

    private static boolean isWebAddress(String address) {
        String scheme = schemeOf(address);
        return scheme.equals("http") || scheme.equals("https");
    }

    private static String schemeOf(String address) {
        try {
            String scheme = new URI(address.strip()).getScheme();
            return scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            int colon = address.indexOf(':');
            return colon < 0 ? "" : address.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        }
    }

    /** A private-use character that does not occur in {@code text}, to stand for an escape. */
    private static char unusedCharacter(String text) {
        for (char c = '\uE000'; c < '\uF8FF'; c++) {
            if (text.indexOf(c) < 0) {
                return c;
            }
        }
        throw new IllegalStateException("no free private-use character");
    }
}
