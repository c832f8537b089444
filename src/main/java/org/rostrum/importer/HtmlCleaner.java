package org.rostrum.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Makes exported HTML safe and self-contained before it is converted to Markdown (see
 * {@link HtmlToMarkdown} for what that means), with its media written by {@link MediaBlocks} and
 * pointed at their local copies. Works on a parsed body in place.
 */
final class HtmlCleaner {

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

    private HtmlCleaner() {
    }

    /**
     * Cleans {@code body} in place; {@code escapeMark} is put where a backslash escape must go, since
     * a backslash in the text would itself be escaped by the converter.
     */
    static void clean(Element body, char escapeMark, MediaBlocks media) {
        for (String selector : DROPPED) {
            body.select(selector).remove();
        }
        media.writeBlocks(body);
        replaceEmbeds(body);
        cleanLinks(body);
        cleanImages(body);
        media.localise(body);
        media.writeAutolinks(body);
        giveTablesAHeader(body);
        strikeAsDel(body);
        dropEdgeBreaks(body);
        wrapLooseInlines(body);
        escapeLineStarts(body, escapeMark);
    }

    /**
     * Makes the first row of a table without header cells its header: a Markdown table must have
     * one, and the converter writes a table without one as text.
     */
    private static void giveTablesAHeader(Element body) {
        for (Element table : body.select("table")) {
            if (!table.select("th").isEmpty()) {
                continue;
            }
            Element first = table.selectFirst("tr");
            if (first != null) {
                for (Element cell : first.select("> td")) {
                    cell.tagName("th");
                }
            }
        }
    }

    /**
     * Writes {@code <s>} and {@code <strike>} as {@code <del>}, which the converter turns into
     * {@code ~~text~~} (it drops the first and leaves a space after the second).
     */
    private static void strikeAsDel(Element body) {
        for (Element struck : body.select("s, strike")) {
            struck.tagName("del");
        }
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
}
