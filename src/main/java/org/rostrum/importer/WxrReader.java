package org.rostrum.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;

/**
 * Reads a WordPress export (WXR 1.0 to 1.2) one {@code <item>} at a time, with its comments.
 * The {@code wp:} namespace is recognised whether it is written with {@code http:} or
 * {@code https:}. Fields that must never be published (e-mail and IP addresses, comment meta) are
 * skipped unread. The logins and user ids of the blog's authors are read only to match posts
 * ({@code dc:creator}) and comments ({@code wp:comment_user_id}) to their author; they are never
 * written.
 */
final class WxrReader implements AutoCloseable {

    private static final Pattern WP = Pattern.compile("https?://wordpress\\.org/export/[0-9]+\\.[0-9]+/");
    private static final Pattern EXCERPT = Pattern.compile("https?://wordpress\\.org/export/[0-9]+\\.[0-9]+/excerpt/");
    private static final Pattern CONTENT = Pattern.compile("https?://purl\\.org/rss/1\\.0/modules/content/");
    private static final Pattern DC = Pattern.compile("https?://purl\\.org/dc/elements/1\\.1/");
    private static final List<String> KNOWN_VERSIONS = List.of("1.0", "1.1", "1.2");

    /**
     * A {@code <category>} of an item: a category ({@code category}) or a tag ({@code post_tag}), with
     * its name and the {@code nicename} of its old address ({@code /category/<nicename>/}), possibly
     * empty.
     */
    record Term(String domain, String name, String nicename) {
    }

    /**
     * A comment; {@code userId} is the blog user who wrote it ({@code 0} or empty for a reader), for
     * matching with {@link Author#id()} only.
     */
    record Comment(SourcePosition position, String id, String author, String authorUrl, String dateGmt,
            String content, String approved, String type, String parent, String userId) {
    }

    /**
     * An item; {@code guid} is its {@code <guid>} as written, {@code creator} the login of its
     * author ({@code dc:creator}) and {@code postParent} the {@code wp:post_id} of the page it is
     * below ({@code 0} or empty for none). {@code language} and {@code translationGroup} are what a
     * multilingual plugin says of it ({@link PostLanguage}), empty without one.
     */
    record Item(SourcePosition position, String title, String link, String pubDate, String content, String excerpt,
            String postId, String postDateGmt, String postName, String status, String postType, String password,
            List<Term> terms, List<Comment> comments, String guid, String creator, String postParent,
            String language, String translationGroup) {
    }

    /** A {@code wp:author} of the channel: its user id and login (for matching only) and display name. */
    record Author(String id, String login, String displayName) {
    }

    private final XmlInput in;
    private final Diagnostics diagnostics;
    private boolean inChannel;
    private String channelLink = "";
    private String baseBlogUrl = "";
    private String channelTitle = "";
    private String channelDescription = "";
    private String channelLanguage = "";
    private final List<Author> authors = new ArrayList<>();
    private boolean wordpress;

    private WxrReader(XmlInput in, Diagnostics diagnostics) {
        this.in = in;
        this.diagnostics = diagnostics;
    }

    /**
     * Opens an export. When it is not a WordPress export, the problem is reported and the reader
     * gives no items.
     */
    static WxrReader open(Path file, Diagnostics diagnostics) throws IOException, XMLStreamException {
        XmlInput in = XmlInput.open(file);
        WxrReader reader = new WxrReader(in, diagnostics);
        if (!in.localName().equals("rss")) {
            diagnostics.error(in.position(), "not a WordPress export: the root element is <" + in.localName()
                    + ">, not <rss>");
            reader.inChannel = false;
        } else if (in.declaredNamespaces().stream().noneMatch(uri -> WP.matcher(uri).matches())) {
            diagnostics.error(in.position(),
                    "not a WordPress export: no wp: namespace (http://wordpress.org/export/1.2/) is declared");
        } else {
            reader.wordpress = true;
            reader.inChannel = reader.enterChannel();
        }
        return reader;
    }

    private boolean enterChannel() throws XMLStreamException {
        while (in.nextChild()) {
            if (in.localName().equals("channel") && in.namespace().isEmpty()) {
                return true;
            }
            in.skip();
        }
        return false;
    }

    /** The address of the blog, as far as the channel has given it so far (it comes before the items). */
    String blogUrl() {
        return baseBlogUrl.isBlank() ? channelLink : baseBlogUrl;
    }

    /** Whether the file is a WordPress export. */
    boolean isWordPress() {
        return wordpress;
    }

    /** The blog's name, description and language, as far as the channel has given them. */
    String title() {
        return channelTitle;
    }

    String description() {
        return channelDescription;
    }

    String language() {
        return channelLanguage;
    }

    /** The blog's authors ({@code wp:author}), as far as the channel has given them (they come before the items). */
    List<Author> authors() {
        return List.copyOf(authors);
    }

    /** The next item, or empty at the end of the channel. */
    Optional<Item> nextItem() throws XMLStreamException {
        while (inChannel && in.nextChild()) {
            String name = in.localName();
            String ns = in.namespace();
            if (ns.isEmpty() && name.equals("item")) {
                return Optional.of(readItem());
            } else if (ns.isEmpty() && name.equals("link")) {
                channelLink = in.text().strip();
            } else if (ns.isEmpty() && name.equals("title")) {
                channelTitle = in.text().strip();
            } else if (ns.isEmpty() && name.equals("description")) {
                channelDescription = in.text().strip();
            } else if (ns.isEmpty() && name.equals("language")) {
                channelLanguage = in.text().strip();
            } else if (isWp(ns) && name.equals("author")) {
                authors.add(readAuthor());
            } else if (isWp(ns) && name.equals("base_blog_url")) {
                baseBlogUrl = in.text().strip();
            } else if (isWp(ns) && name.equals("wxr_version")) {
                SourcePosition position = in.position();
                String version = in.text().strip();
                if (!KNOWN_VERSIONS.contains(version)) {
                    diagnostics.warning(position, "unknown WXR version '" + version + "'; read as 1.2");
                }
            } else {
                in.skip();
            }
        }
        inChannel = false;
        return Optional.empty();
    }

    private Item readItem() throws XMLStreamException {
        SourcePosition position = in.position();
        String title = "";
        String link = "";
        String pubDate = "";
        String content = "";
        String excerpt = "";
        String postId = "";
        String postDateGmt = "";
        String postName = "";
        String status = "";
        String postType = "";
        String password = "";
        String guid = "";
        String creator = "";
        String postParent = "";
        List<Term> terms = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        PostLanguage language = new PostLanguage();
        while (in.nextChild()) {
            String name = in.localName();
            String ns = in.namespace();
            if (ns.isEmpty()) {
                switch (name) {
                    case "title" -> title = in.text();
                    case "link" -> link = in.text().strip();
                    case "pubDate" -> pubDate = in.text().strip();
                    case "guid" -> guid = in.text().strip();
                    case "category" -> {
                        String domain = in.attribute("domain").orElse("");
                        String nicename = in.attribute("nicename").orElse("").strip();
                        String text = in.text();
                        if (!language.term(domain, text, nicename)) {
                            terms.add(new Term(domain, text, nicename));
                        }
                    }
                    default -> in.skip();
                }
            } else if (CONTENT.matcher(ns).matches() && name.equals("encoded")) {
                content = in.text();
            } else if (EXCERPT.matcher(ns).matches() && name.equals("encoded")) {
                excerpt = in.text();
            } else if (DC.matcher(ns).matches() && name.equals("creator")) {
                creator = in.text().strip();
            } else if (isWp(ns)) {
                switch (name) {
                    case "post_id" -> postId = in.text().strip();
                    case "post_date_gmt" -> postDateGmt = in.text().strip();
                    case "post_name" -> postName = in.text().strip();
                    case "status" -> status = in.text().strip();
                    case "post_type" -> postType = in.text().strip();
                    case "post_password" -> password = in.text();
                    case "post_parent" -> postParent = in.text().strip();
                    case "comment" -> comments.add(readComment());
                    case "postmeta" -> readMeta(language);
                    default -> in.skip();
                }
            } else {
                in.skip();
            }
        }
        return new Item(position, title, link, pubDate, content, excerpt, postId, postDateGmt, postName, status,
                postType, password, List.copyOf(terms), List.copyOf(comments), guid, creator, postParent,
                language.language(), language.group());
    }

    /** A {@code wp:postmeta}: only the keys of {@link PostLanguage} are kept. */
    private void readMeta(PostLanguage language) throws XMLStreamException {
        String key = "";
        String value = "";
        while (in.nextChild()) {
            if (isWp(in.namespace()) && in.localName().equals("meta_key")) {
                key = in.text().strip();
            } else if (isWp(in.namespace()) && in.localName().equals("meta_value")) {
                value = in.text().strip();
            } else {
                in.skip();
            }
        }
        language.meta(key, value);
    }

    private Comment readComment() throws XMLStreamException {
        SourcePosition position = in.position();
        String id = "";
        String author = "";
        String authorUrl = "";
        String dateGmt = "";
        String content = "";
        String approved = "";
        String type = "";
        String parent = "";
        String userId = "";
        while (in.nextChild()) {
            if (!isWp(in.namespace())) {
                in.skip();
                continue;
            }
            switch (in.localName()) {
                case "comment_id" -> id = in.text().strip();
                case "comment_author" -> author = in.text();
                case "comment_author_url" -> authorUrl = in.text().strip();
                case "comment_date_gmt" -> dateGmt = in.text().strip();
                case "comment_content" -> content = in.text();
                case "comment_approved" -> approved = in.text().strip();
                case "comment_type" -> type = in.text().strip();
                case "comment_parent" -> parent = in.text().strip();
                case "comment_user_id" -> userId = in.text().strip();
                default -> in.skip(); // e-mail, IP, local date, meta: never read
            }
        }
        return new Comment(position, id, author, authorUrl, dateGmt, content, approved, type, parent, userId);
    }

    private Author readAuthor() throws XMLStreamException {
        String id = "";
        String login = "";
        String displayName = "";
        while (in.nextChild()) {
            if (!isWp(in.namespace())) {
                in.skip();
                continue;
            }
            switch (in.localName()) {
                case "author_id" -> id = in.text().strip();
                case "author_login" -> login = in.text().strip();
                case "author_display_name" -> displayName = in.text().strip();
                default -> in.skip(); // e-mail, first and last name: never read
            }
        }
        return new Author(id, login, displayName);
    }

    private static boolean isWp(String namespace) {
        return WP.matcher(namespace).matches();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
