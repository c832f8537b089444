package org.rostrum.render;

/**
 * The output layout in one place: every page's path relative to the site
 * root. Links name {@code index.html} explicitly so that the site also works from {@code file://},
 * where a folder does not open its index.
 */
final class Links {

    static final String INDEX = "index.html";

    private Links() {
    }

    static String home(int page) {
        return page == 1 ? INDEX : "page/" + page + "/" + INDEX;
    }

    static String debateFolder(String slug) {
        return "debates/" + slug + "/";
    }

    static String debate(String slug) {
        return debateFolder(slug) + INDEX;
    }

    /** Part {@code n} of a debate's thread: the debate page itself for part 1. */
    static String commentsPart(String slug, int part) {
        return part == 1 ? debate(slug) : debateFolder(slug) + "comments/" + part + "/" + INDEX;
    }

    /** The list of which part of a split thread holds each comment, read by the theme's {@code comment-parts.js}. */
    static String commentParts(String slug) {
        return debateFolder(slug) + "comments/parts.js";
    }

    static String commentsJson(String slug) {
        return debateFolder(slug) + "comments.json";
    }

    static String topics() {
        return "topics/" + INDEX;
    }

    static String topic(String slug, int page) {
        return page == 1 ? "topics/" + slug + "/" + INDEX : "topics/" + slug + "/page/" + page + "/" + INDEX;
    }

    static String topicFeed(String slug) {
        return "topics/" + slug + "/feed.xml";
    }

    static String people() {
        return "people/" + INDEX;
    }

    static String person(String id) {
        return "people/" + id + "/" + INDEX;
    }

    static String personPhoto(String file) {
        return "people/" + file;
    }

    static String archive() {
        return "archive/" + INDEX;
    }

    static String year(int year) {
        return "archive/" + year + "/" + INDEX;
    }

    static String page(String slug) {
        return slug + "/" + INDEX;
    }

    static String search() {
        return "search/" + INDEX;
    }

    /** The relative path from the page at {@code href} back to the site root: one {@code ../} per folder. */
    static String root(String href) {
        int depth = 0;
        for (int i = 0; i < href.length(); i++) {
            if (href.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** The absolute URL of a page: {@code index.html} dropped, as servers and search engines expect. */
    static String absolute(String baseUrl, String href) {
        String path = href.endsWith(INDEX) ? href.substring(0, href.length() - INDEX.length()) : href;
        return baseUrl + path;
    }
}
