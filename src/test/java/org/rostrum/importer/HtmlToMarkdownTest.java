package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlToMarkdownTest {

    private static final String PAGE = "https://old.example.org/2019/01/russia-nato/";

    private final HtmlToMarkdown converter = new HtmlToMarkdown();

    @Test
    void dropsScriptsAndKeepsOnlyTheAddressOfImages() {
        assertEquals("Hello world\n\n![a cat](https://old.example.org/2019/01/russia-nato/cat.jpg)",
                converter.convert("<p>Hello <script>alert(1)</script>world</p>"
                        + "<img src=\"cat.jpg\" alt=\"a cat\" onerror=\"alert(1)\"><style>p{}</style>", PAGE));
    }

    @Test
    void keepsImagesNamedLikeEmoji() {
        assertEquals("![x](https://cdn.example.org/x.png)",
                converter.convert("<img src=\"https://cdn.example.org/x.png\" alt=\"x\">", PAGE));
    }

    @Test
    void reducesUnsafeLinksAndImagesToTheirText() {
        assertEquals("click me and see pixel",
                converter.convert("<p><a href=\"JaVaScRiPt:alert(1)\">click me</a> and "
                        + "<a href=\"&#106;avascript:alert(1)\">see</a> "
                        + "<img src=\"data:image/png;base64,AAAA\" alt=\"pixel\"></p>", PAGE));
    }

    @Test
    void resolvesRelativeLinksAgainstTheOldPage() {
        assertEquals("[next](https://old.example.org/2019/02/next/) and [mail](mailto:editor@example.org)",
                converter.convert("<a href=\"/2019/02/next/\" onclick=\"x()\">next</a> and "
                        + "<a href=\"mailto:editor@example.org\">mail</a>", PAGE));
    }

    @Test
    void turnsEmbedsIntoLinks() {
        assertEquals("Watch:\n\n<https://maps.example.org/embed/abc>",
                converter.convert("<p>Watch:</p><iframe src=\"https://maps.example.org/embed/abc\"></iframe>"
                        + "<iframe src=\"javascript:alert(1)\"></iframe>", PAGE));
    }

    @Test
    void escapesTextThatMarkdownWouldReadAsBlocks() {
        assertEquals("""
                \\# not a heading

                \\- not a list

                1\\. not a list either

                \\::: reader not a directive

                \\---

                *# inside emphasis stays*""",
                converter.convert("<p># not a heading</p><p>- not a list</p><p>1. not a list either</p>"
                        + "<p>::: reader not a directive</p><p>---</p><p><em># inside emphasis stays</em></p>", PAGE));
    }

    @Test
    void separatesLooseTextFromTheParagraphBefore() {
        assertEquals("one\n\n\\# two", converter.convert("<p>one</p># two", PAGE));
    }

    @Test
    void writesAtxHeadingsAndPlainTextForMarkupMarkdownLacks() {
        assertEquals("## Heading\n\nunderlined and H2O", converter.convert("<h2>Heading</h2><p><u>underlined</u> and "
                + "H<sub>2</sub>O</p>", PAGE));
    }

    @Test
    void givesHeaderlessTablesAHeaderRow() {
        assertEquals("| a | b |\n|---|---|\n| c | d |",
                converter.convert("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", PAGE));
    }

    @Test
    void writesHardBreaksWithoutTrailingSpaces() {
        assertEquals("first\\\nsecond\\\n\\+ third", converter.convert("<p>first<br>\nsecond<br>+ third</p>", PAGE));
    }

    @Test
    void leavesCodeAlone() {
        assertEquals("```\n# code\n  - kept  \n```",
                converter.convert("<pre># code\n  - kept  </pre>", PAGE));
    }

    @Test
    void decodesEntitiesExactlyOnce() {
        assertEquals("O'Brien", HtmlToMarkdown.decodeEntities("O&#039;Brien"));
        assertEquals("O&#039;Brien", HtmlToMarkdown.decodeEntities("O&amp;#039;Brien"));
        assertEquals("AT&T", HtmlToMarkdown.decodeEntities("AT&T"));
        assertEquals("Zoë", HtmlToMarkdown.decodeEntities("Zo&euml;"));
    }

    @Test
    void wordPressParagraphsSplitBlankLinesAndBreakSingleNewlines() {
        assertEquals("<p>One<br />\ntwo</p>\n<p>Three</p>\n",
                WordPressParagraphs.apply("One\ntwo\n\nThree"));
        assertEquals("One\\\ntwo\n\nThree", converter.convert(WordPressParagraphs.apply("One\ntwo\n\nThree"), PAGE));
    }

    @Test
    void wordPressParagraphsKeepPreformattedTextAndBlockEditorContent() {
        assertEquals("<p>a</p>\n<pre>x\n\ny</pre>\n", WordPressParagraphs.apply("a\n<pre>x\n\ny</pre>"));
        String blocks = "<!-- wp:paragraph -->\n<p>a\nb</p>\n<!-- /wp:paragraph -->";
        assertEquals(blocks, WordPressParagraphs.apply(blocks));
    }
}
