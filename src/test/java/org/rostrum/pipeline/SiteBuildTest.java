package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {

    @TempDir
    Path dir;

    private static final String DEBATE = """
            -- content/debates/nato/index.md --
            ---
            title: Could Russia ever join NATO?
            date: 2019-01-28
            topics: [Foreign Affairs]
            ---
            The editors' introduction.

            ::: reader Yvetta
            Is the idea absurd today?
            :::

            ::: response leonid
            I think we must have Russia in NATO.
            :::
            -- content/people/leonid.yaml --
            name: Leonid G.
            role: Politician
            """;

    @Test
    void buildsNoSearchWhenSiteYamlTurnsItOff() throws IOException {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE + InlineSite.comments("nato", "Well, yes."));
        assertEquals(List.of(), InlineSite.messages(site.build()));
        assertTrue(Files.isRegularFile(site.out().resolve("search/index.js")));
        assertTrue(Files.isDirectory(site.out().resolveSibling(".site.search")));
        site.write("-- content/site.yaml --\ntitle: Test Archive\nbase_url: https://example.org/\nsearch: false\n");
        assertEquals(List.of(), InlineSite.messages(site.check()));
        assertEquals(List.of(), InlineSite.messages(site.build()));
        assertFalse(Files.exists(site.out().resolve("search")));
        assertFalse(Files.exists(site.out().resolve("static/search.js")));
        assertFalse(Files.exists(site.out().resolveSibling(".site.search")));
        for (String page : List.of("index.html", "debates/nato/index.html", "404.html")) {
            assertEquals(List.of(), Jsoup.parse(site.read(page)).select("a[href*=search/]").eachAttr("href"), page);
        }
        assertTrue(Files.isRegularFile(site.out().resolve("debates/nato/index.html")));
    }

    @Test
    void buildsADebateWithItsThreadAndPrintsCounts() {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE + """
                -- content/debates/nato/comments.yaml --
                comments:
                  - id: c1
                    author: Franz M
                    date: 2019-01-29T10:02:00Z
                    body: Well, yes, someday.
                    replies:
                      - body: Today, how stable can a democracy be?
                  - id: c2
                    status: removed
                """);
        BuildResult result = site.build();
        assertEquals(List.of(), InlineSite.messages(result));
        assertEquals(1, result.debates());
        assertEquals(3, result.comments());
        Document page = Jsoup.parse(site.read("debates/nato/index.html"));
        assertEquals("Could Russia ever join NATO?", page.selectFirst("h1").text());
        assertEquals("Franz M", page.getElementById("comment-c1").selectFirst(".comment-author").text());
        Element reply = page.getElementById("comment-c1").selectFirst("details li.comment");
        assertTrue(reply.id().matches("comment-h[0-9a-f]{12}"), reply.id());
        assertEquals("This comment was removed.", page.getElementById("comment-c2").selectFirst(".removed-note").text());
        assertEquals("2 comments", page.selectFirst("#comments-heading").text());
        assertEquals("Leonid G.", page.selectFirst("#response-1 .response-name a").text());
    }

    @Test
    void buildsA520DeepReplyChainAtTheDeepestMaxDepth() {
        StringBuilder comments = new StringBuilder("-- content/debates/nato/comments.yaml --\ncomments:\n"
                + "  - id: c0\n    body: start\n");
        for (int i = 1; i < 520; i++) {
            comments.append("  - id: c").append(i).append("\n    parent: c").append(i - 1).append("\n    body: reply\n");
        }
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + "comments:\n  max_depth: 100\n" + DEBATE + comments);
        BuildResult result = site.build();
        assertEquals(List.of(), InlineSite.messages(result));
        String page = site.read("debates/nato/index.html");
        assertTrue(page.contains("id=\"comment-c519\"") && page.contains("application/ld+json"));
    }

    @Test
    void leavesThePreviousSiteUntouchedWhenTheContentHasErrors() throws IOException {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE);
        assertEquals(List.of(), InlineSite.messages(site.build()));
        byte[] before = Files.readAllBytes(site.out().resolve("debates/nato/index.html"));
        site.write("""
                -- content/debates/nato/comments.yaml --
                comments: Nice debate!
                """);
        BuildResult failed = site.build();
        assertEquals(List.of(dir.resolve("content/debates/nato/comments.yaml") + ":1:11: error: field 'comments' must be"
                + " a list of comments, not text (start each comment with '- ')"), InlineSite.messages(failed));
        assertTrue(failed.failed());
        assertEquals(0, failed.files());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(site.out().resolve("debates/nato/index.html"))));
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(".site.cache", ".site.lock", ".site.search", "content", "site"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void reportsEveryProblemOfEveryFileSortedByPosition() {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE.replace("::: response leonid", "::: response leonidd")
                + """
                -- content/debates/second/index.md --
                ---
                title: Second?
                date: 2019-02-30
                ---
                Text.
                -- content/people/bad.yaml --
                name: [not, text]
                """);
        BuildResult result = site.check();
        assertEquals(List.of(
                dir.resolve("content/debates/nato/index.md") + ":12:1: error: unknown person 'leonidd' (did you mean 'leonid'?)",
                dir.resolve("content/debates/second/index.md") + ":3:7: error: field 'date' is not a real date: 2019-02-30: February 2019 has 28 days",
                dir.resolve("content/people/bad.yaml") + ":1:7: error: field 'name' must be text, not a list"),
                InlineSite.messages(result));
        assertFalse(Files.exists(site.out()), "check writes nothing");
    }

    @Test
    void leavesDraftsOutUnlessAskedFor() {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE + """
                -- content/debates/later/index.md --
                ---
                title: Not yet?
                date: 2019-03-01
                draft: true
                ---
                Soon.
                """);
        assertEquals(1, site.build().debates());
        assertFalse(Files.exists(site.out().resolve("debates/later/index.html")));
        assertFalse(site.read("index.html").contains("Not yet?"));
        BuildResult withDrafts = new SiteBuild(new org.rostrum.markdown.MarkdownRenderer(), java.time.Clock.systemUTC())
                .build(site.options().withDrafts(true));
        assertEquals(2, withDrafts.debates());
        assertTrue(site.read("index.html").contains("Not yet?"));
    }

    @Test
    void rendersHostileCommentsAsTextWithoutExecutableMarkup() {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE + """
                -- content/debates/nato/comments.yaml --
                comments:
                  - body: "<script>alert(1)</script>"
                  - body: "<img src=x onerror=alert(2)>"
                  - body: "[a](javascript:alert(3))"
                  - body: "[b](JavaScript:alert(4))"
                  - body: "[c](&#106;avascript:alert(5))"
                  - body: "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)"
                  - body: "[fine](https://example.org/ok)"
                """);
        assertEquals(List.of(), InlineSite.messages(site.build()));
        Document page = Jsoup.parse(site.read("debates/nato/index.html"));
        assertEquals(List.of("application/ld+json"), page.select("script").eachAttr("type"));
        assertTrue(page.select("[onerror], img[src=x]").isEmpty());
        for (Element a : page.select(".comment-body a")) {
            assertTrue(a.attr("href").startsWith("https:"), a.outerHtml());
            assertEquals("nofollow ugc noopener", a.attr("rel"));
        }
        String text = page.select(".comment-body").text();
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        assertTrue(text.contains("<img src=x onerror=alert(2)>"), text);
    }
}
