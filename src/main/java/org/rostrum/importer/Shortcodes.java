package org.rostrum.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rostrum.importer.Attachments.Attachment;

/**
 * Turns the WordPress shortcodes that show media into the HTML that WordPress itself would show,
 * before the post is converted: {@code [caption]} into a {@code figure} with a {@code figcaption},
 * {@code [gallery]} into a {@code figure class="wp-block-gallery"} of its images (from {@code ids},
 * or the post's own attachments when there are none), {@code [audio]} and {@code [video]} into
 * HTML5 elements, and {@code [embed]}, {@code [youtube]} and {@code [vimeo]} into the markup of an
 * embed block. {@link MediaBlocks} then writes all of these, and the same markup from the block
 * editor, as Markdown.
 *
 * <p>Other shortcodes stay as text and are counted by name, as long as they look like shortcodes:
 * {@code [name attr=…]}, {@code [name /]}, or {@code [name]…[/name]} (a {@code [link text]} in
 * prose is not counted). {@code [[name]]} is WordPress's escape and becomes the text {@code [name]}.
 * The HTML written is on one line, so that paragraphs made afterwards do not split it.
 */
final class Shortcodes {

    private static final Pattern OPEN = Pattern.compile("\\[(\\[?)([A-Za-z][A-Za-z0-9_-]*)((?:\\s[^\\[\\]]*?)?)(/?)\\](\\]?)");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([\\w-]+)\\s*=\\s*\"([^\"]*)\"|([\\w-]+)\\s*=\\s*'([^']*)'|([\\w-]+)\\s*=\\s*([^\\s'\"]+)|\"([^\"]*)\"|'([^']*)'|(\\S+)");
    private static final Pattern LEADING_IMAGE = Pattern.compile(
            "(?is)^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$");
    private static final Set<String> ENCLOSING = Set.of("caption", "wp_caption", "embed");
    private static final List<String> AUDIO_SOURCES = List.of("src", "mp3", "m4a", "ogg", "oga", "wav", "wma", "flac");
    private static final List<String> VIDEO_SOURCES = List.of("src", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "mov");

    /**
     * The post's HTML with its media shortcodes expanded.
     *
     * @param converted how many shortcodes of each name were converted
     * @param left      how many that look like shortcodes were left as text, by name
     */
    record Expanded(String html, Map<String, Integer> converted, Map<String, Integer> left) {
        Expanded {
            converted = java.util.Collections.unmodifiableMap(new TreeMap<>(converted));
            left = java.util.Collections.unmodifiableMap(new TreeMap<>(left));
        }
    }

    private final Attachments attachments;

    Shortcodes(Attachments attachments) {
        this.attachments = attachments;
    }

    /** Expands the shortcodes of the post with id {@code postId}. */
    Expanded expand(String content, String postId) {
        Map<String, Integer> converted = new LinkedHashMap<>();
        Map<String, Integer> left = new LinkedHashMap<>();
        if (content.indexOf('[') < 0) {
            return new Expanded(content, converted, left);
        }
        StringBuilder out = new StringBuilder(content.length());
        Matcher m = OPEN.matcher(content);
        int at = 0;
        while (at < content.length() && m.find(at)) {
            out.append(content, at, m.start());
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (!m.group(1).isEmpty() && !m.group(5).isEmpty()) {
                out.append(m.group().substring(1, m.group().length() - 1)); // [[name]] is the text [name]
                at = m.end();
                continue;
            }
            Map<String, String> attributes = attributes(m.group(3));
            int end = m.end();
            String inner = "";
            int close = ENCLOSING.contains(name) && m.group(4).isEmpty() ? closing(content, name, m.end()) : -1;
            if (close >= 0) {
                inner = content.substring(m.end(), close);
                end = content.indexOf(']', close) + 1;
            }
            Optional<String> html = html(name, attributes, inner, postId);
            if (html.isPresent()) {
                out.append(html.get());
                converted.merge(name, 1, Integer::sum);
                at = end;
            } else {
                if (looksLikeShortcode(content, m, name)) {
                    left.merge(name, 1, Integer::sum);
                }
                out.append(content, m.start(), m.start() + 1);
                at = m.start() + 1;
            }
        }
        out.append(content, Math.min(at, content.length()), content.length());
        return new Expanded(stripStrayClosers(out.toString(), converted), converted, left);
    }

    private Optional<String> html(String name, Map<String, String> attributes, String inner, String postId) {
        return switch (name) {
            case "caption", "wp_caption" -> caption(attributes, inner);
            case "gallery" -> gallery(attributes, postId);
            case "audio" -> source(attributes, AUDIO_SOURCES).map(src -> "<audio controls src=\"" + Html.escape(src)
                    + "\"></audio>");
            case "video" -> source(attributes, VIDEO_SOURCES).map(src -> "<video controls src=\"" + Html.escape(src)
                    + "\"" + attributes.entrySet().stream().filter(e -> e.getKey().equals("poster"))
                    .map(e -> " poster=\"" + Html.escape(e.getValue()) + "\"").findFirst().orElse("") + "></video>");
            case "embed" -> embed(inner.strip());
            case "youtube", "vimeo" -> embed(firstValue(attributes).replaceFirst("^=", ""));
            default -> Optional.empty();
        };
    }

    private static Optional<String> caption(Map<String, String> attributes, String inner) {
        Matcher image = LEADING_IMAGE.matcher(inner);
        if (!image.matches()) {
            return Optional.of(inner); // no image to caption: the content alone, as WordPress shows it
        }
        String caption = attributes.getOrDefault("caption", image.group(2)).strip();
        return Optional.of("<figure class=\"wp-caption\">" + oneLine(image.group(1))
                + (caption.isEmpty() ? "" : "<figcaption>" + oneLine(caption) + "</figcaption>") + "</figure>");
    }

    private Optional<String> gallery(Map<String, String> attributes, String postId) {
        List<Attachment> images = new ArrayList<>();
        String ids = attributes.getOrDefault("ids", attributes.getOrDefault("include", ""));
        if (ids.isBlank()) {
            images.addAll(attachments.childrenOf(attributes.getOrDefault("id", postId)));
        } else {
            for (String id : ids.split(",")) {
                attachments.find(id).ifPresent(images::add);
            }
        }
        if (images.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder html = new StringBuilder("<figure class=\"wp-block-gallery\">");
        for (Attachment a : images) {
            html.append("<figure><img src=\"").append(Html.escape(a.url())).append("\" alt=\"")
                    .append(Html.escape(a.alt().isEmpty() ? a.caption() : a.alt())).append("\">");
            if (!a.caption().isEmpty()) {
                html.append("<figcaption>").append(Html.escape(a.caption())).append("</figcaption>");
            }
            html.append("</figure>");
        }
        return Optional.of(html.append("</figure>").toString());
    }

    private static Optional<String> embed(String url) {
        if (!url.matches("(?i)https?://\\S+")) {
            return Optional.empty();
        }
        return Optional.of("<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">"
                + Html.escape(HtmlToMarkdown.decodeEntities(url)) + "</div></figure>");
    }

    private static Optional<String> source(Map<String, String> attributes, List<String> names) {
        for (String name : names) {
            String value = attributes.getOrDefault(name, "").strip();
            if (!value.isEmpty()) {
                return Optional.of(HtmlToMarkdown.decodeEntities(value));
            }
        }
        return Optional.empty();
    }

    private static String firstValue(Map<String, String> attributes) {
        return attributes.entrySet().stream().filter(e -> e.getKey().startsWith("#")).map(Map.Entry::getValue)
                .findFirst().orElse("");
    }

    /** Named attributes by lower-cased name; positional ones as {@code #0}, {@code #1}, … */
    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(text);
        int positional = 0;
        while (a.find()) {
            if (a.group(1) != null) {
                attributes.put(a.group(1).toLowerCase(Locale.ROOT), a.group(2));
            } else if (a.group(3) != null) {
                attributes.put(a.group(3).toLowerCase(Locale.ROOT), a.group(4));
            } else if (a.group(5) != null) {
                attributes.put(a.group(5).toLowerCase(Locale.ROOT), a.group(6));
            } else {
                String value = a.group(7) != null ? a.group(7) : a.group(8) != null ? a.group(8) : a.group(9);
                attributes.put("#" + positional++, value);
            }
        }
        return attributes;
    }

    private static int closing(String content, String name, int from) {
        Matcher close = Pattern.compile("(?i)\\[/" + Pattern.quote(name) + "\\s*\\]").matcher(content);
        return close.find(from) ? close.start() : -1;
    }

    private static boolean looksLikeShortcode(String content, Matcher m, String name) {
        return m.group(3).contains("=") || !m.group(4).isEmpty() || m.group(3).isEmpty()
                && closing(content, name, m.end()) >= 0;
    }

    /** Removes closing tags such as {@code [/audio]} left after their opening tags were converted. */
    private static String stripStrayClosers(String html, Map<String, Integer> converted) {
        String result = html;
        for (String name : List.of("audio", "video", "gallery", "caption", "wp_caption", "embed")) {
            if (converted.containsKey(name)) {
                result = result.replaceAll("(?i)\\[/" + name + "\\]", "");
            }
        }
        return result;
    }

    private static String oneLine(String html) {
        return html.replaceAll("\\s*\\n\\s*", " ");
    }
}
