package org.rostrum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.rostrum.diag.Diagnostic;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.model.Block;
import org.rostrum.model.EditorialText;
import org.rostrum.model.ReaderPrompt;
import org.rostrum.model.Response;

class DebateBodyTest {

    private static final Path FILE = Path.of("content/debates/russia-nato/index.md");
    /** The body starts on line 10 of the file, after the front matter. */
    private static final SourcePosition BODY = new SourcePosition(FILE, 10, 1);

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Diagnostics diagnostics = new Diagnostics();

    private List<Block> blocks(String markdown) {
        return renderer.renderDebateBody(markdown, BODY, "debates/x/", diagnostics).blocks();
    }

    private List<String> problems(String markdown) {
        renderer.renderDebateBody(markdown, BODY, "debates/x/", diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    /** "path:line:column: error: message" for the given line of the body (0-based) and column. */
    private static String error(int bodyLine, int column, String message) {
        return FILE + ":" + (10 + bodyLine) + ":" + column + ": error: " + message;
    }

    @Test
    void splitsTheBodyIntoEditorialTextPromptsAndResponses() {
        List<Block> blocks = blocks("""
                ::: reader Yvetta
                We had a comment sent in from Yvetta, who asks whether the idea is *absurd* today.
                :::

                To get a reaction, we put this question to Leonid Gozman.

                ::: response leonid-gozman
                I think we must have Russia in NATO.
                :::
                """);
        assertEquals(List.of(
                new ReaderPrompt(0, "Yvetta",
                        "<p>We had a comment sent in from Yvetta, who asks whether the idea is <em>absurd</em> today.</p>\n"),
                new EditorialText("<p>To get a reaction, we put this question to Leonid Gozman.</p>\n"),
                new Response("leonid-gozman", "<p>I think we must have Russia in NATO.</p>\n", OptionalInt.of(0),
                        new SourcePosition(FILE, 16, 1))), blocks);
        assertTrue(diagnostics.isEmpty(), diagnostics.sorted().toString());
    }

    @Test
    void responsesAnswerTheNearestPromptAbove() {
        List<Block> blocks = blocks("""
                ::: response first-expert
                Before any question.
                :::
                ::: reader Anna
                Question one?
                :::
                ::: response second-expert
                Answer.
                :::
                ::: reader Franz M. from Vienna
                Question two?
                :::
                ::: response third-expert
                Answer.
                :::
                Editors in between.

                ::: response fourth-expert
                Another answer.
                :::
                """);
        List<String> shape = blocks.stream().map(DebateBodyTest::describe).toList();
        assertEquals(List.of("first-expert->OptionalInt.empty@10", "0:Anna", "second-expert->OptionalInt[0]@16",
                "1:Franz M. from Vienna", "third-expert->OptionalInt[1]@22", "text", "fourth-expert->OptionalInt[1]@27"),
                shape);
    }

    private static String describe(Block block) {
        if (block instanceof ReaderPrompt prompt) {
            return prompt.index() + ":" + prompt.name();
        }
        if (block instanceof Response response) {
            return response.personId() + "->" + response.promptIndex() + "@" + response.position().line();
        }
        return "text";
    }

    @Test
    void mergesConsecutiveEditorialContentAndMakesNoEmptyBlocks() {
        List<Block> blocks = blocks("""
                [ref]: /about/

                ::: reader Anna
                Question?
                :::

                [other]: /elsewhere/

                ::: response expert
                Answer, see [about][ref].
                :::
                ## Next

                A paragraph.

                - a list
                """);
        assertEquals(3, blocks.size(), blocks.toString());
        assertEquals(new EditorialText("<h2>Next</h2>\n<p>A paragraph.</p>\n<ul>\n<li>a list</li>\n</ul>\n"), blocks.get(2));
        assertEquals("<p>Answer, see <a href=\"../../about/index.html\">about</a>.</p>\n", blocks.get(1).html());
    }

    @Test
    void directiveContentIsMarkdown() {
        List<Block> blocks = blocks("""
                ::: response expert
                First *point*, with a [link](/debates/other/).

                - one
                - two

                > quoted
                :::
                """);
        assertEquals("<p>First <em>point</em>, with a <a href=\"../../debates/other/index.html\">link</a>.</p>\n"
                + "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n",
                blocks.get(0).html());
    }

    @Test
    void directiveLinesInterruptParagraphs() {
        List<Block> blocks = blocks("Intro line\n::: reader Anna\nQuestion\n:::\nOutro line\n");
        assertEquals(List.of(new EditorialText("<p>Intro line</p>\n"), new ReaderPrompt(0, "Anna", "<p>Question</p>\n"),
                new EditorialText("<p>Outro line</p>\n")), blocks);
    }

    @Test
    void aClosingLineInsideFencedCodeIsCode() {
        List<Block> blocks = blocks("::: reader Anna\n```\n:::\n```\n:::\n");
        assertEquals(List.of(new ReaderPrompt(0, "Anna", "<pre><code>:::\n</code></pre>\n")), blocks);
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void directivesInsideFencedCodeAreCode() {
        List<Block> blocks = blocks("```\n::: reader Anna\n```\n");
        assertEquals(List.of(new EditorialText("<pre><code>::: reader Anna\n</code></pre>\n")), blocks);
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void acceptsIndentationTrailingSpacesAndLongerFences() {
        List<Block> blocks = blocks("   :::  response   expert-one  \nAnswer\n::::   \n");
        assertEquals(List.of(new Response("expert-one", "<p>Answer</p>\n", OptionalInt.empty(),
                new SourcePosition(FILE, 10, 4))), blocks);
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void countsLinesWithWindowsLineEndings() {
        assertEquals(List.of(error(4, 1, "unknown directive 'quote' (expected 'reader' or 'response')")),
                problems("Intro\r\n\r\n::: reader Anna\r\n:::\r\n::: quote x\r\n:::\r\n"));
    }

    @Test
    void reportsAnUnknownDirectiveWithAHint() {
        assertEquals(List.of(error(2, 1, "unknown directive 'respones' (did you mean 'response'?)")),
                problems("Intro\n\n::: respones leonid-gozman\nText\n:::\n"));
    }

    @Test
    void reportsAnUnknownDirectiveWithoutACloseName() {
        assertEquals(List.of(error(0, 3, "unknown directive 'quote' (expected 'reader' or 'response')")),
                problems("  ::: quote\nText\n:::\n"));
    }

    @Test
    void keepsTheContentOfABrokenDirectiveAsEditorialText() {
        List<Block> blocks = blocks("Intro\n\n::: respones x\nText\n:::\n\nOutro\n");
        assertEquals(List.of(new EditorialText("<p>Intro</p>\n<p>Text</p>\n<p>Outro</p>\n")), blocks);
    }

    @Test
    void reportsAReaderWithoutAName() {
        assertEquals(List.of(error(1, 1, "directive 'reader' needs a name: '::: reader <name>'")),
                problems("\n::: reader   \nQuestion\n:::\n"));
    }

    @Test
    void reportsAResponseWithoutAPersonId() {
        assertEquals(List.of(error(0, 1, "directive 'response' needs a person id: '::: response <person-id>'")),
                problems("::: response\nAnswer\n:::\n"));
    }

    @Test
    void reportsAnUnclosedDirectiveAtItsOpeningLine() {
        assertEquals(List.of(error(2, 1, "directive 'response' is not closed: add a line ':::' after it")),
                problems("Intro\n\n::: response expert\nAnswer\n\nMore answer\n"));
    }

    @Test
    void reportsADirectiveOpenedInsideAnother() {
        assertEquals(List.of(error(4, 1,
                "directives do not nest: close 'reader' (line 12) with a line ':::' before opening 'response'")),
                problems("Intro\n\n::: reader Anna\nQuestion?\n::: response expert\nAnswer\n:::\n"));
    }

    @Test
    void reportsADirectiveOpenedInsideAListWithinAnother() {
        assertEquals(List.of(error(2, 3,
                "directives do not nest: close 'reader' (line 10) with a line ':::' before opening 'response'")),
                problems("::: reader Anna\n- item\n  ::: response expert\n:::\n"));
    }

    @Test
    void reportsAClosingLineThatClosesNothing() {
        assertEquals(List.of(error(4, 1, "':::' closes no directive")),
                problems("::: reader Anna\nQuestion?\n:::\nText\n:::\n"));
    }

    @Test
    void reportsDirectivesInsideListsAndQuotes() {
        assertEquals(List.of(
                error(2, 3, "directive 'reader' must not be inside a list or block quote"),
                error(3, 5, "':::' must not be inside a list or block quote")),
                problems("- item\n\n  ::: reader Anna\n> > :::\n"));
    }

    @Test
    void aDirectiveRightAfterAListIsAtTheTopLevel() {
        List<Block> blocks = blocks("- item\n::: reader Anna\nQuestion\n:::\n");
        assertEquals(List.of(new EditorialText("<ul>\n<li>item</li>\n</ul>\n"),
                new ReaderPrompt(0, "Anna", "<p>Question</p>\n")), blocks);
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void reportsEveryProblemOfABody() {
        assertEquals(List.of(
                error(0, 1, "unknown directive 'raeder' (did you mean 'reader'?)"),
                error(2, 1, "':::' closes no directive"),
                error(3, 1, "directive 'response' is not closed: add a line ':::' after it"),
                error(3, 1, "directive 'response' needs a person id: '::: response <person-id>'")),
                problems("::: raeder Anna\n:::\n:::\n::: response\n"));
    }

    @Test
    void positionsOnTheFirstLineCountFromItsColumn() {
        renderer.renderDebateBody("::: quote\n:::\n", new SourcePosition(FILE, 3, 7), "", diagnostics);
        assertEquals(List.of(FILE + ":3:7: error: unknown directive 'quote' (expected 'reader' or 'response')"),
                diagnostics.sorted().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void reportsABodyNestedTooDeeplyInsteadOfFailing() {
        RenderedBody body = renderer.renderDebateBody("> ".repeat(50_000) + "x", BODY, "debates/x/", diagnostics);
        assertEquals(List.of(FILE + ":10:1: error: " + MarkdownRenderer.TOO_DEEP),
                diagnostics.sorted().stream().map(Diagnostic::toString).toList());
        assertEquals(List.of(), body.blocks());
    }
}
