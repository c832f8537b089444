package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.pipeline.BuildOptions;
import org.rostrum.pipeline.BuildResult;
import org.rostrum.pipeline.SiteBuild;
import org.rostrum.diag.Diagnostics;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * An export at the scale of a real blog, generated here from a fixed seed: hundreds of posts,
 * thousands of comments nested up to twelve deep (some on pages, some spam, pending, in the trash or
 * pingbacks), categories and tags that collide in every way (case, accents, Cyrillic, Greek, German
 * ß and umlauts, {@code Uncategorized}, a category and a tag of the same name), several authors,
 * nested pages and shortcodes. It must import, pass {@code check} and build, with every approved
 * comment shown under its parent.
 */
class ScaleImportIT {

    private static final int POSTS = 320;
    private static final int PAGES = 24;
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** Categories: every group collides within itself, by case, accents or script variants. */
    private static final String[][] CATEGORIES = {
        {"Politics", "politics", "POLITICS", "Polítics"},
        {"Политика", "политика", "ПОЛИТИКА"},
        {"Πολιτική", "πολιτική", "ΠΟΛΙΤΙΚΉ"},
        {"Straße", "STRASSE", "straße", "Strasse"},
        {"Österreich", "österreich", "ÖSTERREICH", "Oesterreich"},
        {"Économie", "économie", "Economie"},
        {"Uncategorized"},
        {"Security & Defence", "security & defence"},
        {"Ελλάδα"},
        {"Россия", "россия"},
        {"Müller & Söhne", "müller & söhne"},
    };

    /** Tags, some of them with the name of a category. */
    private static final String[] TAGS = {"politics", "Politics", "NATO", "nato", "Straße", "Россия", "Ελλάδα",
        "Économie", "Uncategorized", "größe", "Größe", "Ærø", "ærø"};

    private static final String[][] AUTHORS = {{"1", "editor", "The Editor"}, {"2", "juergen", "Jürgen Groß"},
        {"3", "anna", "Анна Петрова"}, {"4", "eleni", "Ελένη Π."}, {"5", "bjorn", "Bjørn Ærø"}};

    @TempDir
    Path dir;

    /** What the generator wrote: for each approved comment's id, the item it is on. */
    private final Map<String, String> approved = new HashMap<>();
    private int commentsInExport;

    @Test
    void aLargeExportImportsChecksAndBuildsWithEveryApprovedCommentUnderItsParent() throws Exception {
        Path export = dir.resolve("big.xml");
        Files.writeString(export, export());
        Path content = dir.resolve("content");

        Diagnostics diagnostics = new Diagnostics();
        ImportReport report = new WordPressImporter(TopicTerms.BOTH, MediaOptions.none())
                .run(export, content, false, diagnostics);
        assertEquals(List.of(), diagnostics.sorted().stream().filter(d -> !d.toString().contains(": warning: "))
                .map(Object::toString).toList());
        assertTrue(report.addsUp(), report.render());
        assertEquals(commentsInExport, report.commentsRead());
        assertTrue(approved.size() > 3000, "thousands of approved comments: " + approved.size());
        assertEquals(approved.size(), report.count(Outcome.COMMENT_WRITTEN), report.render());
        assertTrue(report.count(Outcome.TOPICS_MERGED) > 10, report.render());

        BuildOptions options = BuildOptions.defaults().withContent(content).withTemplates(dir.resolve("no-templates"))
                .withOut(dir.resolve("site"));
        BuildResult checked = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).check(options);
        assertEquals(List.of(), checked.diagnostics().stream().map(Object::toString).toList());
        BuildResult built = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).build(options);
        assertEquals(List.of(), built.diagnostics().stream().map(Object::toString).toList());
        assertEquals(POSTS - POSTS / 40, built.debates());

        Set<String> shown = new HashSet<>();
        for (Path file : commentFiles(content)) {
            List<Map<String, Object>> written = ImportFiles.comments(file);
            Map<String, Element> elements = shownComments(dir.resolve("site"), content.relativize(file));
            for (Map<String, Object> comment : written) {
                String id = (String) comment.get("id");
                Element element = elements.get("comment-" + id);
                assertNotNull(element, file + ": " + id);
                String parent = comment.get("parent") == null ? "" : "comment-" + comment.get("parent");
                assertEquals(parent, shownParent(element), file + ": " + id);
                boolean removed = "removed".equals(comment.get("status"));
                assertEquals(removed, element.hasClass("removed"), file + ": " + id);
                if (!removed) {
                    assertTrue(shown.add(id), "shown once: " + id);
                }
            }
        }
        assertEquals(new TreeSet<>(approved.keySet()), new TreeSet<>(shown), "every approved comment, nothing else");
        assertTrue(approved.values().stream().anyMatch(item -> item.startsWith("page")), "pages have comments");
    }

    /** Every comment file written: debates' {@code comments.yaml} and pages' {@code *.comments.yaml}. */
    private static List<Path> commentFiles(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> p.getFileName().toString().endsWith("comments.yaml")).sorted().toList();
        }
    }

    /** The comments shown on the built pages of the debate or page whose comments are in {@code file}. */
    private static Map<String, Element> shownComments(Path site, Path file) throws IOException {
        String name = file.toString().replace('\\', '/');
        List<Path> pages = new ArrayList<>();
        if (name.startsWith("debates/")) {
            Path folder = site.resolve(name.substring(0, name.length() - "comments.yaml".length()));
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.getFileName().toString().equals("index.html")).forEach(pages::add);
            }
        } else {
            String slug = name.substring("pages/".length(), name.length() - ".comments.yaml".length());
            pages.add(site.resolve(slug).resolve("index.html"));
        }
        Map<String, Element> shown = new HashMap<>();
        for (Path page : pages) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element li : html.select("li.comment")) {
                shown.put(li.id(), li);
            }
        }
        return shown;
    }

    /** The comment a shown comment replies to: the one it is nested in, or the one its "replied to" link names. */
    private static String shownParent(Element shown) {
        Element nestedIn = shown.parent() == null ? null : shown.parent().closest("li.comment");
        String repliedTo = shown.select("> article .replied-to a").attr("href").replaceFirst("^#", "");
        if (nestedIn == null) {
            return repliedTo;
        }
        return repliedTo.isEmpty() || repliedTo.equals(nestedIn.id()) ? nestedIn.id() : repliedTo;
    }

    private String export() {
        Random random = new Random(12);
        StringBuilder xml = new StringBuilder(8_000_000);
        xml.append("""
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                  xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                <title>Big Blog</title>
                <link>https://big.example.org</link>
                <description>Ten years of debates</description>
                <language>de-DE</language>
                <wp:wxr_version>1.2</wp:wxr_version>
                <wp:base_blog_url>https://big.example.org</wp:base_blog_url>
                """);
        for (String[] a : AUTHORS) {
            xml.append("<wp:author><wp:author_id>").append(a[0]).append("</wp:author_id><wp:author_login><![CDATA[")
                    .append(a[1]).append("]]></wp:author_login><wp:author_email>").append(a[1])
                    .append("@big.example.org</wp:author_email><wp:author_display_name><![CDATA[").append(a[2])
                    .append("]]></wp:author_display_name></wp:author>\n");
        }
        int commentId = 1000;
        LocalDateTime start = LocalDateTime.of(2010, 1, 1, 9, 0);
        for (int n = 0; n < PAGES; n++) {
            int id = 50_000 + n;
            // Three levels: /section-0/, /section-0/part-1/, /section-0/part-1/detail-2/.
            String path = "section-" + (n / 6) + "/" + (n % 6 >= 1 ? "part-" + (n % 6 / 3) + "/" : "")
                    + (n % 3 == 2 ? "detail-" + n + "/" : "");
            String name = path.substring(0, path.length() - 1);
            name = name.substring(name.lastIndexOf('/') + 1);
            xml.append(item("page" + n, "Page " + n + " – Über uns", "https://big.example.org/" + path, id, name,
                    "publish", "page", start.plusDays(n), "<p>Page text with [gallery ids=\"1,2\"] and [unknown_code]."
                            + "</p>", "", AUTHORS[n % AUTHORS.length][1], random, commentId, n % 2 == 0 ? 12 : 0));
            commentId += 400;
        }
        for (int n = 0; n < POSTS; n++) {
            int id = 100 + n;
            LocalDateTime date = start.plusDays(n * 11L).plusMinutes(n);
            String status = n % 40 == 39 ? (n % 80 == 79 ? "draft" : "private") : "publish";
            StringBuilder terms = new StringBuilder();
            for (int k = 0; k <= n % 3; k++) {
                String[] group = CATEGORIES[(n + k * 5) % CATEGORIES.length];
                String category = group[(n / CATEGORIES.length + k) % group.length];
                terms.append("<category domain=\"category\" nicename=\"cat-").append((n + k * 5) % CATEGORIES.length)
                        .append("-").append((n / CATEGORIES.length + k) % group.length).append("\"><![CDATA[")
                        .append(category).append("]]></category>\n");
            }
            for (int k = 0; k < n % 4; k++) {
                int t = (n * 7 + k * 3) % TAGS.length;
                terms.append("<category domain=\"post_tag\" nicename=\"tag-").append(t).append("\"><![CDATA[")
                        .append(TAGS[t]).append("]]></category>\n");
            }
            String name = switch (n % 5) {
                case 0 -> "debate-" + (n % 30); // repeated names
                case 1 -> "%d0%bf%d0%be%d0%bb%d0%b8%d1%82%d0%b8%d0%ba%d0%b0-" + n; // percent-encoded Cyrillic
                case 2 -> "";
                default -> "post-" + n;
            };
            String body = "<p>Opening of post " + n + ".</p>\n[caption id=\"attachment_9\" width=\"300\"]"
                    + "<img src=\"https://elsewhere.example.net/p" + n + ".jpg\" alt=\"Photo " + n + "\" /> A caption"
                    + "[/caption]\n\n[embed]https://www.youtube.com/watch?v=v" + n + "&t=5[/embed]\n\n"
                    + "Ein Absatz über Straßen, Größe & Ærø.\n\n[contact-form-7 id=\"" + n + "\"]";
            xml.append(item("post" + n, n % 5 == 2 ? "Почему " + n + "? Γιατί;" : "Debate " + n,
                    "https://big.example.org/" + date.getYear() + "/" + String.format("%02d", date.getMonthValue())
                            + "/" + (name.isEmpty() ? "?p=" + id : name + "/"),
                    id, name, status, "post", date, body, terms.toString(), AUTHORS[n % AUTHORS.length][1], random,
                    commentId, status.equals("publish") ? 6 + random.nextInt(18) : 3));
            commentId += 400;
        }
        xml.append("</channel>\n</rss>\n");
        return xml.toString();
    }

    private String item(String key, String title, String link, int id, String name, String status, String type,
            LocalDateTime date, String content, String terms, String creator, Random random, int firstComment,
            int comments) {
        StringBuilder xml = new StringBuilder();
        xml.append("<item>\n<title><![CDATA[").append(title).append("]]></title>\n<link>")
                .append(link.replace("&", "&amp;")).append("</link>\n<dc:creator><![CDATA[").append(creator)
                .append("]]></dc:creator>\n")
                .append("<guid isPermaLink=\"false\">https://big.example.org/?p=").append(id).append("</guid>\n")
                .append("<content:encoded><![CDATA[").append(content).append("]]></content:encoded>\n")
                .append("<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n<wp:post_id>").append(id)
                .append("</wp:post_id>\n<wp:post_date_gmt>").append(date.format(WP_DATE))
                .append("</wp:post_date_gmt>\n<wp:post_name><![CDATA[").append(name).append("]]></wp:post_name>\n")
                .append("<wp:status>").append(status).append("</wp:status>\n<wp:post_type>").append(type)
                .append("</wp:post_type>\n<wp:post_password></wp:post_password>\n").append(terms);
        boolean published = status.equals("publish");
        List<Integer> ids = new ArrayList<>();
        List<Integer> depth = new ArrayList<>();
        for (int c = 0; c < comments; c++) {
            int cid = firstComment + c;
            int parentIndex = c == 0 || random.nextInt(3) == 0 ? -1 : random.nextInt(c);
            if (parentIndex >= 0 && depth.get(parentIndex) >= 12) {
                parentIndex = -1;
            }
            int roll = random.nextInt(100);
            String approval = roll < 80 ? "1" : roll < 88 ? "0" : roll < 94 ? "spam" : "trash";
            String commentType = roll == 99 ? "pingback" : "comment";
            if (published && approval.equals("1") && commentType.equals("comment")) {
                approved.put("wp-" + cid, key);
            }
            commentsInExport++;
            ids.add(cid);
            depth.add(parentIndex < 0 ? 0 : depth.get(parentIndex) + 1);
            String author = switch (c % 6) {
                case 0 -> "Jürgen &amp; Co";
                case 1 -> "Анна";
                case 2 -> "Ελένη";
                case 3 -> "";
                case 4 -> "O'Brien <b>bold</b>";
                default -> "Reader " + c;
            };
            xml.append("<wp:comment><wp:comment_id>").append(cid).append("</wp:comment_id><wp:comment_author><![CDATA[")
                    .append(author).append("]]></wp:comment_author><wp:comment_author_email>x")
                    .append(cid).append("@mail.example</wp:comment_author_email><wp:comment_author_url>")
                    .append(c % 4 == 0 ? "https://reader.example.org/?a=1&amp;b=" + c : "")
                    .append("</wp:comment_author_url><wp:comment_date_gmt>")
                    .append(date.plusHours(c + 1L).format(WP_DATE)).append("</wp:comment_date_gmt>")
                    .append("<wp:comment_content><![CDATA[")
                    .append(c % 7 == 0 ? "Line one<br />line <strong>two</strong> &amp; <kbd>Ctrl</kbd>\n\n"
                            + "<table><tr><td>a</td><td>b</td></tr></table>" : "Comment " + cid + " – ÄÖÜ ß ω я")
                    .append("]]></wp:comment_content><wp:comment_approved>").append(approval)
                    .append("</wp:comment_approved><wp:comment_type>").append(commentType)
                    .append("</wp:comment_type><wp:comment_parent>").append(parentIndex < 0 ? 0 : ids.get(parentIndex))
                    .append("</wp:comment_parent><wp:comment_user_id>").append(c % 9 == 0 ? "2" : "0")
                    .append("</wp:comment_user_id></wp:comment>\n");
        }
        return xml.append("</item>\n").toString();
    }
}
