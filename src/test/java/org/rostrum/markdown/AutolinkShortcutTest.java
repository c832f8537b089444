package org.rostrum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Editors' text is parsed without autolinks unless some text could hold a bare URL: whenever the
 * shortcut is taken, the HTML must be exactly what parsing with autolinks gives.
 *
 * <p>Only texts that take the shortcut can fail, so the random texts are drawn to take it often:
 * tokens that always put a link sign into text (a bare URL, an address, an entity, a backslash)
 * are drawn one time in twenty, and the rest are near misses ({@code ww}, {@code w.},
 * {@code http:}, {@code //}) and URLs where autolinks do not look (code, HTML, link destinations,
 * an indented code block). 8,000 such texts take the shortcut more often, and on more texts that
 * hold a URL, than 20,000 texts drawn evenly from the same tokens did, at a fifth of the time.
 */
class AutolinkShortcutTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    /** Tokens that put a link sign into text wherever they stand, except in code or HTML. */
    private static final List<String> SIGNS = List.of("www.example.org", "WWW.EXAMPLE.ORG", "https://example.org",
            "ftp://x.org", "a@b.org", "mailto:a@b.org", "&amp;", "&#46;", "www&#46;example&#46;org", "\\.", "\\",
            "<b>www.x.org</b>", "wWw.example.org", "@", "Www");
    /** Everything else: Markdown, near misses, and URLs in places autolinks do not look. */
    private static final List<String> TOKENS = List.of("word", "Europe", " ", " ", "\n", "\n\n", ".", ",", "*", "_",
            "[", "]", "(", ")", "](", "[text](https://example.org/x)", "<https://example.org/a>", "`code`",
            "`www.x.org`", "```\nwww.x.org\n```\n", "- ", "> ", "# ", "| a | b |\n|---|---|\n| c | d |\n",
            "<!-- www.x.org -->", "![i](x.png)", "::: reader Ann\n", "::: response ann\n", ":::\n", "http:", "//",
            "ww", "w.", "example.com", "W", ":/", "x:/", "    ");

    @Test
    void givesTheSameHtmlAsAutolinkingEveryText() throws IOException {
        List<String> corpus = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                corpus.add(Files.readString(f));
            }
        }
        Random random = new Random(11);
        for (int i = 0; i < 8_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(30); k > 0; k--) {
                List<String> from = random.nextInt(20) == 0 ? SIGNS : TOKENS;
                text.append(from.get(random.nextInt(from.size())));
            }
            corpus.add(text.toString());
        }
        int shortcuts = 0;
        int hiddenUrls = 0;
        for (String markdown : corpus) {
            String[] both = RENDERER.bothWays(markdown);
            if (both[2].equals("false")) {
                shortcuts++;
                assertEquals(both[1], both[0], "for: " + markdown);
                String lower = markdown.toLowerCase(Locale.ROOT);
                if (lower.contains("www") || lower.contains("://") || lower.contains("@")) {
                    hiddenUrls++;
                }
            }
        }
        assertTrue(shortcuts > 2_000, "the shortcut was taken " + shortcuts + " times");
        assertTrue(hiddenUrls > 900, "the shortcut was taken on " + hiddenUrls + " texts with a URL or address");
    }
}
