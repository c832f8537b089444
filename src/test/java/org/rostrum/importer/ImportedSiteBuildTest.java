package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.pipeline.BuildOptions;
import org.rostrum.pipeline.BuildResult;
import org.rostrum.pipeline.SiteBuild;
import org.rostrum.diag.Diagnostics;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * Imports the test exports into an empty content folder and builds it with the real pipeline
 * (load, thread, render, write): the result must build without a single problem, and every written
 * comment must appear on the debate's page under its parent.
 */
class ImportedSiteBuildTest {

    @TempDir
    Path dir;

    private Path content;
    private BuildResult result;

    @BeforeEach
    void importAndBuild() {
        content = dir.resolve("content");
        Diagnostics diagnostics = new Diagnostics();
        new WordPressImporter().run(ImportFiles.export("wordpress-1.2.xml"), content, false, diagnostics);
        new WordPressImporter().run(ImportFiles.export("wordpress-1.0.xml"), content, false, diagnostics);
        new DisqusImporter().run(ImportFiles.export("disqus.xml"), content, diagnostics);
        result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).build(BuildOptions.defaults()
                .withContent(content).withTemplates(dir.resolve("no-templates")).withOut(dir.resolve("site"))
                .withThreads(1));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(path)));
    }

    @Test
    void buildsWithoutProblems() {
        assertEquals(List.of(), result.diagnostics());
        assertEquals(4, result.debates());
        assertEquals(17 + 2 + 7 + 1, result.comments());
    }

    @Test
    void showsEveryWrittenCommentUnderItsParent() throws Exception {
        for (String slug : List.of("russia-nato", "deterrence", "pochemu-nato")) {
            Path file = content.resolve("debates").resolve(slug).resolve("comments.yaml");
            if (!Files.exists(file)) {
                continue;
            }
            Document html = page("debates/" + slug + "/index.html");
            for (Map<String, Object> comment : ImportFiles.comments(file)) {
                Element shown = html.getElementById("comment-" + comment.get("id"));
                assertNotNull(shown, slug + ": " + comment.get("id"));
                String expected = comment.get("parent") == null ? "" : "comment-" + comment.get("parent");
                assertEquals(expected, shownParent(shown), slug + ": " + comment.get("id"));
                assertEquals("removed".equals(comment.get("status")), shown.hasClass("removed"), comment.get("id") + "");
            }
        }
    }

    @Test
    void showsTheCommentsOfAnImportedPageUnderIt() throws Exception {
        Path file = content.resolve("pages/about.comments.yaml");
        List<Map<String, Object>> written = ImportFiles.comments(file);
        assertEquals(1, written.size());
        Document html = page("about/index.html");
        assertEquals(List.of("comment-wp-801"), html.select("#comments li.comment").eachAttr("id"));
        assertEquals("Nice page.", html.selectFirst("#comment-wp-801 .comment-body").text());
        assertNotNull(html.getElementById("comment-801"), "the old WordPress anchor answers too");
    }

    /**
     * The anchor of the comment a shown comment replies to: the comment it is nested in, or, below
     * the deepest indentation ({@code comments.max_depth}), the one its "replied to" link names.
     */
    private static String shownParent(Element shown) {
        Element nestedIn = shown.parent() == null ? null : shown.parent().closest("li.comment");
        String repliedTo = shown.select("> article .replied-to a").attr("href").replaceFirst("^#", "");
        if (nestedIn == null) {
            return repliedTo;
        }
        return repliedTo.isEmpty() || repliedTo.equals(nestedIn.id()) ? nestedIn.id() : repliedTo;
    }

    @Test
    void keepsOldAddressesAsRedirects() throws Exception {
        assertTrue(page("2019/01/russia-nato/index.html").select("meta[http-equiv=refresh]").attr("content")
                .endsWith("debates/russia-nato/index.html"));
        assertTrue(Files.exists(dir.resolve("site/2009/05/deterrence/index.html")));
        assertTrue(Files.exists(dir.resolve("site/about/index.html")));
    }

    @Test
    void feedEntriesOfImportedPostsKeepTheirWordPressGuid() throws Exception {
        Document feed = Jsoup.parse(Files.readString(dir.resolve("site/feed.xml")), "", Parser.xmlParser());
        Map<String, String> ids = new java.util.TreeMap<>();
        for (Element entry : feed.select("entry")) {
            ids.put(entry.selectFirst("link").attr("href"), entry.selectFirst("id").text());
        }
        assertEquals("https://old.example.org/?p=12", ids.get("https://old.example.org/debates/russia-nato/"), ids.toString());
        assertEquals("http://www.example.net/blog/?p=3", ids.get("https://old.example.org/debates/deterrence/"));
    }

    @Test
    void showsThePostsAuthorAsTheBylineOfItsDebate() throws Exception {
        Element byline = page("debates/russia-nato/index.html").selectFirst(".debate-header .byline");
        assertEquals("By The Editor", byline.text());
        assertEquals("../../people/the-editor/index.html", byline.selectFirst("a").attr("href"));
        assertTrue(Files.exists(dir.resolve("site/people/the-editor/index.html")));
        assertTrue(page("author/editor/index.html").select("meta[http-equiv=refresh]").attr("content")
                .endsWith("people/the-editor/"));
    }

    @Test
    void oldCommentAnchorsLandOnTheComment() throws Exception {
        Document html = page("debates/russia-nato/index.html");
        for (Element comment : html.select("li.comment[id^=comment-wp-]")) {
            String number = comment.id().substring("comment-wp-".length());
            assertEquals(comment, html.getElementById("comment-" + number).parent(), number);
        }
        assertFalse(html.select("li.comment[id^=comment-wp-]").isEmpty());
    }

    @Test
    void rendersNoScriptsOrImagesFromComments() throws Exception {
        Document html = page("debates/russia-nato/index.html");

        assertEquals(0, html.select(".comment-body script, .comment-body img, .comment-body [onerror]").size());
        assertEquals("https://cdn.example.org/smile.png",
                html.getElementById("comment-dq-2008").select(".comment-body a").attr("href"));
    }
}
