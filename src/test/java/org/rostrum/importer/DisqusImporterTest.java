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
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.FileTree;
import org.rostrum.pipeline.BuildOptions;
import org.rostrum.pipeline.BuildResult;
import org.rostrum.pipeline.SiteBuild;
import org.rostrum.diag.Diagnostics;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.markdown.MarkdownRenderer;

class DisqusImporterTest {

    private static final Path EXPORT = export("disqus.xml");

    @TempDir
    Path content;

    private final Diagnostics diagnostics = new Diagnostics();

    @BeforeEach
    void writeDebates() throws Exception {
        write("debates/russia-nato/index.md", """
                ---
                title: Could Russia ever join NATO?
                date: 2019-01-28
                aliases:
                  - /2019/01/russia-nato/
                ---
                Body
                """);
        write("debates/deterrence/index.md", "---\ntitle: Deterrence\ndate: 2009-05-12\n---\n");
        write("debates/hand-written/index.md", "---\ntitle: Hand-written\ndate: 2021-01-01\n---\n");
        write("debates/hand-written/comments.yaml", """
                comments:
                  # an editor's note
                  - id: c1
                    author: Editor
                    body: Kept.
                  - id: dq-1
                    body: From an older import, no longer in the export.
                """);
    }

    private void write(String name, String text) throws Exception {
        Path file = content.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ImportReport importExport(Path export) {
        return new DisqusImporter().run(export, content, diagnostics);
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void writesPostsAsCommentsOfTheDebateTheirThreadLinksTo() throws Exception {
        importExport(EXPORT);

        assertEquals(List.of(
                comment("id", "dq-2001", "author", "Ann & Bob", "date", "2019-01-29T12:00:00Z",
                        "body", "First!\n\nSecond paragraph with [a source](https://example.org/source)."),
                comment("id", "dq-2002", "parent", "dq-2001", "date", "2019-01-29T12:10:00Z", "status", "removed"),
                comment("id", "dq-2003", "parent", "dq-2002", "author", "Carol", "date", "2019-01-29T12:20:00Z",
                        "body", "Answering a deleted post."),
                comment("id", "dq-2004", "date", "2019-01-29T12:30:00Z", "status", "removed"),
                comment("id", "dq-2006", "parent", "dq-2004", "author", "Moderator Mo", "date", "2019-01-29T12:40:00Z",
                        "body", "Please remove this spam."),
                comment("id", "dq-2007", "author", "Orphan Otto", "date", "2019-01-29T13:00:00Z",
                        "body", ThreadPlanner.ORPHAN_NOTE + "\n\nMy parent is lost."),
                comment("id", "dq-2008", "author", "Eve", "date", "2019-01-29T13:10:00Z",
                        "body", "Nice ![smile](https://cdn.example.org/smile.png)")),
                comments(content.resolve("debates/russia-nato/comments.yaml")));
    }

    @Test
    void matchesThreadsByIdentifierAndByPagePath() throws Exception {
        importExport(EXPORT);

        assertEquals(List.of(comment("id", "dq-2009", "author", "Hans", "date", "2009-05-13T08:00:00Z",
                "body", "Deterrence still works.")), comments(content.resolve("debates/deterrence/comments.yaml")));
        assertEquals("""
                comments:
                  - # an editor's note
                    id: c1
                    author: Editor
                    body: Kept.
                  - id: dq-2012
                    author: Imported Ida
                    date: 2021-01-02T00:00:00Z
                    body: Imported next to hand-written comments.
                """, Files.readString(content.resolve("debates/hand-written/comments.yaml")));
    }

    @Test
    void accountsForEveryThreadAndPost() {
        ImportReport report = importExport(EXPORT);

        assertTrue(report.addsUp());
        assertEquals("""
                Disqus export: read 6 threads and 12 posts
                threads
                    4  matched to a debate
                    2  skipped: no debate or page has this link or identifier
                posts
                    7  written
                    1  written as removed: deleted
                    1  written as removed: not published, but with published replies
                    1  skipped: spam
                    1  skipped: their thread was skipped
                    1  skipped: their thread is not in the export
                notes
                    1  replies whose parent is missing, written at the top level with a note
                    3  debates whose comments.yaml was written
                """, report.render());
        assertEquals(List.of(
                EXPORT + ":65:25: warning: thread 1004 ('https://old.example.org/2020/05/gone/') matches no debate or page; "
                        + "its 1 post is not imported",
                EXPORT + ":273:23: error: post 2011 belongs to thread '9999', which is not in the export"),
                messages());
    }

    @Test
    void neverWritesEmailOrIpAddressesOrUserNames() throws Exception {
        importExport(EXPORT);

        List<String> secrets = new ArrayList<>();
        secrets.addAll(ImportFiles.valuesOf(EXPORT, "email"));
        secrets.addAll(ImportFiles.valuesOf(EXPORT, "ipAddress"));
        for (String user : ImportFiles.valuesOf(EXPORT, "username")) {
            secrets.add("author: " + user + "\n");
        }
        assertEquals(18 * 3, secrets.size(), "6 threads and 12 posts, each with an e-mail, an IP and a user name");
        ImportFiles.assertNoneContains(content, secrets);
        String all = String.join("\n", tree(content).values());
        for (String unsafe : List.of("<script", "alert(", "onerror", "Deleted words", "Buy pills", "Cheap watches")) {
            assertFalse(all.contains(unsafe), unsafe);
        }
    }

    @Test
    void importingTheSameExportTwiceChangesNothing() throws Exception {
        importExport(EXPORT);
        FileTree first = FileTree.of(content);
        Path file = content.resolve("debates/russia-nato/comments.yaml");
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));

        ImportReport again = importExport(EXPORT);

        FileTree.assertSame(first, FileTree.of(content), "the second import");
        assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(file), "an unchanged file is not rewritten");
        assertEquals(7, again.count(Outcome.COMMENT_WRITTEN));
    }

    @Test
    void leavesDebatesWithCommentsJsonAlone() throws Exception {
        write("debates/deterrence/comments.json", "{\"comments\": []}");

        ImportReport report = importExport(EXPORT);

        Path json = content.resolve("debates/deterrence/comments.json");
        assertFalse(Files.exists(content.resolve("debates/deterrence/comments.yaml")));
        assertTrue(messages().contains(json + ":1:1: error: cannot add Disqus comments to comments.json; "
                + "convert it to comments.yaml and import again"));
        assertEquals(1, report.count(Outcome.COMMENT_ERROR));
        assertTrue(report.addsUp());
    }

    @Test
    void leavesABrokenCommentsFileAloneAndSaysWhy() throws Exception {
        String broken = "comments: [\n";
        write("debates/hand-written/comments.yaml", broken);

        ImportReport report = importExport(EXPORT);

        Path file = content.resolve("debates/hand-written/comments.yaml");
        assertEquals(broken, Files.readString(file));
        assertTrue(messages().contains(file + ":2:1: error: cannot merge comments: expected the node content, "
                + "but found '<stream end>'"), messages().toString());
        assertEquals(1, report.count(Outcome.COMMENT_ERROR));
        assertTrue(report.addsUp());
    }

    @Test
    void joinsCommentsOfAWordPressImportThroughItsAlias() throws Exception {
        Path site = content.resolve("site-content");
        new WordPressImporter().run(export("wordpress-1.2.xml"), site, false, diagnostics);

        ImportReport report = new DisqusImporter().run(EXPORT, site, diagnostics);

        List<Map<String, Object>> all = comments(site.resolve("debates/russia-nato/comments.yaml"));
        List<Object> ids = all.stream().map(c -> c.get("id")).toList();
        assertEquals("wp-101", ids.get(0));
        assertEquals(List.of("dq-2001", "dq-2002", "dq-2003", "dq-2004", "dq-2006", "dq-2007", "dq-2008"),
                ids.subList(ids.size() - 7, ids.size()));
        assertEquals(17 + 7, ids.size());
        assertEquals(2, report.count(Outcome.THREAD_MATCHED), "both threads of the NATO page; the rest have no debate");
    }

    /** A Disqus export of three threads on standalone pages and one on a debate. */
    private Path pagesExport() throws Exception {
        Path export = content.resolve("pages.xml");
        Files.writeString(export, """
                <disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
                  <thread dsq:id="1"><id></id><link>https://old.example.org/about/team/</link></thread>
                  <thread dsq:id="2"><id></id><link>http://old.example.org/old-contact/?utm=x</link></thread>
                  <thread dsq:id="3"><id>/contact/</id><link>https://old.example.org/?page_id=9</link></thread>
                  <thread dsq:id="4"><id>deterrence</id><link>https://old.example.org/?p=3</link></thread>
                  <post dsq:id="10"><message><![CDATA[<p>The team page.</p>]]></message>
                    <createdAt>2020-01-01T00:00:00Z</createdAt><author><name>Tea</name></author>
                    <thread dsq:id="1"/></post>
                  <post dsq:id="11"><message><![CDATA[<p>A reply.</p>]]></message>
                    <createdAt>2020-01-02T00:00:00Z</createdAt><thread dsq:id="1"/><parent dsq:id="10"/></post>
                  <post dsq:id="12"><message><![CDATA[<p>Old contact address.</p>]]></message>
                    <createdAt>2020-01-03T00:00:00Z</createdAt><thread dsq:id="2"/></post>
                  <post dsq:id="13"><message><![CDATA[<p>By identifier.</p>]]></message>
                    <createdAt>2020-01-04T00:00:00Z</createdAt><thread dsq:id="3"/></post>
                  <post dsq:id="14"><message><![CDATA[<p>On the debate.</p>]]></message>
                    <createdAt>2020-01-05T00:00:00Z</createdAt><thread dsq:id="4"/></post>
                </disqus>
                """);
        write("site.yaml", "title: Old debates\nbase_url: https://new.example.org/\n");
        write("pages/about.md", "---\ntitle: About\n---\nUs.\n");
        write("pages/about/team.md", "---\ntitle: The team\n---\nWe.\n");
        write("pages/contact.md", "---\ntitle: Contact\naliases: [/old-contact/]\n---\nWrite.\n");
        write("pages/contact.comments.yaml", """
                comments:
                  - id: c1
                    author: Editor
                    body: Kept.
                  - id: dq-1
                    body: From an older import, no longer in the export.
                """);
        return export;
    }

    @Test
    void sendsThreadsOnPagesToThePagesCommentsFileMergedAsForDebates() throws Exception {
        ImportReport report = importExport(pagesExport());

        assertEquals(List.of(), messages());
        assertEquals(List.of(comment("id", "dq-10", "author", "Tea", "date", "2020-01-01T00:00:00Z",
                "body", "The team page."), comment("id", "dq-11", "parent", "dq-10", "date", "2020-01-02T00:00:00Z",
                "body", "A reply.")), comments(content.resolve("pages/about/team.comments.yaml")));
        assertEquals(List.of(comment("id", "c1", "author", "Editor", "body", "Kept."),
                comment("id", "dq-12", "date", "2020-01-03T00:00:00Z", "body", "Old contact address."),
                comment("id", "dq-13", "date", "2020-01-04T00:00:00Z", "body", "By identifier.")),
                comments(content.resolve("pages/contact.comments.yaml")));
        assertFalse(Files.exists(content.resolve("pages/about.comments.yaml")), "no thread, no file");
        assertEquals(List.of(comment("id", "dq-14", "date", "2020-01-05T00:00:00Z", "body", "On the debate.")),
                comments(content.resolve("debates/deterrence/comments.yaml")));
        assertTrue(report.addsUp());
        assertEquals("""
                Disqus export: read 4 threads and 5 posts
                threads
                    1  matched to a debate
                    3  matched to a page
                posts
                    5  written
                notes
                    1  debates whose comments.yaml was written
                    2  pages whose .comments.yaml was written
                """, report.render());
    }

    @Test
    void pageCommentsImportedFromDisqusBuildUnderThePage(@TempDir Path outside) throws Exception {
        importExport(pagesExport());
        Files.delete(content.resolve("pages.xml"));
        // In a folder of its own, which is deleted after the test with the cache the build keeps beside it.
        Path out = outside.resolve("site");
        BuildResult built = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).build(BuildOptions.defaults()
                .withContent(content).withOut(out).withTemplates(content.resolve("no-templates")).withThreads(1));

        assertEquals(List.of(), built.diagnostics());
        Document team = Jsoup.parse(Files.readString(out.resolve("about/team/index.html")));
        assertEquals("The team page.", team.selectFirst("#comment-dq-10 .comment-body").text());
        assertEquals("A reply.", team.selectFirst("#comment-dq-10 details.replies #comment-dq-11 .comment-body").text(),
                "the reply under its parent");
        Document contact = Jsoup.parse(Files.readString(out.resolve("contact/index.html")));
        assertEquals(List.of("comment-c1", "comment-dq-12", "comment-dq-13"),
                contact.select("li.comment").eachAttr("id"));
    }

    @Test
    void stopsAtMalformedXmlAndWritesWhatWasRead() throws Exception {
        Path export = content.resolve("disqus.xml");
        Files.writeString(export, """
                <disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
                  <thread dsq:id="1"><id>deterrence</id><link>https://old.example.org/?p=3</link></thread>
                  <post dsq:id="10"><message><![CDATA[<p>Kept.</p>]]></message>
                    <createdAt>2020-01-01T00:00:00Z</createdAt><thread dsq:id="1"/></post>
                  <post dsq:id="11"><message>Lost &nbsp; here</message></post>
                </disqus>
                """);

        ImportReport report = importExport(export);

        assertEquals(List.of(export + ":5:41: error: malformed XML: The entity \"nbsp\" was referenced, but not "
                + "declared; the export was not read past this point"), messages());
        assertEquals(List.of(comment("id", "dq-10", "date", "2020-01-01T00:00:00Z", "body", "Kept.")),
                comments(content.resolve("debates/deterrence/comments.yaml")));
        assertEquals(1, report.commentsRead());
        assertTrue(report.addsUp());
    }

    @Test
    void explainsUndeclaredNamespacePrefixes() throws Exception {
        Path attribute = content.resolve("attribute.xml");
        Files.writeString(attribute, "<disqus>\n  <post dsq:id=\"1\"/>\n</disqus>\n");
        Path element = content.resolve("element.xml");
        Files.writeString(element, "<disqus>\n  <dsq:post/>\n</disqus>\n");

        importExport(attribute);
        importExport(element);

        assertEquals(List.of(
                attribute + ":2:21: error: malformed XML: the prefix 'dsq:' of 'dsq:id' on <post> is not declared; "
                        + "the export was not read past this point",
                element + ":2:14: error: malformed XML: the prefix 'dsq:' of <dsq:post> is not declared; "
                        + "the export was not read past this point"), messages());
    }

    @Test
    void reportsAnExportThatIsAFolder() {
        ImportReport report = importExport(content);

        assertEquals(List.of(content + ":1:1: error: cannot read the export: it is a directory"), messages());
        assertEquals(0, report.itemsRead());
    }

    @Test
    void rejectsFilesThatAreNotDisqusExports() {
        Path export = export("wordpress-1.0.xml");
        ImportReport report = importExport(export);

        assertEquals(List.of(export + ":9:2: error: not a Disqus export: the root element is <rss>, not <disqus>"),
                messages());
        assertEquals(0, report.itemsRead());
    }
}
