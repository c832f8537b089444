package org.rostrum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the media of a post as Markdown that the editors' renderer shows: galleries, captioned
 * images, audio and video players, embeds and bare addresses. Works on the parsed body in place,
 * before {@link HtmlCleaner} reduces what is left to links; the markup it writes goes through
 * {@link Verbatim} so that the converter copies it untouched.
 *
 * <ul>
 * <li>A gallery ({@code figure.wp-block-gallery}, {@code .gallery}) becomes
 * {@code <figure class="gallery">} around its images, one Markdown image each.</li>
 * <li>A figure with an image and a caption becomes a {@code figure} around the Markdown image with a
 * {@code figcaption}; one without a caption becomes the image alone.</li>
 * <li>{@code audio} and {@code video} become HTML5 players (without autoplay) of the file, local
 * when it was copied.</li>
 * <li>An embed block, a provider's player frame and a provider's address alone in a paragraph
 * become a link card ({@link Embeds#card}); nothing is loaded from the provider.</li>
 * <li>An address in the text, or a link whose text is its address, becomes a Markdown autolink,
 * which keeps every character of the address.</li>
 * </ul>
 */
final class MediaBlocks {

    private static final Pattern BARE_URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"\\u00A0]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?'*_~]+$");

    private final MediaLinks media;
    private final Verbatim verbatim;
    private final boolean blocks;

    /**
     * @param blocks whether to write figures, players and cards (editors' text) or not (comments,
     *               whose renderer shows HTML as text)
     */
    MediaBlocks(MediaLinks media, Verbatim verbatim, boolean blocks) {
        this.media = media;
        this.verbatim = verbatim;
        this.blocks = blocks;
    }

    /** Galleries, figures, players and embeds; before links are cleaned. */
    void writeBlocks(Element body) {
        if (!blocks) {
            return;
        }
        for (Element gallery : body.select("figure.wp-block-gallery, .gallery, .tiled-gallery")) {
            if (attached(gallery)) {
                gallery(gallery);
            }
        }
        for (Element embed : body.select("figure.wp-block-embed, .wp-block-embed__wrapper")) {
            if (attached(embed)) {
                embedBlock(embed);
            }
        }
        for (Element player : body.select("audio, video")) {
            if (attached(player)) {
                player(player);
            }
        }
        for (Element frame : body.select("iframe[src]")) {
            String page = Embeds.pageOf(frame.absUrl("src"));
            Optional<String> provider = Embeds.providerOf(page);
            if (provider.isPresent()) {
                frame.replaceWith(block(Embeds.card(provider.get(), page, frame.attr("title"))));
            }
        }
        for (Element figure : body.select("figure")) {
            if (attached(figure)) {
                figure(figure);
            }
        }
        for (Element paragraph : body.select("p")) {
            loneEmbed(paragraph);
        }
    }

    /** Points images and links at the local copy of their file, where there is one; after links are cleaned. */
    void localise(Element body) {
        for (Element image : body.select("img[src]")) {
            media.local(image.attr("src")).ifPresent(local -> image.attr("src", local));
        }
        for (Element link : body.select("a[href]")) {
            media.local(link.attr("href")).ifPresent(local -> link.attr("href", local));
        }
    }

    /** Bare addresses and links that show their own address, as autolinks; after links are cleaned. */
    void writeAutolinks(Element body) {
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href");
            if (link.children().isEmpty() && link.text().strip().equals(href) && isAutolinkable(href)) {
                link.replaceWith(new TextNode(verbatim.token(autolink(href))));
            }
        }
        List<TextNode> texts = new ArrayList<>();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.parentElement() != null
                    && text.parentElement().closest("a, code, pre") == null) {
                texts.add(text);
            }
        });
        for (TextNode text : texts) {
            autolinks(text);
        }
    }

    private void autolinks(TextNode text) {
        String value = text.getWholeText();
        Matcher m = BARE_URL.matcher(value);
        StringBuilder out = new StringBuilder();
        int at = 0;
        boolean any = false;
        while (m.find()) {
            String url = TRAILING_PUNCTUATION.matcher(m.group()).replaceFirst("");
            url = balanceParentheses(url);
            out.append(value, at, m.start()).append(verbatim.token(autolink(url)));
            at = m.start() + url.length();
            any = true;
        }
        if (any) {
            text.text(out.append(value.substring(at)).toString());
        }
    }

    /** An autolink, which Markdown leaves as it is: no backslash escapes are read inside one. */
    private static String autolink(String url) {
        return "<" + url + ">";
    }

    /** Drops a final {@code )} that closes nothing in the address, as in {@code (see https://x.org/a)}. */
    private static String balanceParentheses(String url) {
        String result = url;
        while (result.endsWith(")") && count(result, '(') < count(result, ')')) {
            result = result.substring(0, result.length() - 1);
        }
        return TRAILING_PUNCTUATION.matcher(result).replaceFirst("");
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static boolean isAutolinkable(String href) {
        return href.matches("(?i)https?://[^\\s<>]+");
    }

    private void gallery(Element gallery) {
        List<Element> images = new ArrayList<>(gallery.select("img[src]"));
        if (images.isEmpty()) {
            gallery.unwrap();
            return;
        }
        List<Node> replacement = new ArrayList<>();
        replacement.add(block("<figure class=\"gallery\">"));
        for (Element image : images) {
            Element copy = new Element("img").attr("src", image.absUrl("src")).attr("alt", image.attr("alt"));
            replacement.add(new Element("p").appendChild(copy));
        }
        replacement.add(block("</figure>"));
        replaceWith(gallery, replacement);
    }

    private void embedBlock(Element embed) {
        Element wrapper = embed.hasClass("wp-block-embed__wrapper") ? embed : embed.selectFirst(".wp-block-embed__wrapper");
        Element link = embed.selectFirst("a[href]");
        String url = link != null ? link.absUrl("href") : wrapper != null ? wrapper.text().strip() : embed.text().strip();
        Element caption = embed.selectFirst("figcaption");
        String title = caption == null ? "" : caption.text();
        Element target = embed.hasClass("wp-block-embed__wrapper") && embed.parent() != null
                && embed.parent().normalName().equals("figure") ? embed.parent() : embed;
        Optional<String> provider = Embeds.providerOf(url);
        if (provider.isPresent()) {
            target.replaceWith(block(Embeds.card(provider.get(), url, title)));
        } else if (url.matches("(?i)https?://\\S+")) {
            Element paragraph = new Element("p").appendChild(new Element("a").attr("href", url)
                    .text(title.isBlank() ? url : title));
            target.replaceWith(paragraph);
        }
    }

    private void player(Element player) {
        String source = player.absUrl("src");
        if (source.isEmpty()) {
            Element inner = player.selectFirst("source[src]");
            source = inner == null ? "" : inner.absUrl("src");
        }
        if (!source.matches("(?i)https?://\\S+")) {
            return; // HtmlCleaner drops it
        }
        Element figure = player.parent() != null && player.parent().normalName().equals("figure") ? player.parent() : null;
        Element caption = figure == null ? null : figure.selectFirst("figcaption");
        boolean video = player.normalName().equals("video");
        StringBuilder html = new StringBuilder("<figure class=\"" + (video ? "video" : "audio") + "\"><")
                .append(player.normalName()).append(" controls preload=\"").append(video ? "metadata" : "none")
                .append("\" src=\"").append(Html.escape(media.local(source).orElse(source))).append('"');
        if (video && !player.absUrl("poster").isEmpty()) {
            String poster = player.absUrl("poster");
            html.append(" poster=\"").append(Html.escape(media.local(poster).orElse(poster))).append('"');
        }
        html.append("></").append(player.normalName()).append('>');
        if (caption != null && !caption.text().isBlank()) {
            html.append("<figcaption>").append(Html.escape(caption.text().strip())).append("</figcaption>");
        }
        html.append("</figure>");
        (figure == null ? player : figure).replaceWith(block(html.toString()));
    }

    private void figure(Element figure) {
        Element image = figure.selectFirst("img[src]");
        Element caption = figure.selectFirst("figcaption");
        if (image == null) {
            figure.unwrap();
            return;
        }
        Element shown = image.parent() != null && image.parent().normalName().equals("a")
                && image.parent().closest("figure") == figure ? image.parent() : image;
        List<Node> replacement = new ArrayList<>();
        boolean captioned = caption != null && !caption.text().isBlank();
        if (captioned) {
            replacement.add(block("<figure>"));
        }
        replacement.add(new Element("p").appendChild(shown.clone()));
        if (captioned) {
            replacement.add(block("<figcaption>" + Html.escape(caption.text().strip()) + "</figcaption>\n</figure>"));
        }
        replaceWith(figure, replacement);
    }

    private void loneEmbed(Element paragraph) {
        if (!attached(paragraph) || paragraph.childNodeSize() == 0) {
            return;
        }
        String text = paragraph.text().strip();
        boolean lone = paragraph.children().isEmpty()
                || paragraph.children().size() == 1 && paragraph.child(0).normalName().equals("a")
                        && paragraph.child(0).attr("href").strip().equals(text);
        if (!lone || !text.matches("(?i)https?://\\S+")) {
            return;
        }
        Embeds.providerOf(text).ifPresent(provider -> paragraph.replaceWith(block(Embeds.card(provider, text, ""))));
    }

    /** A paragraph holding only the token for {@code markdown}, so that it stands as a block of its own. */
    private Element block(String markdown) {
        return new Element("p").appendChild(new TextNode(verbatim.token(markdown)));
    }

    /** Whether {@code element} is still in the body, not in a part already replaced. */
    private static boolean attached(Element element) {
        return element.closest("body") != null;
    }

    private static void replaceWith(Element old, List<Node> replacement) {
        for (Node node : replacement) {
            old.before(node);
        }
        old.remove();
    }
}
