package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reader comments on standalone pages: {@code pages/<path>.comments.yaml} beside {@code pages/<path>.md}. */
class PageCommentsTest {

    private static InlineSite site(Path dir) {
        return InlineSite.of(dir, InlineSite.SITE_YAML + """
                -- content/pages/about.md --
                ---
                title: About
                ---
                Us. See [Olga's answer](/about/team/#comment-o2).
                -- content/pages/about/team.md --
                ---
                title: The team
                ---
                We.
                -- content/pages/about/team.comments.yaml --
                comments:
                  - id: o1
                    author: Olga
                    date: 2024-03-01T10:00:00Z
                    body: Who *writes* this?
                    replies:
                      - id: o2
                        author: Editor
                        staff: true
                        body: We do.
                        replies:
                          - id: o3
                            author: Olga
                            body: Thanks.
                  - id: o4
                    status: removed
                  - id: o5
                    parent: o4
                    body: Answer to a removed comment.
                """);
    }

    @Test
    void aPageWithCommentsShowsItsThreadUnderTheBody(@TempDir Path dir) {
        InlineSite site = site(dir);
        BuildResult built = site.build();
        assertEquals(List.of(), InlineSite.messages(built));

        Document page = Jsoup.parse(site.read("about/team/index.html"));
        Element thread = page.selectFirst("article.standalone + section#comments");
        assertTrue(thread != null, "the thread follows the page's article");
        assertEquals("4 comments", thread.selectFirst("#comments-heading").text());
        assertEquals(List.of("comment-o1", "comment-o2", "comment-o3", "comment-o4", "comment-o5"),
                thread.select("li.comment").eachAttr("id"));
        assertEquals("Who writes this?", thread.selectFirst("#comment-o1 .comment-body").text());
        assertEquals("writes", thread.selectFirst("#comment-o1 .comment-body em").text());
        assertEquals("comment-o2", page.selectFirst("#comment-o3").parent().parent().parent().id(),
                "a reply sits in the reply list of its parent");
        assertEquals("comment-o1", page.selectFirst("#comment-o2").parent().parent().parent().id());
        assertEquals(1, thread.select("#comment-o2 .staff-badge").size());
        assertTrue(page.selectFirst("#comment-o4").hasClass("removed"));
        assertEquals(List.of("comment-o1", "comment-o4"), thread.select("li.top-level").eachAttr("id"));
    }

    @Test
    void aPagesPublishedCommentsAreFoundBySearchAndLinkToTheirPermalinks(@TempDir Path dir) throws Exception {
        InlineSite site = site(dir);
        assertEquals(List.of(), InlineSite.messages(site.build()));

        // The rows of the search index's documents, in order: [kind,"url",...]; kind 3 is a comment.
        List<String> urls = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        Matcher row = Pattern.compile("\\[(\\d),\"([^\"]*)\"").matcher(site.read("search/d/0.js"));
        while (row.find()) {
            kinds.add(row.group(1));
            urls.add(row.group(2));
        }
        assertEquals(List.of("about/index.html", "about/team/index.html", "about/team/index.html#comment-o1",
                "about/team/index.html#comment-o2", "about/team/index.html#comment-o3",
                "about/team/index.html#comment-o5"), urls, "the removed comment o4 is left out");
        assertEquals(List.of("4", "4", "3", "3", "3", "3"), kinds);
        assertEquals(List.of(urls.indexOf("about/team/index.html#comment-o3")), documentsOf(site, "thank"));
        assertEquals(List.of(urls.indexOf("about/team/index.html#comment-o5")), documentsOf(site, "remov"));
        assertTrue(site.read("search/d/0.js").contains("\"Olga\""), "a hit shows the comment's author");
    }

    /** The documents the index lists for {@code term}, decoded as search.js does. */
    private static List<Integer> documentsOf(InlineSite site, String term) throws java.io.IOException {
        String last = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";
        String more = "ghijklmnopqrstuvwxyz0123456789-_";
        List<Integer> docs = new ArrayList<>();
        try (var files = java.nio.file.Files.list(site.out().resolve("search/t"))) {
            for (Path f : files.toList()) {
                Matcher m = Pattern.compile("\"" + term + "\":\"([^\"]*)\"").matcher(java.nio.file.Files.readString(f));
                if (!m.find()) {
                    continue;
                }
                List<Integer> numbers = new ArrayList<>();
                int v = 0;
                for (char c : m.group(1).toCharArray()) {
                    if (more.indexOf(c) >= 0) {
                        v = v * 32 + more.indexOf(c);
                    } else {
                        numbers.add(v * 32 + last.indexOf(c));
                        v = 0;
                    }
                }
                int doc = 0;
                for (int i = 0; i < numbers.size(); i += 2) {
                    doc += numbers.get(i);
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    @Test
    void aPageWithoutCommentsHasNoThread(@TempDir Path dir) {
        InlineSite site = site(dir);
        site.build();

        assertTrue(Jsoup.parse(site.read("about/index.html")).select("#comments, li.comment").isEmpty());
    }

    @Test
    void problemsInAPagesCommentsAreReportedWithTheirPosition(@TempDir Path dir) {
        InlineSite site = site(dir);
        site.write("""
                -- content/pages/about.md --
                ---
                title: About
                ---
                Us.
                -- content/pages/about/team.comments.yaml --
                comments:
                  - id: o1
                    body: First.
                  - id: o1
                    body: Same id.
                  - id: o2
                    parent: nobody
                    body: Orphan.
                -- content/pages/gone.comments.yaml --
                comments: []
                """);
        List<String> messages = InlineSite.messages(site.check()).stream().map(m -> m.replace(dir + "/", ""))
                .toList();

        assertEquals(List.of(
                "content/pages/about/team.comments.yaml:4:5: warning: reader comment left out of the site",
                "content/pages/about/team.comments.yaml:4:9: warning: duplicate comment id 'o1' (first at line 2)",
                "content/pages/about/team.comments.yaml:6:5: warning: reader comment left out of the site",
                "content/pages/about/team.comments.yaml:7:13: warning: unknown parent 'nobody': no comment in this "
                        + "debate has that id",
                "content/pages/gone.comments.yaml:1:1: warning: unexpected file 'gone.comments.yaml' is ignored: "
                        + "there is no page gone.md for these comments"), messages);
    }

    @Test
    void aLinkToACommentThatThePageDoesNotHaveIsReported(@TempDir Path dir) {
        InlineSite site = site(dir);
        site.write("""
                -- content/pages/about.md --
                ---
                title: About
                ---
                See [Olga](/about/team/#comment-o3), [no one](/about/team/#comment-o9) and [us](/about/#comment-1).
                """);

        assertEquals(List.of(
                "content/pages/about.md:4:38: error: link to missing comment '#comment-o9' on page 'about/team' "
                        + "(did you mean '#comment-o1'?)",
                "content/pages/about.md:4:76: error: link to missing comment '#comment-1' on page 'about'"),
                InlineSite.messages(site.check()).stream().map(m -> m.replace(dir + "/", "")).toList());
    }

    @Test
    void aBrokenCommentsFileStopsTheBuildWithItsPosition(@TempDir Path dir) {
        InlineSite site = site(dir);
        site.write("""
                -- content/pages/about.md --
                ---
                title: About
                ---
                Us.
                -- content/pages/about/team.comments.yaml --
                comments:
                  - id: o1
                    body: [unclosed
                """);
        BuildResult built = site.build();

        assertTrue(built.failed());
        assertEquals(List.of(dir + "/content/pages/about/team.comments.yaml:4:1: error: invalid YAML: expected ',' or "
                + "']', but got <stream end> (while parsing a flow sequence at line 3)"), InlineSite.messages(built));
    }
}
