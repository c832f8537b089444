package org.rostrum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rostrum.diag.Diagnostic;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.model.ContentLink;
import org.rostrum.model.EditorialText;

class EditorialRenderingTest {

    private static final Path PAGE = Path.of("content/pages/about.md");
    private static final Path DEBATE = Path.of("content/debates/x/index.md");

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Diagnostics diagnostics = new Diagnostics();

    private String html(String markdown, String rootPrefix) {
        return renderer.renderEditorial(markdown, new SourcePosition(PAGE, 5, 1), rootPrefix, diagnostics).html();
    }

    private RenderedBody debate(String markdown) {
        return renderer.renderDebateBody(markdown, new SourcePosition(DEBATE, 8, 1), "debates/x/", diagnostics);
    }

    private List<String> problems() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void rendersCommonMarkTablesAutolinksAndTheEditorsRawHtml() {
        String html = html("""
                # About

                We are *editors*. See www.example.org.

                | a | b |
                |---|:-:|
                | 1 | 2 |

                <div class="note">Trusted <b>HTML</b></div>
                """, "about/");
        assertEquals("""
                <h1>About</h1>
                <p>We are <em>editors</em>. See <a href="http://www.example.org">www.example.org</a>.</p>
                <table>
                <thead>
                <tr><th>a</th><th align="center">b</th></tr>
                </thead>
                <tbody>
                <tr><td>1</td><td align="center">2</td></tr>
                </tbody>
                </table>
                <div class="note">Trusted <b>HTML</b></div>
                """, html);
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void rendersOneBlockOrNoneForEmptyText() {
        RenderedBody body = renderer.renderEditorial("Hello\n\nWorld", SourcePosition.startOf(PAGE), "", diagnostics);
        assertEquals(List.of(new EditorialText("<p>Hello</p>\n<p>World</p>\n")), body.blocks());
        assertEquals(List.of(), renderer.renderEditorial("", SourcePosition.startOf(PAGE), "", diagnostics).blocks());
        assertEquals(List.of(), renderer.renderEditorial(" \n\n", SourcePosition.startOf(PAGE), "", diagnostics).blocks());
        assertEquals(List.of(), renderer.renderEditorial("[r]: /x/\n", SourcePosition.startOf(PAGE), "", diagnostics).blocks());
    }

    @Test
    void rewritesRootRelativeLinksToTheRootPrefixAndNamesFolderIndexes() {
        String html = html("""
                [debate](/debates/x/) [comment](/debates/x/#comment-c4) ![map](/static/map.png) [ref][r] [home](/)
                [host](//cdn.example.org/x) [abs](https://example.org/x) [rel](../x/) [here](#top) [mail](mailto:a@b.org)

                [r]: /about/
                """, "debates/x/");
        assertEquals("<p><a href=\"../../debates/x/index.html\">debate</a> <a href=\"../../debates/x/index.html#comment-c4\">comment</a> "
                + "<img src=\"../../static/map.png\" alt=\"map\" /> <a href=\"../../about/index.html\">ref</a> <a href=\"../../index.html\">home</a>\n"
                + "<a href=\"//cdn.example.org/x\">host</a> <a href=\"https://example.org/x\">abs</a> <a href=\"../../debates/x/index.html\">rel</a> "
                + "<a href=\"#top\">here</a> <a href=\"mailto:a@b.org\">mail</a></p>\n", html);
    }

    @Test
    void resolvesRelativeLinksFromThePagesFolderSoOtherPagesCanShowTheText() {
        assertEquals("<p><a href=\"../../debates/x/chart.png\">chart</a> <a href=\"../../debates/y/index.html#reader-1\">y</a> "
                + "<a href=\"../../static/a.css\">up</a> <a href=\"../../../outside\">out</a></p>\n",
                html("[chart](chart.png) [y](../y/#reader-1) [up](../../static/a.css) [out](../../../outside)", "debates/x/"));
    }

    @Test
    void rewritesRootLinksOnTheHomePageToTheIndexFiles() {
        assertEquals("<p><a href=\"index.html\">home</a> <a href=\"topics/index.html\">topics</a></p>\n",
                html("[home](/) [topics](/topics/)", ""));
    }

    @Test
    void rewritesLinksInsideDirectives() {
        RenderedBody body = debate("::: response expert\nSee [the other debate](/debates/y/).\n:::\n");
        assertEquals("<p>See <a href=\"../../debates/y/index.html\">the other debate</a>.</p>\n", body.blocks().get(0).html());
    }

    @Test
    void collectsLinksThatStayInsideTheSiteWithTheirPositions() {
        RenderedBody body = debate("""
                Intro with [a debate](/debates/y/) and [the web](https://example.org/).

                ::: reader Anna
                Asked about [a comment](../z/#comment-c4), [mail](mailto:a@b.org) and [another host](//cdn.example.org/).
                :::

                - ![map](map.png) and [anchor](#top)
                - [a reference][r] and [undefined][nowhere] and <https://example.org/auto>

                  [r]: other/
                """);
        assertEquals(List.of(
                new ContentLink("/debates/y/", new SourcePosition(DEBATE, 8, 12)),
                new ContentLink("../z/#comment-c4", new SourcePosition(DEBATE, 11, 13)),
                new ContentLink("map.png", new SourcePosition(DEBATE, 14, 3)),
                new ContentLink("#top", new SourcePosition(DEBATE, 14, 23)),
                new ContentLink("other/", new SourcePosition(DEBATE, 17, 3))), body.links());
    }

    @Test
    void keepsLinkDestinationsAsWrittenWithEscapesDecoded() {
        RenderedBody body = renderer.renderEditorial("[a](/debates/a\\_b/?x=1&amp;y=2)", SourcePosition.startOf(PAGE), "about/",
                diagnostics);
        assertEquals(List.of(new ContentLink("/debates/a_b/?x=1&y=2", SourcePosition.startOf(PAGE))), body.links());
        assertEquals("<p><a href=\"../debates/a_b/index.html?x=1&amp;y=2\">a</a></p>\n", body.html());
    }

    @Test
    void firstParagraphIsPlainText() {
        RenderedBody body = debate("""
                # A heading is not a paragraph

                Could *Russia* ever   join [NATO](/topics/nato/)?
                Caf&eacute; &amp; `code` &#233;&nbsp;<span class="x">inline html</span>\\*  www.example.org
                ![an image](x.png) <!-- a comment -->

                A second paragraph.
                """);
        assertEquals("Could Russia ever join NATO? Café & code é inline html* www.example.org", body.firstParagraph());
    }

    @Test
    void firstParagraphIsOutsideDirectivesListsAndQuotes() {
        RenderedBody body = debate("""
                ::: reader Anna
                The question.
                :::

                > A quote.

                - A list item.

                ![only an image](x.png)

                The editors' first words.
                """);
        assertEquals("The editors' first words.", body.firstParagraph());
        assertEquals("", debate("::: reader Anna\nThe question.\n:::\n").firstParagraph());
    }

    @Test
    void reportsDirectivesOutsideDebatesButRendersTheirContent() {
        RenderedBody body = renderer.renderEditorial("Bio.\n\n::: reader Anna\nText\n:::\n:::\n",
                new SourcePosition(PAGE, 5, 1), "", diagnostics);
        assertEquals(List.of(
                PAGE + ":7:1: error: directives are only allowed in debates",
                PAGE + ":10:1: error: directives are only allowed in debates"), problems());
        assertEquals("<p>Bio.</p>\n<p>Text</p>\n", body.html());
    }

    @Test
    void reportsTextNestedTooDeeplyInsteadOfFailing() {
        RenderedBody body = renderer.renderEditorial("- ".repeat(50_000) + "x", new SourcePosition(PAGE, 5, 1), "",
                diagnostics);
        assertEquals(List.of(PAGE + ":5:1: error: " + MarkdownRenderer.TOO_DEEP), problems());
        assertEquals(List.of(), body.blocks());
    }

    @Test
    void reportsTextTooCostlyToRenderInsteadOfStalling() {
        RenderedBody body = renderer.renderEditorial("&#106;".repeat(20_000), new SourcePosition(PAGE, 5, 1), "",
                diagnostics);
        assertEquals(List.of(PAGE + ":5:1: error: Markdown too costly to render: a paragraph has too many links,"
                + " entities, code spans or tags for its length; split it into shorter paragraphs"), problems());
        assertEquals(List.of(), body.blocks());
    }

    @Test
    void countsEachTableRowApartAndRendersALargeTableOfLinks() {
        StringBuilder table = new StringBuilder("| a | b |\n|---|---|\n");
        for (int i = 0; i < 5_000; i++) {
            table.append("| [x](https://example.org/").append(i).append(") | &amp; |\n");
        }
        RenderedBody body = renderer.renderEditorial(table.toString(), new SourcePosition(PAGE, 5, 1), "", diagnostics);
        assertEquals(List.of(), problems());
        assertTrue(body.html().contains("<a href=\"https://example.org/4999\">x</a>"));
    }
}
