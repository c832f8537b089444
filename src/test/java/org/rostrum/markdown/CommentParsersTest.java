package org.rostrum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Leaving out the extensions a comment cannot use changes nothing in its HTML. */
class CommentParsersTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @Test
    void writesWhatEveryExtensionWritesForRandomComments() {
        Random random = new Random(11);
        for (int i = 0; i < 8_000; i++) {
            String comment = PlainCommentsTest.randomComment(random);
            assertEquals(RENDERER.flexmarkCommentWithEveryExtension(comment), RENDERER.flexmarkComment(comment),
                    "for comment: " + comment);
        }
    }

    @Test
    void keepsEachExtensionWhereTheTextUsesIt() {
        List<String[]> cases = List.of(
                new String[] {"| a | b |\n|---|---|\n| 1 | 2 |", "<table>"},
                new String[] {"it was ~~never~~ so", "<del>never</del>"},
                new String[] {"see www.example.org now", "<a href=\"http://www.example.org\""},
                new String[] {"see https://example.org/x now", "<a href=\"https://example.org/x\""},
                new String[] {"write to a@b.org", "<a href=\"mailto:a@b.org\""},
                new String[] {"&#119;ww.example.org", "<p>www.example.org</p>"},
                new String[] {"plain *text* only", "<em>text</em>"});
        for (String[] c : cases) {
            String html = RENDERER.flexmarkComment(c[0]);
            assertEquals(RENDERER.flexmarkCommentWithEveryExtension(c[0]), html, c[0]);
            assertTrue(html.contains(c[1]), c[0] + " -> " + html);
        }
    }
}
