package org.rostrum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Editors' text is parsed without autolinks unless some text could hold a bare URL: whenever the
 * shortcut is taken, the HTML must be exactly what parsing with autolinks gives.
 */
class AutolinkShortcutTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final List<String> TOKENS = List.of("word", "Europe", " ", " ", "\n", "\n\n", ".", ",", "*", "_",
            "[", "]", "(", ")", "](", "[text](https://example.org/x)", "<https://example.org/a>", "www.example.org",
            "WWW.EXAMPLE.ORG", "https://example.org", "ftp://x.org", "a@b.org", "mailto:a@b.org", "&amp;", "&#46;",
            "www&#46;example&#46;org", "\\.", "\\", "`code`", "`www.x.org`", "```\nwww.x.org\n```\n", "- ", "> ",
            "# ", "| a | b |\n|---|---|\n| c | d |\n", "<b>www.x.org</b>", "<!-- www.x.org -->", "![i](x.png)",
            "::: reader Ann\n", "::: response ann\n", ":::\n", "http:", "//", "@", "ww", "w.", "example.com",
            "wWw.example.org", "Www", "W", ":/", "x:/");

    @Test
    void givesTheSameHtmlAsAutolinkingEveryText() throws IOException {
        List<String> corpus = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                corpus.add(Files.readString(f));
            }
        }
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(30); k > 0; k--) {
                text.append(TOKENS.get(random.nextInt(TOKENS.size())));
            }
            corpus.add(text.toString());
        }
        int shortcuts = 0;
        for (String markdown : corpus) {
            String[] both = RENDERER.bothWays(markdown);
            if (both[2].equals("false")) {
                shortcuts++;
                assertEquals(both[1], both[0], "for: " + markdown);
            }
        }
        assertTrue(shortcuts > 1_000, "the shortcut was taken " + shortcuts + " times");
    }
}
