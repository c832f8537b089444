package org.rostrum.importer;

import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.html2md.converter.HtmlNodeRendererHandler;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Converts the HTML of an exported post or comment to Markdown with Flexmark's HTML-to-Markdown
 * converter, after {@link HtmlCleaner} has made the HTML safe and self-contained:
 * <ul>
 * <li>{@code script}, {@code style} and similar elements are dropped with their content;</li>
 * <li>galleries, captioned figures, audio and video, embed blocks and provider frames are written by
 * {@link MediaBlocks} (figures, players, link cards); other frames and objects become a link to their
 * source;</li>
 * <li>images and links to a media file that was copied point at the copy ({@link MediaLinks});</li>
 * <li>an address in the text, or a link that shows its own address, becomes an autolink, so that
 * every character of it survives;</li>
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

    private static final Pattern HARD_BREAK = Pattern.compile(" {2,}$");
    /** A space the converter puts after struck text ({@code ~~x~~ ,}) where the HTML had none. */
    private static final Pattern SPACE_AFTER_STRIKE = Pattern.compile("(?<=[^\\s~]~~) (?=[,.;:!?)])");

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
        return convertComment(html, baseUri, MediaLinks.none());
    }

    /**
     * A reader's comment: as {@link #convertPost} but without figures, players and link cards, which
     * are HTML that the comment renderer shows as text; players and frames become links.
     */
    String convertComment(String html, String baseUri, MediaLinks media) {
        return convert(html, baseUri, media, false);
    }

    /**
     * The editors' text of a post or page, with its media written by {@link MediaBlocks} and images,
     * links and players pointed at the new address of their file where {@code media} gives one.
     */
    String convertPost(String html, String baseUri, MediaLinks media) {
        return convert(html, baseUri, media, true);
    }

    private String convert(String html, String baseUri, MediaLinks media, boolean blocks) {
        if (html.isBlank()) {
            return "";
        }
        char escapeMark = unusedCharacter(html, '\0');
        Verbatim verbatim = new Verbatim(unusedCharacter(html, escapeMark));
        Document document = Jsoup.parseBodyFragment(html, baseUri);
        Element body = document.body();
        HtmlCleaner.clean(body, escapeMark, new MediaBlocks(media, verbatim, blocks));
        String markdown = converter.convert(body);
        return verbatim.restore(tidy(markdown.replace(escapeMark, '\\')));
    }

    /** Decodes HTML character references once: {@code O&#039;Brien} becomes {@code O'Brien}. */
    static String decodeEntities(String text) {
        return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false);
    }

    /** The visible text of an HTML fragment, entities decoded and white space collapsed. */
    static String plainText(String html) {
        return html.isBlank() ? "" : Jsoup.parseBodyFragment(html).body().text().strip();
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
            if (!inFence && line.contains("~~")) {
                line = SPACE_AFTER_STRIKE.matcher(line).replaceAll("");
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

    /** A private-use character other than {@code taken} that does not occur in {@code text}, to stand for an escape. */
    private static char unusedCharacter(String text, char taken) {
        for (char c = '\uE000'; c < '\uF8FF'; c++) {
            if (c != taken && text.indexOf(c) < 0) {
                return c;
            }
        }
        throw new IllegalStateException("no free private-use character");
    }
}
