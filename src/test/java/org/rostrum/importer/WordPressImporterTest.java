package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rostrum.importer.ImportFiles.comment;
import static org.rostrum.importer.ImportFiles.comments;
import static org.rostrum.importer.ImportFiles.export;
import static org.rostrum.importer.ImportFiles.tree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.FileTree;
import org.rostrum.diag.Diagnostics;
import org.rostrum.importer.ImportReport.Outcome;

class WordPressImporterTest {

    private static final Path EXPORT = export("wordpress-1.2.xml");

    @TempDir
    Path content;

    private final Diagnostics diagnostics = new Diagnostics();

    private ImportReport importExport(Path export, boolean force) {
        return new WordPressImporter().run(export, content, force, diagnostics);
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void writesEachPublishedPostAsADebateWithItsOldAddressAsAlias() throws Exception {
        importExport(EXPORT, false);

        assertEquals("""
                ---
                title: Could Russia ever join NATO?
                date: 2019-01-28T08:30:00Z
                topics:
                  - Foreign Affairs
                authors:
                  - the-editor
                summary: Is Russia in NATO absurd?
                aliases:
                  - /2019/01/russia-nato/
                guid: https://old.example.org/?p=12
                ---

                We had a comment sent in from Yvetta.\\
                She asks whether the idea is absurd today.

                ![A map of NATO](https://old.example.org/wp-content/uploads/2019/01/map.png)

                \\# not a heading
                """, Files.readString(content.resolve("debates/russia-nato/index.md")));
        assertEquals(List.of(), messages());
    }

    @Test
    void writesOnlyPublishedPostsAndPages() {
        importExport(EXPORT, false);

        assertEquals(List.of("debates/pochemu-nato-2/index.md", "debates/pochemu-nato/index.md",
                "debates/russia-nato/comments.yaml", "debates/russia-nato/index.md", "pages/about.comments.yaml",
                "pages/about.md", "people/the-editor.yaml", "redirects.yaml", "site.yaml"),
                new ArrayList<>(tree(content).keySet()));
        assertEquals("---\ntitle: About us\n---\n\nWe archive debates.\n\nWrite to us.\n",
                tree(content).get("pages/about.md"));
    }

    @Test
    void writesTheApprovedCommentsOfAPageBesideIt() throws Exception {
        importExport(EXPORT, false);

        assertEquals(List.of(comment("id", "wp-801", "author", "Page Reader", "date", "2018-12-02T10:00:00Z",
                "body", "Nice page.")), comments(content.resolve("pages/about.comments.yaml")));
    }

    @Test
    void makesSlugsValidAndUniqueFromPercentEncodedNames() {
        importExport(EXPORT, false);

        assertEquals("""
                ---
                title: Почему НАТО?
                date: 2019-03-03T12:00:00Z
                topics:
                  - Foreign Affairs
                ---

                Первый вопрос.
                """, tree(content).get("debates/pochemu-nato/index.md"));
        assertTrue(tree(content).get("debates/pochemu-nato-2/index.md").contains("title: Почему НАТО? (2)\n"));
    }

    @Test
    void writesEveryApprovedCommentUnderItsParent() throws Exception {
        importExport(EXPORT, false);

        List<Map<String, Object>> expected = new ArrayList<>();
        expected.add(comment("id", "wp-101", "author", "Franz M", "author_url", "http://franz.example.org/",
                "date", "2019-01-29T10:02:00Z", "body", "Well, yes, someday.\n\nIf Russia becomes a stable democracy."));
        for (int depth = 1; depth <= 9; depth++) {
            expected.add(comment("id", "wp-" + (101 + depth), "parent", "wp-" + (100 + depth),
                    "author", "Level " + depth, "date", "2019-01-29T1" + (depth / 6) + ":" + (depth % 6) + "0:00Z",
                    "body", "Reply at depth " + depth));
        }
        expected.add(comment("id", "wp-201", "author", "Seán O'Brien", "author_url",
                "https://sean.example.org/about?lang=ga", "date", "2019-01-30T08:00:00Z",
                "body", "Entities in CDATA are decoded once."));
        expected.add(comment("id", "wp-202", "author", "Mary O'Neil", "date", "2019-01-30T08:05:00Z",
                "body", "Escaped without CDATA: **bold** \\& more"));
        expected.add(comment("id", "wp-203", "author", "AT&amp;T & Friends", "date", "2019-01-30T08:10:00Z",
                "body", "Double-encoded in CDATA keeps one level."));
        expected.add(comment("id", "wp-301", "author", "Mallory", "date", "2019-01-30T09:00:00Z",
                "body", "Look ![](https://old.example.org/2019/01/russia-nato/x) here and [there](https://example.com/ok)."));
        expected.add(comment("id", "wp-501", "date", "2019-02-01T12:00:00Z", "status", "removed"));
        expected.add(comment("id", "wp-502", "parent", "wp-501", "author", "Approved Child",
                "date", "2019-02-01T12:30:00Z", "body", "I answer a comment you cannot see."));
        expected.add(comment("id", "wp-601", "author", "Orphan Olga", "date", "2019-02-02T07:00:00Z",
                "body", ThreadPlanner.ORPHAN_NOTE + "\n\nMy parent was deleted from the database."));

        List<Map<String, Object>> written = comments(content.resolve("debates/russia-nato/comments.yaml"));
        for (int i = 0; i < Math.max(expected.size(), written.size()); i++) {
            assertEquals(i < expected.size() ? expected.get(i) : null, i < written.size() ? written.get(i) : null,
                    "comment " + i);
        }
        assertEquals(9, ImportFiles.depths(written).get("wp-110"), "ten levels: depth 0 to 9");
    }

    @Test
    void accountsForEverythingReadInTheReport() {
        ImportReport report = importExport(EXPORT, false);

        assertTrue(report.addsUp());
        assertEquals("""
                WordPress export: read 9 items and 24 comments
                items
                    3  debates written
                    1  pages written
                    1  skipped: password-protected
                    1  skipped: private
                    1  skipped: draft, pending review or scheduled
                    1  skipped: in the trash
                    1  attachments (media, copied where a post or page shows them)
                comments
                   17  written
                    1  written as removed: not published, but with published replies
                    1  skipped: pingbacks
                    1  skipped: trackbacks
                    1  skipped: spam
                    1  skipped: awaiting moderation
                    1  skipped: in the trash
                    1  skipped: their post was skipped
                notes
                    1  replies whose parent is missing, written at the top level with a note
                    1  authors written to people/ (display name only)
                   12  old addresses (feeds, categories, tags, authors, dates) added to redirects.yaml
                    4  of them old tag addresses sent to a search for the tag (tags are not topics)
                    1  site.yaml written from the blog's name and address (there was none)
                    2  tags not made topics (--topics categories; --topics both keeps them)
                    1  media links still pointing elsewhere (listed below)
                media still remote
                    debates/russia-nato/index.md  https://old.example.org/wp-content/uploads/2019/01/map.png  (no --uploads folder or --download given)
                """, report.render());
    }

    @Test
    void writesTheBlogsOtherOldAddressesAsRedirectsToTheirNewPages() throws Exception {
        importExport(EXPORT, false);

        assertEquals("""
                # Old addresses of the site and the pages they moved to (rostrum import)
                "/feed/": "/feed.xml"
                "/2019/01/russia-nato/feed/": "/debates/russia-nato/"
                "/category/foreign-affairs/": "/topics/foreign-affairs/"
                "/category/foreign-affairs/feed/": "/topics/foreign-affairs/feed.xml"
                "/2019/": "/archive/2019/"
                "/2019/01/": "/archive/2019/"
                "/2019/03/": "/archive/2019/"
                "/author/editor/": "/people/the-editor/"
                "/tag/nato/": "/search/?q=NATO"
                "/tag/nato/feed/": "/search/?q=NATO"
                "/tag/security-defence/": "/search/?q=Security%20%26%20Defence"
                "/tag/security-defence/feed/": "/search/?q=Security%20%26%20Defence"
                """, Files.readString(content.resolve("redirects.yaml")));
        assertEquals("name: The Editor\n", Files.readString(content.resolve("people/the-editor.yaml")),
                "the display name only: no login, no e-mail address");
    }

    @Test
    void keepsTheRedirectsAlreadyWrittenAndAddsOnlyNewOnes() throws Exception {
        Files.writeString(content.resolve("redirects.yaml"), "# by hand\n/tag/nato/: /topics/security/\n");
        importExport(EXPORT, false);
        String first = Files.readString(content.resolve("redirects.yaml"));
        assertTrue(first.startsWith("# by hand\n/tag/nato/: /topics/security/\n\"/feed/\": \"/feed.xml\"\n"), first);
        assertFalse(first.contains("\"/tag/nato/\""), first);

        importExport(EXPORT, true);
        assertEquals(first, Files.readString(content.resolve("redirects.yaml")), "a second import adds nothing");
    }

    @Test
    void neverWritesEmailOrIpAddressesOrUserIds() throws Exception {
        importExport(EXPORT, false);

        List<String> secrets = new ArrayList<>();
        secrets.addAll(ImportFiles.valuesOf(EXPORT, "wp:comment_author_email"));
        secrets.addAll(ImportFiles.valuesOf(EXPORT, "wp:comment_author_IP"));
        secrets.addAll(ImportFiles.valuesOf(EXPORT, "wp:author_email"));
        secrets.add("hunter2");
        assertEquals(22 + 24 + 1 + 1, secrets.size(), "22 comment e-mails (linkbacks have none), 24 IPs, 2 more");
        ImportFiles.assertNoneContains(content, secrets);
        ImportFiles.assertNoneContains(content, List.of("user_id", "email", "@mail.example"));
    }

    @Test
    void neutralisesScriptsEventHandlersAndUnsafeLinks() {
        importExport(EXPORT, false);

        String all = String.join("\n", tree(content).values());
        for (String unsafe : List.of("<script", "alert(", "onerror", "onclick", "javascript:", "document.cookie")) {
            assertFalse(all.contains(unsafe), unsafe);
        }
    }

    @Test
    void readsTheOldNamespaceSpellingAndSubPathBlogs() throws Exception {
        ImportReport report = new WordPressImporter(TopicTerms.BOTH).run(export("wordpress-1.0.xml"), content, false,
                diagnostics);

        assertEquals("""
                ---
                title: Is deterrence & dialogue enough?
                date: 2009-05-12T14:00:00Z
                topics:
                  - Security
                  - Deterrence
                aliases:
                  - /2009/05/deterrence/
                guid: http://www.example.net/blog/?p=3
                ---

                **Deterrence** worked in the Cold War.\\
                Does it still?
                """, Files.readString(content.resolve("debates/deterrence/index.md")));
        assertEquals(List.of(
                comment("id", "wp-7", "author", "Hans", "date", "2009-05-12T16:00:00Z", "body", "It did."),
                comment("id", "wp-8", "parent", "wp-7", "author", "Greta", "date", "2009-05-12T17:00:00Z",
                        "body", "Did it?\\\nI doubt it.")),
                comments(content.resolve("debates/deterrence/comments.yaml")));
        assertEquals(1, report.count(Outcome.DEBATE_WRITTEN));
        assertEquals(2, report.count(Outcome.COMMENT_WRITTEN));
        assertTrue(report.addsUp());
    }

    @Test
    void keepsThePageHierarchyAndOldAddressesOfPages() throws Exception {
        Path export = content.resolve("export.xml");
        StringBuilder xml = new StringBuilder("<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel>"
                + "<link>https://x.example/blog</link>\n");
        String[][] pages = {{"1", "about", "https://x.example/blog/about/"},
            {"2", "team", "https://x.example/blog/about/team/"}, {"3", "old-name", "https://x.example/blog/who/"},
            {"4", "contact", "https://x.example/blog/?page_id=4"}};
        for (String[] page : pages) {
            xml.append("<item><title>T</title><link>").append(page[2]).append("</link><wp:post_id>").append(page[0])
                    .append("</wp:post_id><wp:post_name>").append(page[1]).append("</wp:post_name><wp:status>publish"
                    + "</wp:status><wp:post_type>page</wp:post_type></item>\n");
        }
        Files.writeString(export, xml.append("</channel></rss>\n"));
        Path into = content.resolve("content");

        new WordPressImporter().run(export, into, false, diagnostics);

        assertEquals(List.of(), messages());
        assertEquals(List.of("pages/about.md", "pages/about/team.md", "pages/contact.md", "pages/old-name.md"),
                tree(into).keySet().stream().filter(p -> p.startsWith("pages/")).toList());
        assertEquals("---\ntitle: T\n---\n", Files.readString(into.resolve("pages/about/team.md")));
        assertEquals("---\ntitle: T\naliases:\n  - /who/\n---\n", Files.readString(into.resolve("pages/old-name.md")));
    }

    @Test
    void marksCommentsByTheBlogsAuthorsAsStaff() throws Exception {
        Path export = content.resolve("export.xml");
        Files.writeString(export, "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><link>https://x.example</link>\n"
                + "<wp:author><wp:author_id>3</wp:author_id><wp:author_login>anna</wp:author_login>"
                + "<wp:author_email>anna@x.example</wp:author_email>"
                + "<wp:author_display_name>Anna Ø. Berg</wp:author_display_name></wp:author>\n"
                + "<item><title>T</title><link>https://x.example/t/</link><dc:creator>anna</dc:creator>"
                + "<wp:post_id>1</wp:post_id><wp:post_name>t</wp:post_name><wp:status>publish</wp:status>"
                + "<wp:post_type>post</wp:post_type><wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt>\n"
                + wpComment(5, 0, "Reader") + wpComment(6, 3, "Anna") + wpComment(7, 9, "Other user")
                + "</item></channel></rss>\n");
        Path into = content.resolve("content");

        new WordPressImporter().run(export, into, false, diagnostics);

        assertEquals(List.of(), messages());
        assertEquals(Map.of("wp-5", false, "wp-6", true, "wp-7", false), comments(into.resolve("debates/t/comments.yaml"))
                .stream().collect(java.util.stream.Collectors.toMap(c -> (String) c.get("id"),
                        c -> Boolean.TRUE.equals(c.get("staff")))));
        assertEquals("name: Anna Ø. Berg\n", Files.readString(into.resolve("people/anna-oe-berg.yaml")));
        assertTrue(Files.readString(into.resolve("debates/t/index.md")).contains("authors:\n  - anna-oe-berg\n"));
        for (Path file : List.of(into.resolve("people/anna-oe-berg.yaml"), into.resolve("debates/t/comments.yaml"))) {
            assertFalse(Files.readString(file).contains("anna@"), file.toString());
        }
    }

    private static String wpComment(int id, int userId, String author) {
        return "<wp:comment><wp:comment_id>" + id + "</wp:comment_id><wp:comment_author>" + author
                + "</wp:comment_author><wp:comment_date_gmt>2020-01-02 00:00:00</wp:comment_date_gmt>"
                + "<wp:comment_content>Hi</wp:comment_content><wp:comment_approved>1</wp:comment_approved>"
                + "<wp:comment_parent>0</wp:comment_parent><wp:comment_user_id>" + userId
                + "</wp:comment_user_id></wp:comment>\n";
    }

    @Test
    void keepsOnlyAliasesThatCanRedirect() throws Exception {
        Path export = content.resolve("export.xml");
        StringBuilder xml = new StringBuilder("<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel>"
                + "<link>https://x.example</link>\n");
        String[][] posts = {{"1", "one", "https://x.example/same/"}, {"2", "two", "https://x.example/same/"},
            {"3", "three", "https://x.example/topics/nato/"}};
        for (String[] post : posts) {
            xml.append("<item><title>T</title><link>").append(post[2]).append("</link><wp:post_id>").append(post[0])
                    .append("</wp:post_id><wp:post_name>").append(post[1]).append("</wp:post_name><wp:status>publish"
                    + "</wp:status><wp:post_type>post</wp:post_type><wp:post_date_gmt>2020-01-01 00:00:00"
                    + "</wp:post_date_gmt></item>\n");
        }
        Files.writeString(export, xml.append("</channel></rss>\n"));
        Path into = content.resolve("content");

        new WordPressImporter().run(export, into, false, diagnostics);

        assertEquals(List.of(
                export + ":3:7: warning: the old address /same/ is already an alias of 'one'; not added to 'two'",
                export + ":4:7: warning: the old address /topics/nato/ is a page of the new site; not kept as an "
                        + "alias of 'three'"), messages());
        assertTrue(Files.readString(into.resolve("debates/one/index.md")).contains("aliases:\n  - /same/\n"));
        assertFalse(Files.readString(into.resolve("debates/two/index.md")).contains("aliases"));
        assertFalse(Files.readString(into.resolve("debates/three/index.md")).contains("aliases"));
    }

    @Test
    void writesSiteSettingsFromTheBlogWhenThereAreNone() throws Exception {
        importExport(EXPORT, false);

        assertEquals("""
                title: Old Debates
                base_url: https://old.example.org/
                description: Debates from the old site
                language: en-GB
                timezone: Etc/GMT-1
                """, Files.readString(content.resolve("site.yaml")));
    }

    @Test
    void neverTouchesExistingSiteSettings() throws Exception {
        Files.writeString(content.resolve("site.yaml"), "title: Mine\nbase_url: https://mine.example/\n");

        ImportReport report = importExport(EXPORT, true);

        assertEquals("title: Mine\nbase_url: https://mine.example/\n", Files.readString(content.resolve("site.yaml")));
        assertEquals(0, report.count(Outcome.SITE_WRITTEN));
        assertEquals(content.resolve("site.yaml") + ":1:1: warning: site.yaml was kept as it is; the export's posts "
                + "suggest timezone: Etc/GMT-1 and language: en-GB (set them there if they are right)", messages().get(0));
    }

    @Test
    void warnsWhenTheBlogHasNoAddressForSiteSettings() throws Exception {
        Path export = content.resolve("export.xml");
        Files.writeString(export, "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>T</title>"
                + "</channel></rss>");
        Path into = content.resolve("content");

        new WordPressImporter().run(export, into, false, diagnostics);

        assertEquals(List.of(into.resolve("site.yaml") + ":1:1: warning: no site.yaml written: the export gives no "
                + "http(s) address for the blog ('')"), messages());
        assertEquals(Map.of(), tree(into));
    }

    @Test
    void importingTheSameExportTwiceGivesIdenticalFiles() {
        importExport(EXPORT, false);
        FileTree first = FileTree.of(content);

        ImportReport again = importExport(EXPORT, true);

        FileTree.assertSame(first, FileTree.of(content), "the second import");
        assertEquals(3, again.count(Outcome.DEBATE_WRITTEN));
        assertEquals(List.of(), messages());
    }

    @Test
    void leavesExistingFoldersAloneWithoutForce() throws Exception {
        Path folder = Files.createDirectories(content.resolve("debates/russia-nato"));
        Files.writeString(folder.resolve("index.md"), "edited by hand\n");
        Files.writeString(folder.resolve("photo.jpg"), "jpeg");

        ImportReport report = importExport(EXPORT, false);

        assertEquals("edited by hand\n", Files.readString(folder.resolve("index.md")));
        assertFalse(Files.exists(folder.resolve("comments.yaml")));
        assertEquals(1, report.count(Outcome.ITEM_EXISTS));
        assertEquals(2, report.count(Outcome.DEBATE_WRITTEN));
        assertEquals(1 + 22, report.count(Outcome.COMMENT_POST_SKIPPED));
        assertTrue(report.addsUp());
        assertTrue(report.render().contains("    1  skipped: already in the content folder (--force replaces them)\n"));

        ImportReport forced = importExport(EXPORT, true);

        assertTrue(Files.readString(folder.resolve("index.md")).startsWith("---\ntitle: Could Russia ever join NATO?\n"));
        assertTrue(Files.exists(folder.resolve("comments.yaml")));
        assertEquals("jpeg", Files.readString(folder.resolve("photo.jpg")), "other bundle files are kept");
        assertEquals(3, forced.count(Outcome.DEBATE_WRITTEN));
    }

    @Test
    void reportsMalformedXmlAtItsPositionAndKeepsWhatWasRead() {
        Path export = export("truncated.xml");
        ImportReport report = importExport(export, false);

        assertEquals(List.of(export + ":19:23: error: malformed XML: The element type \"wp:status\" must be "
                + "terminated by the matching end-tag \"</wp:status>\"; the export was not read past this point"),
                messages());
        assertEquals(List.of("debates/complete/index.md", "site.yaml"), new ArrayList<>(tree(content).keySet()));
        assertEquals(1, report.itemsRead());
        assertTrue(report.addsUp());
    }

    @Test
    void refusesExternalEntities() {
        Path export = export("external-entity.xml");
        ImportReport report = importExport(export, false);

        assertEquals(List.of(export + ":9:28: error: malformed XML: The entity \"secret\" was referenced, but not "
                + "declared; the export was not read past this point"), messages());
        assertEquals(Map.of(), tree(content));
        assertEquals(0, report.itemsRead());
    }

    @Test
    void rejectsFilesThatAreNotWordPressExports() {
        Path export = export("not-wordpress.xml");
        ImportReport report = importExport(export, false);

        assertEquals(List.of(export + ":2:20: error: not a WordPress export: no wp: namespace "
                + "(http://wordpress.org/export/1.2/) is declared"), messages());
        assertEquals(0, report.itemsRead());
        assertEquals(Map.of(), tree(content));
    }

    @Test
    void reportsAMissingExport() {
        Path export = content.resolve("missing.xml");
        importExport(export, false);

        assertEquals(List.of(export + ":1:1: error: cannot read the export: no such file"), messages());
    }

    @Test
    void reportsPostsWithoutADateAndCommentsWithoutAnId() throws Exception {
        Path export = content.resolve("export.xml");
        Files.writeString(export, """
                <rss xmlns:wp="http://wordpress.org/export/1.1/"><channel><link>http://example.org/blog/</link>
                <item><title>No date</title><wp:post_id>5</wp:post_id><wp:post_name>no-date</wp:post_name>
                <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                <wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>
                <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_approved>1</wp:comment_approved></wp:comment>
                </item>
                <item><title></title><wp:post_id>6</wp:post_id><wp:post_name>untitled</wp:post_name>
                <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                <wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt>
                <wp:comment><wp:comment_id>../x</wp:comment_id><wp:comment_approved>1</wp:comment_approved></wp:comment>
                <wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_approved>maybe</wp:comment_approved></wp:comment>
                </item>
                </channel></rss>
                """);
        Path into = content.resolve("content");
        ImportReport report = new WordPressImporter().run(export, into, false, diagnostics);

        assertEquals(List.of(
                export + ":2:7: error: post 5 has no valid date: wp:post_date_gmt is '0000-00-00 00:00:00' and pubDate is ''",
                export + ":7:7: warning: post 6 has no title; it is imported as 'Untitled'",
                export + ":10:13: error: comment without a valid wp:comment_id ('../x')",
                export + ":11:13: warning: unknown wp:comment_approved 'maybe' for comment 2; treated as awaiting moderation"),
                messages());
        assertEquals(List.of("debates/untitled/index.md", "redirects.yaml", "site.yaml"), new ArrayList<>(tree(into).keySet()));
        assertEquals(1, report.count(Outcome.ITEM_ERROR));
        assertEquals(1, report.count(Outcome.COMMENT_ERROR));
        assertEquals(1, report.count(Outcome.COMMENT_PENDING));
        assertTrue(report.addsUp());
    }
}
