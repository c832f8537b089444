package org.rostrum.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
