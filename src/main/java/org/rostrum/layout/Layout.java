package org.rostrum.layout;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every output path and URL of a built site, in one place. A <em>path</em> is a file relative to the
 * root of a language's edition (the output folder for the default language), with {@code /}, such
 * as {@code debates/x/index.html}; pages name their {@code index.html} explicitly, so that links
 * made of them also work from {@code file://}, where a folder does not open its index. A
 * <em>URL</em> is the path from the site's root as servers and readers see it, with {@code index.html}
 * dropped: {@code /debates/x/}. Slugs and ids are taken as given (already made by the slug function
 * or checked by the loader) and are not escaped.
 *
 * <p>Pure functions of their arguments; safe from any thread.
 */
public final class Layout {

    /** The file that a folder's address opens. */
    public static final String INDEX = "index.html";

    private static final String DEBATES = "debates";
    private static final String TOPICS = "topics";
    private static final String PEOPLE = "people";
    private static final String ARCHIVE = "archive";
    private static final String SEARCH = "search";
    private static final String STATIC = "static";
    private static final String HOME_PAGES = "page";
    private static final String COMMENTS = "comments";
    private static final String COMMENT_ANCHOR = "comment-";
    private static final String RESPONSE_ANCHOR = "response-";
    private static final String READER_ANCHOR = "reader-";
    private static final Pattern THREAD_PAGE = Pattern.compile(
            DEBATES + "/([^/]+)/(?:" + COMMENTS + "/([2-9]|[1-9][0-9]{1,8})/)?" + Pattern.quote(INDEX));
    private static final Pattern COMMENT_PARTS = Pattern.compile(DEBATES + "/([^/]+)/" + COMMENTS + "/parts\\.js");

    private Layout() {
    }

    // --- Pages of the archive --------------------------------------------------------------------

    /** Page {@code page} of the home page's list of debates: {@code index.html}, {@code page/2/index.html}. */
    public static String home(int page) {
        return page == 1 ? INDEX : HOME_PAGES + "/" + page + "/" + INDEX;
    }

    /** The folder of a debate's page and bundle files: {@code debates/<slug>/}. */
    public static String debateFolder(String slug) {
        return DEBATES + "/" + slug + "/";
    }

    public static String debate(String slug) {
        return debateFolder(slug) + INDEX;
    }

    /** Part {@code part} of a debate's thread: the debate page itself for part 1, else {@code comments/<n>/}. */
    public static String threadPart(String slug, int part) {
        return part == 1 ? debate(slug) : debateFolder(slug) + COMMENTS + "/" + part + "/" + INDEX;
    }

    /** The list of which part of a split thread holds each comment, read by the theme's {@code comment-parts.js}. */
    public static String commentParts(String slug) {
        return debateFolder(slug) + COMMENTS + "/parts.js";
    }

    /** Part {@code part} of a debate's thread relative to the folder of its {@link #commentParts}, as that script names it. */
    public static String threadPartFromCommentParts(int part) {
        return part == 1 ? "../" + INDEX : part + "/" + INDEX;
    }

    public static String commentsJson(String slug) {
        return debateFolder(slug) + "comments.json";
    }

    public static String topics() {
        return TOPICS + "/" + INDEX;
    }

    /** The folder of a topic's page, which its description's relative links start from. */
    public static String topicFolder(String slug) {
        return TOPICS + "/" + slug + "/";
    }

    /** Page {@code page} of a topic's list of debates. */
    public static String topic(String slug, int page) {
        return page == 1 ? topicFolder(slug) + INDEX : topicFolder(slug) + "page/" + page + "/" + INDEX;
    }

    public static String topicFeed(String slug) {
        return topicFolder(slug) + "feed.xml";
    }

    public static String people() {
        return PEOPLE + "/" + INDEX;
    }

    /** The folder of a person's page, which the biography's relative links start from. */
    public static String personFolder(String id) {
        return PEOPLE + "/" + id + "/";
    }

    public static String person(String id) {
        return personFolder(id) + INDEX;
    }

    /** A person's photo, copied beside the people's pages. */
    public static String personPhoto(String file) {
        return PEOPLE + "/" + file;
    }

    public static String archive() {
        return ARCHIVE + "/" + INDEX;
    }

    public static String year(int year) {
        return ARCHIVE + "/" + year + "/" + INDEX;
    }

    /** The folder of a standalone page and its files: {@code <slug>/}. */
    public static String pageFolder(String slug) {
        return slug + "/";
    }

    public static String page(String slug) {
        return pageFolder(slug) + INDEX;
    }

    /** The search page. */
    public static String search() {
        return searchFolder() + INDEX;
    }

    /** The folder of the search page and of its index's script files ({@code index.js}, shards, fragments). */
    public static String searchFolder() {
        return SEARCH + "/";
    }

    /** The manifest of the search index, the one of its files that does not depend on every word. */
    public static String searchManifest() {
        return searchFolder() + "index.js";
    }

    /** The cards of every debate, for search filters. */
    public static String searchCards() {
        return "search-index.json";
    }

    /** The URL of the search page asking for {@code query}, encoded as a browser would: {@code /search/?q=a%20b}. */
    public static String searchUrl(String query) {
        return url(searchFolder()) + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The site's Atom feed of the latest debates. */
    public static String feed() {
        return "feed.xml";
    }

    /** The sitemap, or the index of its parts ({@link #sitemapPart}) past the protocol's limit. */
    public static String sitemap() {
        return "sitemap.xml";
    }

    public static String sitemapPart(int n) {
        return "sitemap-" + n + ".xml";
    }

    public static String robots() {
        return "robots.txt";
    }

    /** The redirect map of old addresses for Netlify and Cloudflare Pages. */
    public static String netlifyRedirects() {
        return "_redirects";
    }

    /** The redirect map of old addresses for nginx. */
    public static String nginxRedirects() {
        return "redirects.nginx.conf";
    }

    /** The redirect map of old addresses for Apache. */
    public static String apacheRedirects() {
        return ".htaccess";
    }

    /** The page a server shows for a missing address. */
    public static String notFound() {
        return "404.html";
    }

    /** A file of the theme's (or the site's) static files: {@code static/<name>}. */
    public static String staticFile(String name) {
        return STATIC + "/" + name;
    }

    // --- Anchors ---------------------------------------------------------------------------------

    /** The anchor of a comment on its page: {@code comment-<id>}. */
    public static String commentAnchor(String id) {
        return COMMENT_ANCHOR + id;
    }

    /** A comment on the page at {@code path}: {@code debates/x/comments/2/index.html#comment-c7}. */
    public static String comment(String path, String id) {
        return path + "#" + commentAnchor(id);
    }

    /** The comment id an anchor names, when it is a comment's anchor. */
    public static Optional<String> commentOfAnchor(String anchor) {
        return anchor.startsWith(COMMENT_ANCHOR) ? Optional.of(anchor.substring(COMMENT_ANCHOR.length()))
                : Optional.empty();
    }

    /** The anchor of the {@code n}th response of a debate (from 1). */
    public static String responseAnchor(int n) {
        return RESPONSE_ANCHOR + n;
    }

    /** The anchor of the {@code n}th reader question of a debate (from 1). */
    public static String readerAnchor(int n) {
        return READER_ANCHOR + n;
    }

    /** Whether {@code anchor} names a response ({@code true}), a reader question ({@code false}), or neither (empty). */
    public static Optional<Boolean> isResponseAnchor(String anchor) {
        if (anchor.startsWith(RESPONSE_ANCHOR)) {
            return Optional.of(true);
        }
        return anchor.startsWith(READER_ANCHOR) ? Optional.of(false) : Optional.empty();
    }

    // --- Old addresses ---------------------------------------------------------------------------

    /** The redirect page of an old address (an alias): {@code /old/path/} as {@code old/path/index.html}. */
    public static String alias(String oldUrl) {
        String path = oldUrl.substring(1);
        return path.endsWith("/") ? path + INDEX : path;
    }

    /**
     * Whether the site writes a page of its own at the URL {@code url} (a path from the site's root),
     * so that a redirect there would clash with it: anything under {@code /debates/} or
     * {@code /static/}, the home and 404 pages, the section indexes, topic and person pages, year
     * archives and the home page's further pages.
     */
    public static boolean isBuiltBySite(String url) {
        String[] segments = url.substring(1).split("/");
        String first = segments[0];
        if (first.equals(DEBATES) || first.equals(STATIC) || first.equals(INDEX) || first.equals(notFound())) {
            return true;
        }
        if (segments.length == 1) {
            return sectionPages().contains(first) || first.equals(HOME_PAGES);
        }
        if (segments.length == 2) {
            return first.equals(TOPICS) || first.equals(PEOPLE)
                    || (first.equals(ARCHIVE) && segments[1].matches("[0-9]{4}"))
                    || (first.equals(HOME_PAGES) && segments[1].matches("[0-9]+"));
        }
        return false;
    }

    // --- URLs ------------------------------------------------------------------------------------

    /** {@code path} with its {@code %HH} escapes decoded as UTF-8; a {@code %} that starts no escape stays as it is. */
    public static String decodePath(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < path.length()) {
            int hi = i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
            int lo = i + 2 < path.length() ? Character.digit(path.charAt(i + 2), 16) : -1;
            if (path.charAt(i) == '%' && hi >= 0 && lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                int end = path.offsetByCodePoints(i, 1);
                bytes.writeBytes(path.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The URL of a path from the site's root: {@code index.html} dropped, as servers and search engines expect. */
    public static String url(String path) {
        return "/" + withoutIndex(path);
    }

    /** The absolute URL of a path: {@code https://example.org/debates/x/}. */
    public static String absolute(String baseUrl, String path) {
        return baseUrl + withoutIndex(path);
    }

    private static String withoutIndex(String path) {
        return path.endsWith(INDEX) ? path.substring(0, path.length() - INDEX.length()) : path;
    }

    /** The relative path from the page at {@code path} back to its root: one {@code ../} per folder. */
    public static String root(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    // --- Languages -------------------------------------------------------------------------------

    /**
     * The folder of a language's edition, relative to the output folder: empty for the default
     * language at the root, else {@code <language>/} ({@code de/}).
     *
     * @param defaultInFolder the default language too is in its folder ({@code default_language_in_folder})
     */
    public static String editionFolder(String language, String defaultLanguage, boolean defaultInFolder) {
        return language.equals(defaultLanguage) && !defaultInFolder ? "" : language + "/";
    }

    // --- Reading paths back ----------------------------------------------------------------------

    /** A page of a debate's thread: part 1 is the debate page. */
    public record ThreadPage(String slug, int part) {
    }

    /** The debate and part a path is a page of, when it is one ({@link #threadPart}). */
    public static Optional<ThreadPage> threadPageOf(String path) {
        Matcher m = THREAD_PAGE.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ThreadPage(m.group(1), m.group(2) == null ? 1 : Integer.parseInt(m.group(2))));
    }

    /** The debate whose {@link #commentParts} a path is, when it is one. */
    public static Optional<String> commentPartsOf(String path) {
        Matcher m = COMMENT_PARTS.matcher(path);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The sections of the archive, each a folder with one entry per debate, topic, person or year. */
    public enum Section {
        DEBATES(Layout.DEBATES), TOPICS(Layout.TOPICS), PEOPLE(Layout.PEOPLE), ARCHIVE(Layout.ARCHIVE);

        private final String folder;

        Section(String folder) {
            this.folder = folder;
        }

        /** The URL of an entry's folder: {@code /debates/<name>/}, for messages. */
        public String url(String name) {
            return "/" + folder + "/" + name + "/";
        }
    }

    /**
     * A path inside an entry of a section: {@code debates/x/a.png} is {@code (DEBATES, "x", "a.png")}.
     *
     * @param rest the path inside the entry's folder, never empty
     */
    public record Entry(Section section, String name, String rest) {
    }

    /** The entry a path is inside, when it is inside one. */
    public static Optional<Entry> entryOf(String path) {
        String[] parts = path.split("/", 3);
        if (parts.length < 3) {
            return Optional.empty();
        }
        for (Section s : Section.values()) {
            if (s.folder.equals(parts[0])) {
                return Optional.of(new Entry(s, parts[1], parts[2]));
            }
        }
        return Optional.empty();
    }

    /** The folders of the site's own list pages, which no standalone page may be confused with. */
    public static List<String> sectionPages() {
        return List.of(TOPICS, PEOPLE, ARCHIVE, SEARCH);
    }
}
