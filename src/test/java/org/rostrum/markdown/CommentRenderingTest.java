package org.rostrum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

class CommentRenderingTest {

    private static final Set<String> ALLOWED_ELEMENTS =
            Set.of("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "hr", "a", "del",
                    "table", "thead", "tbody", "tr", "th", "td", "kbd", "s", "strike", "b", "i", "q", "cite", "abbr",
                    "sub", "sup");
    private static final Map<String, Set<String>> ALLOWED_ATTRIBUTES =
            Map.of("a", Set.of("href", "rel"), "ol", Set.of("start"), "th", Set.of("align"), "td", Set.of("align"));
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** Renders and checks the output independently of the renderer's own URL policy. */
    private Element render(String markdown) {
        String html = renderer.renderComment(markdown);
        assertWellFormed(html);
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            assertTrue(ALLOWED_ELEMENTS.contains(element.tagName()), "element <" + element.tagName() + "> in " + html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on") || name.equals("style") || name.equals("class") || name.equals("id"),
                        "attribute " + name + " in " + html);
                assertTrue(ALLOWED_ATTRIBUTES.getOrDefault(element.tagName(), Set.of()).contains(name),
                        "attribute " + name + " on <" + element.tagName() + "> in " + html);
            }
            if (element.tagName().equals("a")) {
                assertBrowserSafe(element.attr("href"), html);
                assertEquals("nofollow ugc noopener", element.attr("rel"), html);
                assertTrue(element.select("a").size() == 1 && !element.parents().is("a"), "nested link in " + html);
            }
        }
        return body;
    }

    /** What a browser does with an href (WHATWG URL parsing): strip, drop tabs and newlines, read the scheme. */
    private static void assertBrowserSafe(String href, String html) {
        String url = href.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "")
                .toLowerCase(Locale.ROOT);
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.find() && !Set.of("http", "https", "mailto").contains(scheme.group(1))) {
            fail("href with scheme " + scheme.group(1) + " in " + html);
        }
    }

    private static void assertWellFormed(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader("<root>" + html + "</root>")));
        } catch (Exception e) {
            fail("not well-formed: " + e.getMessage() + " in " + html);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "before <script>alert(1)</script> after",
        "<img src=x onerror=alert(1)>",
        "text <img src=x onerror=alert(1)> text",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<style>body { display: none }</style>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<div style=\"position:fixed\" onclick=\"alert(1)\">x</div>",
        "<p class=\"admin\" id=\"main\">x</p>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext></p><script>alert(1)</script>",
        "<input autofocus onfocus=alert(1)>",
        "<!-- <script>alert(1)</script> -->",
        "text <!-- hidden --> text",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<?php echo 1; ?>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
    })
    void showsRawHtmlAsText(String markdown) {
        Element body = render(markdown);
        String visible = body.text();
        for (String part : markdown.replace("&lt;", "<").replace("&gt;", ">").split("\\s+")) {
            assertTrue(visible.contains(part), "'" + part + "' not visible in " + body.html());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#106avascript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](&#X6a;avascript:alert(1))",
        "[x](&#0000106;avascript:alert(1))",
        "[x](java&#09;script:alert(1))",
        "[x](java&Tab;script:alert(1))",
        "[x](java&#x0A;script:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](  javascript:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](java\\:script:alert(1))",
        "[x](javascript:alert(1) \"title\")",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[x][]\n\n[x]: JavaScript:alert(1)",
        "[x]\n\n[x]: &#106;avascript:alert(1) \"t\"",
    })
    void dropsLinksWithDisallowedSchemesButKeepsTheirText(String markdown) {
        Element body = render(markdown);
        assertTrue(body.select("a").isEmpty(), body.html());
        assertEquals("x", body.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<javascript:alert(1)>",
        "<JavaScript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,x>",
        "javascript:// comment",
        "file:///etc/passwd",
        "ftp://example.org/file",
    })
    void doesNotLinkAutolinksWithDisallowedSchemes(String markdown) {
        Element body = render(markdown);
        assertTrue(body.select("a").isEmpty(), body.html());
        assertTrue(body.text().contains(markdown.replaceAll("^<|>$", "")), body.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "![x](javascript:alert(1))",
        "![x](JavaScript:alert(1))",
        "![x](&#106;avascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
        "![x][ref]\n\n[ref]: javascript:alert(1)",
    })
    void showsImagesWithDisallowedSourcesAsText(String markdown) {
        Element body = render(markdown);
        assertTrue(body.select("a, img").isEmpty(), body.html());
        assertEquals("x", body.text());
    }

    @Test
    void showsImagesAsLinksLabelledWithTheirAltText() {
        Element body = render("![a chart](https://example.org/chart.png) and ![](https://example.org/x.png)");
        assertTrue(body.select("img").isEmpty(), body.html());
        List<String> links = body.select("a").eachAttr("href");
        assertEquals(List.of("https://example.org/chart.png", "https://example.org/x.png"), links);
        assertEquals(List.of("a chart", "https://example.org/x.png"), body.select("a").eachText());
    }

    @Test
    void keepsWebMailAndRelativeLinksWithNofollow() {
        Element body = render("[a](https://example.org/a) [b](HTTP://EXAMPLE.ORG/b) [c](mailto:c@example.org) "
                + "[d](../other/) [e](#comment-c4) <https://example.org/f> <g@example.org> [h][h]\n\n[h]: /h/");
        assertEquals(List.of("https://example.org/a", "HTTP://EXAMPLE.ORG/b", "mailto:c@example.org", "../other/",
                "#comment-c4", "https://example.org/f", "mailto:g@example.org", "/h/"), body.select("a").eachAttr("href"));
        assertEquals("<a href=\"https://example.org/a\" rel=\"nofollow ugc noopener\">a</a>",
                body.selectFirst("a").outerHtml());
    }

    @Test
    void linksBareWebAddressesAndEmail() {
        Element body = render("see www.example.com, https://example.org/x and someone@example.org");
        assertEquals(List.of("http://www.example.com", "https://example.org/x", "mailto:someone@example.org"),
                body.select("a").eachAttr("href"));
    }

    @Test
    void neverNestsLinks() {
        Element body = render("[www.example.com](https://example.org/) and [![img](https://example.org/i.png)](https://example.org/l)");
        assertEquals(List.of("https://example.org/", "https://example.org/l"), body.select("a").eachAttr("href"));
        assertEquals("www.example.com and img", body.text());
    }

    @Test
    void escapesQuotesInDestinationsSoNoAttributeCanBeInjected() {
        Element body = render("[x](https://example.org/\"onmouseover=\"alert(1)) [y](https://example.org/ \"t\" onclick=alert(1))");
        for (Element link : body.select("a")) {
            assertEquals(Set.of("href", "rel"), Set.copyOf(link.attributes().asList().stream().map(Attribute::getKey).toList()));
        }
    }

    @Test
    void turnsHeadingsIntoBoldParagraphs() {
        Element body = render("# Title\n\nSub\n---\n\n###### *deep*");
        assertTrue(body.select("h1, h2, h3, h4, h5, h6").isEmpty(), body.html());
        assertEquals(List.of("Title", "Sub", "deep"), body.select("p > strong").eachText());
    }

    @Test
    void givesCodeBlocksNoClassFromTheInfoString() {
        Element body = render("```js\" onclick=\"alert(1)\nlet x = '<b>';\n```");
        assertEquals("<pre><code>let x = '&lt;b&gt;';\n</code></pre>", body.html());
    }

    @Test
    void rendersOrdinaryMarkdown() {
        String html = renderer.renderComment("Well, *yes*, **someday**.\n\n> quoted\n\n1. one\n2. two\n\n- `code`");
        assertEquals("<p>Well, <em>yes</em>, <strong>someday</strong>.</p>\n"
                + "<blockquote>\n<p>quoted</p>\n</blockquote>\n"
                + "<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n"
                + "<ul>\n<li><code>code</code></li>\n</ul>\n", html);
        render("3. three\n4. four");
    }

    /** The comment's HTML, after the checks of {@link #render}. */
    private String checked(String markdown) {
        render(markdown);
        return renderer.renderComment(markdown);
    }

    @Test
    void rendersTablesReadersWrote() {
        assertEquals("""
                <table>
                <thead>
                <tr><th>Party</th><th align="right">Seats</th></tr>
                </thead>
                <tbody>
                <tr><td><em>Greens</em></td><td align="right">12</td></tr>
                <tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td align="right"></td></tr>
                </tbody>
                </table>
                """, checked("| Party | Seats |\n|---|--:|\n| *Greens* | 12 |\n| <script>alert(1)</script> |"));
    }

    @Test
    void rendersStrikethroughAndLineBreaks() {
        assertEquals("<p>I was <del>wrong</del> right.<br />\nNew line<br />\nand another.</p>\n",
                checked("I was ~~wrong~~ right.<br />\nNew line<br>\nand another."));
    }

    @Test
    void keepsBareFormattingTagsThatArePaired() {
        assertEquals("<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, type <code>ls &lt;dir&gt;</code>, "
                + "<b>bold</b> <i>it</i> <s>gone</s> <sub>2</sub></p>",
                render("Press <kbd>Ctrl</kbd>+<KBD>C</kbd>, type <code>ls &lt;dir&gt;</code>, "
                        + "<b>bold</b> <i>it</i> <s>gone</s> <sub>2</sub>").html());
    }

    @Test
    void leavesUnpairedCrossedOrDecoratedTagsAsText() {
        assertEquals("<p>&lt;kbd&gt;open &lt;b&gt;<i>x&lt;/b&gt;</i> &lt;/kbd&gt;</p>",
                render("<kbd>open <b><i>x</b></i> </kbd>").html().replace("\n", ""));
        assertEquals("<p>&lt;b onclick=\"alert(1)\"&gt;x&lt;/b&gt; &lt;kbd style=\"color:red\"&gt;y&lt;/kbd&gt;</p>",
                render("<b onclick=\"alert(1)\">x</b> <kbd style=\"color:red\">y</kbd>").html());
        assertEquals("<p>&lt;em&gt;across <strong>emphasis&lt;/em&gt;</strong></p>",
                render("<em>across **emphasis</em>**").html());
        assertEquals("<p>&lt;span&gt;not allowed&lt;/span&gt; &lt;br onmouseover=x&gt;</p>",
                render("<span>not allowed</span> <br onmouseover=x>").html());
    }

    @Test
    void leavesUndefinedReferencesAsText() {
        Element body = render("[x][nowhere] and ![y][nowhere]");
        assertTrue(body.select("a").isEmpty());
        assertEquals("[x][nowhere] and ![y][nowhere]", body.text());
    }

    @Test
    void showsCommentsNestedTooDeeplyAsText() {
        String deep = "> ".repeat(20_000) + "<script>alert(1)</script>";
        Element body = render(deep);
        assertTrue(body.text().endsWith("<script>alert(1)</script>"), "payload not visible");
        render("- ".repeat(20_000) + "x");
        render("*".repeat(50_000) + "x");
        render("[".repeat(50_000) + "x](javascript:alert(1))");
    }

    @Test
    void rendersTheSameFromManyThreads() throws Exception {
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            comments.add("Comment " + i + " with *emphasis*, [a link](https://example.org/" + i + ") and www.example.com/"
                    + i + "\n\n> quote " + i + "\n\n<b>" + i + "</b>");
        }
        List<String> expected = comments.stream().map(renderer::renderComment).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> comments.stream().map(renderer::renderComment).toList()));
            }
            for (Future<List<String>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
