package org.rostrum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The budget that keeps reader comments out of Flexmark's quadratic paths. Structural, not timed:
 * the work estimate is what bounds Flexmark's time, so these tests hold the estimate to a linear
 * function of the comment and check that the known pathological comments are sent to plain text.
 */
class CommentBudgetTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** The shapes that made Flexmark quadratic, each repeated 20,000 times into one paragraph or line. */
    @ParameterizedTest
    @ValueSource(strings = {"&#106;", "&amp;", "1. ", "<http://a.b/>", "[a](\u2039", "`a", "> ", "- "})
    void sendsPathologicalCommentsToPlainText(String unit) {
        String comment = unit.repeat(20_000);
        assertTrue(CommentBudget.problem(comment).isPresent(), unit);
        String html = renderer.renderComment(comment);
        assertTrue(html.startsWith("<p>") && html.endsWith("</p>\n"), unit);
        assertEquals(1, html.split("<p>", -1).length - 1, unit);
    }

    /** The one pass of {@link CommentBudget#problem} measures what {@code nesting} and {@code work} measure apart. */
    @Test
    void problemAgreesWithTheSeparateMeasures() {
        java.util.Random random = new java.util.Random(5);
        String[] pieces = {"a", " ", "\n", "\n\n", " \n", "\t", "\r", "&", "<", "`", "[", "]", "> ", "- ", "1. ", "*",
            "+", ")", ".", "|", "word "};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int repeat = random.nextInt(4) == 0 ? 400 : 1;
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)].repeat(1 + random.nextInt(repeat)));
            }
            String comment = text.toString();
            Optional<String> expected = CommentBudget.nesting(comment) > CommentBudget.NESTING
                    ? Optional.of("a line opens lists or quotes more than 100 characters deep")
                    : CommentBudget.work(comment) > CommentBudget.WORK
                    ? Optional.of("a paragraph has too many links, entities, code spans or tags for its length")
                    : Optional.empty();
            assertEquals(expected, CommentBudget.problem(comment), comment);
        }
    }

    @Test
    void explainsWhyACommentIsShownAsText() {
        assertEquals(Optional.of("a paragraph has too many links, entities, code spans or tags for its length"),
                CommentBudget.problem("&amp;".repeat(20_000)));
        assertEquals(Optional.of("a line opens lists or quotes more than 100 characters deep"),
                CommentBudget.problem("1. ".repeat(40) + "deep"));
        assertEquals(Optional.of("it is longer than 100,000 characters"), CommentBudget.problem("a".repeat(100_001)));
    }

    @Test
    void escapesTheCommentShownAsText() {
        assertEquals("<p>&lt;http://a.b/&gt;&lt;http://a.b/&gt;" , renderer.renderComment(
                "<http://a.b/>".repeat(20_000)).substring(0, 41));
    }

    @Test
    void keepsParagraphsOfACommentShownAsText() {
        String comment = "First <b>line</b>\nsecond line\n \n\n" + "x".repeat(CommentBudget.CHARS) + "\n\nlast";
        assertEquals("<p>First &lt;b&gt;line&lt;/b&gt;\nsecond line</p>\n<p>" + "x".repeat(CommentBudget.CHARS)
                + "</p>\n<p>last</p>\n", renderer.renderComment(comment));
    }

    /**
     * The estimate is linear in the number of paragraphs: k copies of a paragraph (separated by
     * blank lines) cost exactly k times one, so a long comment of ordinary paragraphs stays in budget.
     */
    @Test
    void workGrowsLinearlyWithParagraphs() {
        String paragraph = "See [the report](https://example.org/r) &amp; <https://example.org/> and `code`.\n\n";
        long one = CommentBudget.work(paragraph);
        assertEquals(6 * (paragraph.length() - 1L), one);
        for (int k : new int[] {10, 100, 1000}) {
            assertEquals(k * one, CommentBudget.work(paragraph.repeat(k)));
        }
        String comment = paragraph.repeat(1000);
        assertEquals(Optional.empty(), CommentBudget.problem(comment));
        assertTrue(renderer.renderComment(comment).contains("<a href=\"https://example.org/r\""));
    }

    /** Marks times paragraph length (with its line ends), summed over paragraphs. */
    @Test
    void workIsMarksTimesParagraphLength() {
        assertEquals(0, CommentBudget.work("plain words only\nand more\n\n\nstill none"));
        assertEquals(1 * 6 + 2 * 4 + 1 * 5, CommentBudget.work("a & b\n\n[x]\n\nc < d"));
        assertEquals(2 * 10, CommentBudget.work("a & b\nc <\n \nno marks"));
        assertTrue(CommentBudget.work("&#106;".repeat(20_000)) > CommentBudget.WORK);
    }

    @Test
    void keepsOrdinaryNestingAndFormatting() {
        assertEquals(Optional.empty(), CommentBudget.problem("> - 1. quoted list\n>   - nested\n"));
        assertEquals("<blockquote>\n<ul>\n<li>a</li>\n</ul>\n</blockquote>\n", renderer.renderComment("> - a"));
    }
}
