package org.rostrum.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * The attachments of a WordPress export (items of type {@code attachment}) and the featured image
 * of every post ({@code _thumbnail_id}), read in a pass of their own before the posts, because an
 * attachment usually comes after the post that shows it.
 *
 * <p>The pass reads only the few fields it needs and stops quietly at the first XML error: the
 * import's own pass reports it.
 */
final class Attachments {

    private static final Pattern WP = Pattern.compile("https?://wordpress\\.org/export/[0-9]+\\.[0-9]+/");
    private static final Pattern EXCERPT = Pattern.compile("https?://wordpress\\.org/export/[0-9]+\\.[0-9]+/excerpt/");

    /**
     * One attachment.
     *
     * @param id      its {@code wp:post_id}
     * @param url     its {@code wp:attachment_url}
     * @param alt     its alternative text ({@code _wp_attachment_image_alt}); may be empty
     * @param caption its caption (the attachment's excerpt), as plain text; may be empty
     * @param parent  the id of the post it was uploaded to; empty or {@code 0} for none
     */
    record Attachment(String id, String url, String alt, String caption, String parent) {
    }

    private final Map<String, Attachment> byId;
    private final Map<String, String> thumbnails;
    private final Set<String> urls;
    private final List<String> addresses;

    private Attachments(Map<String, Attachment> byId, Map<String, String> thumbnails) {
        this.byId = Map.copyOf(byId);
        this.thumbnails = Map.copyOf(thumbnails);
        Set<String> all = new HashSet<>();
        byId.values().forEach(a -> all.add(MediaKey.of(a.url())));
        this.urls = Set.copyOf(all);
        this.addresses = byId.values().stream().map(Attachment::url).sorted().toList();
    }

    static Attachments none() {
        return new Attachments(Map.of(), Map.of());
    }

    /** Reads the attachments of {@code export}; what comes after an XML error is not read. */
    static Attachments read(Path export) {
        Map<String, Attachment> byId = new HashMap<>();
        Map<String, String> thumbnails = new HashMap<>();
        try (XmlInput in = XmlInput.open(export)) {
            if (!in.localName().equals("rss")) {
                return none();
            }
            while (in.nextChild()) {
                if (!in.localName().equals("channel")) {
                    in.skip();
                    continue;
                }
                while (in.nextChild()) {
                    if (in.localName().equals("item") && in.namespace().isEmpty()) {
                        readItem(in, byId, thumbnails);
                    } else {
                        in.skip();
                    }
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // the import's own pass reports the problem at its position
        }
        return new Attachments(byId, thumbnails);
    }

    private static void readItem(XmlInput in, Map<String, Attachment> byId, Map<String, String> thumbnails)
            throws XMLStreamException {
        String id = "";
        String type = "";
        String url = "";
        String parent = "";
        String excerpt = "";
        Map<String, String> meta = new HashMap<>();
        while (in.nextChild()) {
            String ns = in.namespace();
            String name = in.localName();
            if (EXCERPT.matcher(ns).matches() && name.equals("encoded")) {
                excerpt = in.text();
            } else if (!WP.matcher(ns).matches()) {
                in.skip();
            } else {
                switch (name) {
                    case "post_id" -> id = in.text().strip();
                    case "post_type" -> type = in.text().strip();
                    case "attachment_url" -> url = in.text().strip();
                    case "post_parent" -> parent = in.text().strip();
                    case "postmeta" -> readMeta(in, meta);
                    default -> in.skip();
                }
            }
        }
        if (type.equals("attachment") && !url.isEmpty()) {
            byId.put(id, new Attachment(id, url, meta.getOrDefault("_wp_attachment_image_alt", "").strip(),
                    HtmlToMarkdown.plainText(excerpt), parent));
        } else if (meta.containsKey("_thumbnail_id")) {
            thumbnails.put(id, meta.get("_thumbnail_id").strip());
        }
    }

    private static void readMeta(XmlInput in, Map<String, String> meta) throws XMLStreamException {
        String key = "";
        String value = "";
        while (in.nextChild()) {
            switch (in.localName()) {
                case "meta_key" -> key = in.text().strip();
                case "meta_value" -> value = in.text();
                default -> in.skip();
            }
        }
        if (key.equals("_thumbnail_id") || key.equals("_wp_attachment_image_alt")) {
            meta.put(key, value);
        }
    }

    Optional<Attachment> find(String id) {
        return Optional.ofNullable(byId.get(id.strip()));
    }

    /** The featured image of the post with this id, when it names a known attachment. */
    Optional<Attachment> featuredImageOf(String postId) {
        return Optional.ofNullable(thumbnails.get(postId)).flatMap(this::find);
    }

    /** The attachments uploaded to this post, in id order: what {@code [gallery]} without ids shows. */
    List<Attachment> childrenOf(String postId) {
        List<Attachment> children = new ArrayList<>();
        byId.values().stream().filter(a -> a.parent().equals(postId))
                .sorted((a, b) -> compareIds(a.id(), b.id())).forEach(children::add);
        return children;
    }

    /** Whether {@code url} is the address of one of the export's attachments. */
    boolean isAttachment(String url) {
        return urls.contains(MediaKey.of(url));
    }

    /** The address of every attachment. */
    List<String> urls() {
        return addresses;
    }

    private static int compareIds(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
