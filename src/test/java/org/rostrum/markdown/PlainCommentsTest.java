package org.rostrum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.rostrum.bench.RealComments;
import org.junit.jupiter.api.Test;

/**
 * The fast path for plain comments writes exactly what Flexmark writes, for every comment it
 * accepts, and declines everything it does not fully understand.
 */
class PlainCommentsTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    /** Pieces that ordinary comments are made of, and pieces that mean more than themselves. */
    private static final List<String> TOKENS = List.of(
            "word", "words", "Europe", "the", "NATO", "2019", "42", "Ünïcödé", "straße", "élan",
            " ", " ", " ", " ", " ", "\n", "\n\n", "\n\n\n", ".", ",", ";", ":", "?", "!", "'", "\"", "(", ")", "%",
            "-", "+", "=", "/", "’", "“", "”", "–", "—", "…", "€", "£", "°",
            "*", "**", "***", "_", "__", "[", "]", "](", "(https://example.org/a-b_c.d~e/f)", "(http://x.org)",
            "[link](https://example.org/x)", "[two words](https://example.org/y/z)", "*em*", "**strong**",
            "*two words*", "**bold text**", "<", ">", "&", "&amp;", "&#106;", "\\", "`", "~", "|", "#", "# ", "## ",
            "> ", "- ", "* ", "+ ", "1. ", "2) ", "    ", "\t", "www.example.org", "WwW.example.org", "www", "wWw", "wwW.", "https://example.org",
            "a@b.org", "mailto:x", "javascript:alert(1)", "[x](javascript:alert(1))", "![img](https://e.org/i.png)",
            "  \n", "===", "---", "```", "<b>", "<!-- c -->", "[ref]", "[ref]: https://e.org", "{", "}", "^", "\u202E",
            "_em_", "__strong__", "_two words_", "`code`", "`a < b & \"c\"`", "``", "`", "$", "#tag", "< 3", "<3", "> ",
            " & ", "&x", "&#", "[q](https://e.org/w?v=a_b&t=3s#x)", "[q](https://e.org/a?b=c&amp;d)",
            "[q](https://e.org/A_(b))", "демократия", "Ελλάδα", "الديمقراطية", "欧洲联盟", "，", "。", "«", "»", "¿",
            "\u0301", "\u00A0", "\u3000", "\uD83D\uDE00", "\u0000", "\uFFFE", "_", "__", "snake_case", "a_b_",
            "\n- ", "\n* ", "\n\n- ", "\n\n* ", "\n1. ", "\n2. ", "\n\n1. ", "1) ", "\n\n> ", "\n> ", ">> ",
            "```\n", "\n```", "\n\n```\n", "~~", "~", "~~~", "***", "___", "***x***", "~~x~~", " @", "@x", "a@", "  \n",
            "   \n", " \n", "[t](https://e.org/a_(b)#s)", "[t](https://e.org/a \"title\")", " \"t\")", "(a(b)",
            "[t](https://e.org/x \"a\"b\")", "[t](https://e.org/x 'a')", "&amp;", "&amp", "&amp;amp;", "- - -", "* * *",
            " https://e.org/a-b", " http://e.org", " https://e", " www.e.org/w?v=a&t=3s", " https://e.org/W_(x)#s",
            " https://e.org/a(b", " https://e.org/a)", "https://e.org/x.", " https://e.org/é", " www.e.org.", " www.", " www.e.", " www.e", " www..e.org", " www.-e.org",
            " https://e.org/a?", " https://e.org/a_", " https://e.org/a#", " https://e.org/a&amp;b", " https://-.org");

    static String randomComment(Random random) {
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(25);
        for (int i = 0; i < n; i++) {
            text.append(TOKENS.get(random.nextInt(TOKENS.size())));
        }
        return text.toString();
    }

    /** Mostly ordinary comments, the kind the fast path is for. */
    private static String plainComment(Random random) {
        List<String> plain = List.of("word", "words", "Europe", "the", "2019", " ", " ", " ", " ", ".", ",", "?", "'",
                "\"", "(", ")", "-", "*em*", "**strong**", "*two words*", "[link](https://example.org/x)", "\n",
                "\n\n", "’", "—", "_em_", "__strong__", "`code`", "`x = <y> & 1`", " & ", "$", "#tag", "< 3", ">",
                "[q](https://e.org/w?v=a_b&t=3s#x)", "Европа", "Ελλάδα", "الحرية", "欧洲。", "，", "«", "»");
        StringBuilder text = new StringBuilder("Start");
        int n = 5 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            String t = plain.get(random.nextInt(plain.size()));
            text.append(t.startsWith("*") || t.startsWith("[") || t.startsWith("_") || t.startsWith("`") ? " " + t + " " : t);
        }
        return text.toString();
    }

    @Test
    void writesWhatFlexmarkWritesForEveryCommentItAccepts() {
        Random random = new Random(7);
        int accepted = 0;
        for (int i = 0; i < 60_000; i++) {
            String comment = i % 3 == 0 ? plainComment(random) : randomComment(random);
            String fast = PlainComments.render(comment);
            if (fast != null) {
                accepted++;
                assertEquals(RENDERER.flexmarkComment(comment), fast, "for comment: " + comment);
            }
        }
        assertTrue(accepted > 5_000, "the fast path accepted only " + accepted + " comments");
    }

    /**
     * Comments as the benchmark's real shape writes them (Markdown of every common kind, other
     * scripts, quotes of the comment replied to), each also with hostile pieces put in at random
     * places: every one the fast path takes renders as Flexmark renders it, and it takes most of them.
     */
    @Test
    void writesWhatFlexmarkWritesForRealShapedComments() {
        Random random = new Random(11);
        RealComments real = new RealComments(random, ("the of and to in a is that for it as was with be by on not "
                + "europe union vote tax www https com org").split(" "));
        int accepted = 0;
        int realAccepted = 0;
        int realCount = 0;
        String parent = null;
        for (int i = 0; i < 30_000; i++) {
            String comment = real.body(i % 5 == 0 ? 1.0 : 0.4, 0.2, i % 2 == 0 ? parent : null);
            parent = comment;
            if (i % 3 == 1) {
                StringBuilder hostile = new StringBuilder(comment);
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    hostile.insert(random.nextInt(hostile.length() + 1), TOKENS.get(random.nextInt(TOKENS.size())));
                }
                comment = hostile.toString();
            } else {
                realCount++;
            }
            String fast = PlainComments.render(comment);
            if (fast != null) {
                accepted++;
                realAccepted += i % 3 == 1 ? 0 : 1;
                assertEquals(RENDERER.flexmarkComment(comment), fast, "for comment: " + comment);
            }
        }
        assertTrue(realAccepted > realCount * 8 / 10, "the fast path took " + realAccepted + " of " + realCount
                + " real comments");
        assertTrue(accepted > realAccepted, "the fast path took no comment with hostile pieces");
    }

    @Test
    void acceptsOrdinaryComments() {
        assertEquals("<p>Well, yes, <em>someday</em>, if it becomes a <strong>stable</strong> democracy.</p>\n"
                + "<p>See <a href=\"https://example.org/x\" rel=\"nofollow ugc noopener\">this report</a>.</p>\n",
                PlainComments.render("Well, yes, *someday*, if it becomes a **stable** democracy.\n\n"
                        + "See [this report](https://example.org/x)."));
        assertNotNull(PlainComments.render("Two lines\nof one \"paragraph\" – it's fine (really)."));
        assertEquals("<blockquote>\n<p>You said <em><strong>this</strong></em>.</p>\n</blockquote>\n"
                + "<p>No<br />\nnot <del>ever</del> &amp; see <a href=\"https://e.org/W_(x)#s\" rel=\"nofollow ugc noopener\">it</a>"
                + " @Ann.</p>\n<ul>\n<li>one</li>\n</ul>\n<ul>\n<li>two</li>\n</ul>\n<p>Then:</p>\n<ol>\n<li>a</li>\n"
                + "<li>b</li>\n</ol>\n<pre><code>x &lt; 1\n</code></pre>\n",
                PlainComments.render("> You said ***this***.\n\nNo  \nnot ~~ever~~ &amp; see [it](https://e.org/W_(x)#s \"t\")"
                        + " @Ann.\n\n- one\n* two\n\nThen:\n\n1. a\n2. b\n\n```\nx < 1\n```\n"));
        assertEquals("<p>See <a href=\"https://e.org/w?v=1&amp;t=2\" rel=\"nofollow ugc noopener\">https://e.org/w?v=1&amp;t=2"
                + "</a> or <a href=\"http://www.e.org/W_(x)\" rel=\"nofollow ugc noopener\">www.e.org/W_(x)</a>.</p>\n",
                PlainComments.render("See https://e.org/w?v=1&t=2 or www.e.org/W_(x)."));
        assertEquals("<p>Да, <em>конечно</em> &amp; <code>x &lt; y</code>, 5 &lt; 7 &gt; 3, see "
                + "<a href=\"https://e.org/w?v=1&amp;t=2#c\" rel=\"nofollow ugc noopener\">это</a>。</p>\n",
                PlainComments.render("Да, _конечно_ & `x < y`, 5 < 7 > 3, see [это](https://e.org/w?v=1&t=2#c)。"));
    }

    @Test
    void declinesWhatItDoesNotFullyUnderstand() {
        for (String comment : List.of("<script>alert(1)</script>", "- a\n\n- b", "2. second", "1. a\n3. b", "> a\n> b",
                "- a\nb", "```\nx", "~x~", "~~~x~~~", "[a ](https://e.org)", "line  \n\nnext", "a@b.org",
                "# heading", "see www.example.org:", "see WWW.example.org", "mail a@b.org", "see https://example.org,", "hard   \nbreak",
                "[x](javascript:alert(1))", "![i](https://e.org/i.png)", "a*b*c",
                "*unclosed", "**mixed*", "under_score", "back\\slash", "\ttab", "    code", "a\r\nb",
                "line\n===", "\u202Eevil",
                "a &amp b", "a <b>", "x\u00A0y", "`a`b`", "``x``", "[x](https://e.org/a;b)", "_a_b", "1 | 2", "~~x~~")) {
            assertNull(PlainComments.render(comment), comment);
        }
    }
}
