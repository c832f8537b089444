package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader's mistake leaves out that reader's comment, never the archive: a corpus of broken
 * reader values builds with warnings and publishes every other comment.
 */
class ReaderQuarantineTest {

    private static final String DEBATE = """
            -- content/debates/nato/index.md --
            ---
            title: Could Russia ever join NATO?
            date: 2019-01-28
            ---
            The editors' introduction.
            """;

    private static final Pattern ANCHOR = Pattern.compile("<li id=\"comment-([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void publishesEveryOtherCommentAndLeavesOutTheBrokenOnes() throws IOException {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE + """
                -- content/debates/nato/comments.yaml --
                comments:
                  - id: good1
                    author: Ann
                    author_url: www.example.com
                    body: Good one, with a bad link.
                  - id: baddate
                    date: 2019-02-30T10:00:00Z
                    body: An impossible date.
                    replies:
                      - id: under-bad
                        body: A reply to the comment with the bad date.
                  - id: orphan
                    parent: nobody
                    body: A reply to a comment that does not exist.
                  - id: good1
                    body: The same id again.
                  - id: loop1
                    parent: loop2
                    body: One half of a cycle.
                  - id: loop2
                    parent: loop1
                    body: The other half.
                  - id: good2
                    author: Bob
                    author_url: 'https://bob.example/"onmouseover="x'
                    body: Good two.
                -- content/debates/nato/comments/2019-02-01-empty.yaml --
                -- content/debates/nato/comments/2019-02-02-broken.yaml --
                body: "unclosed
                -- content/debates/nato/comments/2019-02-03-fine.yaml --
                id: intake-fine
                parent: good2
                body: A good intake comment.
                """);
        Files.write(dir.resolve("content/debates/nato/comments/2019-02-04-binary.yaml"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d});

        BuildResult result = site.build();
        assertFalse(result.failed(), String.join("\n", InlineSite.messages(result)));
        assertEquals(7, result.leftOutComments(), String.join("\n", InlineSite.messages(result)));
        assertTrue(InlineSite.messages(result).stream().allMatch(m -> m.contains(": warning: ")));

        String page = site.read("debates/nato/index.html");
        assertEquals(List.of("good1", "baddate", "under-bad", "loop1", "loop2", "good2", "intake-fine"), anchors(page));
        assertTrue(page.contains("Good one, with a bad link.") && page.contains("A good intake comment."));
        assertFalse(page.contains("An impossible date.") || page.contains("does not exist") || page.contains("same id")
                || page.contains("One half of a cycle.") || page.contains("unclosed"));
        assertTrue(page.contains("The other half.") && page.contains("A reply to the comment with the bad date."));
        assertFalse(page.contains("www.example.com") || page.contains("onmouseover"));
        assertEquals(2, count(page, "This comment was removed."), "tombstones for the bad date and the cycle");
    }

    @Test
    void reportsEachLeftOutCommentAtItsPosition() {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE + """
                -- content/debates/nato/comments.yaml --
                comments:
                  - id: a
                    date: 2019-13-01
                    body: x
                -- content/debates/nato/comments/2019-02-01-empty.yaml --
                """);
        BuildResult result = site.check();
        String yaml = dir.resolve("content/debates/nato/comments.yaml").toString();
        String empty = dir.resolve("content/debates/nato/comments/2019-02-01-empty.yaml").toString();
        assertEquals(List.of(
                yaml + ":2:5: warning: reader comment left out of the site",
                yaml + ":3:11: warning: field 'date' is not a real date: 2019-13-01: there is no month 13",
                empty + ":1:1: warning: missing required field 'body' (only a removed comment may have none)",
                empty + ":1:1: warning: reader comment left out of the site"), InlineSite.messages(result));
        assertEquals(2, result.leftOutComments());
        assertFalse(result.failed());
    }

    @Test
    void editorsMistakesStayErrors() {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE.replace("date: 2019-01-28", "date: 2019-02-30")
                + InlineSite.comments("nato", "Fine."));
        BuildResult result = site.build();
        assertTrue(result.failed());
        assertEquals(0, result.leftOutComments());
    }

    @Test
    void aReaderCannotTakeAnotherCommentsDerivedId() throws IOException {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE + """
                -- content/debates/nato/comments.yaml --
                comments:
                  - author: Ann
                    body: Without an id.
                """);
        assertFalse(site.build().failed());
        List<String> before = anchors(site.read("debates/nato/index.html"));
        assertEquals(1, before.size());
        String derived = before.get(0);
        site.write("""
                -- content/debates/nato/comments/2019-01-29-attacker.yaml --
                id: %s
                author: Mallory
                body: This anchor is mine now.
                -- content/debates/nato/comments/2019-01-30-other.yaml --
                id: %s-2
                body: And this one.
                """.formatted(derived, derived));
        BuildResult result = site.build();
        assertFalse(result.failed());
        String page = site.read("debates/nato/index.html");
        assertEquals(List.of(derived), anchors(page));
        assertTrue(page.contains("Without an id.") && !page.contains("This anchor is mine now."));
        String attacker = dir.resolve("content/debates/nato/comments/2019-01-29-attacker.yaml").toString();
        assertTrue(InlineSite.messages(result).contains(attacker + ":1:5: warning: comment id '" + derived
                + "' looks like a derived id (h and 12 hex digits); choose another id or leave it out"),
                String.join("\n", InlineSite.messages(result)));
        assertEquals(2, result.leftOutComments());
    }

    private static List<String> anchors(String page) {
        Matcher m = ANCHOR.matcher(page);
        return m.results().map(r -> r.group(1)).toList();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
