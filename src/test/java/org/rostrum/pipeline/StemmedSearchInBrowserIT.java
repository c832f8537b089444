package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * The site's language chooses the stemmer, at build time and in the browser: a German archive finds
 * {@code Steuern} for {@code Steuer} and {@code Straße} for {@code Straßen}; a Czech one (no stemmer)
 * finds words by their start only. Through the real script in headless Chromium, from {@code file://}.
 */
class StemmedSearchInBrowserIT {

    private static final String DEBATE = """
            -- content/debates/steuern/index.md --
            ---
            title: Sollen Städte Staus besteuern?
            date: 2020-05-01
            ---
            Einige Städte verlangen Gebühren für die Einfahrt.
            -- content/debates/steuern/comments.yaml --
            comments:
              - id: c0
                author: Anna
                body: Die Steuern treffen die Armen.
              - id: c1
                author: Jörg
                body: Die Straße vor dem Rathaus ist seitdem leer.
            """;

    @Test
    void aGermanSiteStemsGermanAndASiteWithoutAStemmerOnlyFolds(@TempDir Path dir) throws Exception {
        List<String> missing = new ArrayList<>();
        Optional<Browser.Tools> tools = Browser.findTools(missing);
        BrowserSite.require(tools.isPresent(), "browser tests skipped: missing " + String.join(", ", missing));
        Path german = build(dir.resolve("de"), "de-AT");
        Path czech = build(dir.resolve("cs"), "cs");
        Path profile = Files.createTempDirectory("rostrum-chromium");
        try (Browser browser = Browser.start(tools.get())) {
            Map<String, Object> steuer = search(browser, german, "Steuer");
            assertEquals("steu", steuer.get("stem"), "the manifest names the German stemmer");
            assertEquals(List.of("../debates/steuern/index.html#comment-c0"), steuer.get("hrefs"));
            assertEquals(List.of("Steuern"), steuer.get("marks"));
            Map<String, Object> strassen = search(browser, german, "Straßen");
            assertEquals(List.of("../debates/steuern/index.html#comment-c1"), strassen.get("hrefs"));
            assertEquals(List.of("Straße"), strassen.get("marks"));
            Map<String, Object> prefix = search(browser, czech, "Steuer");
            assertEquals("steuern", prefix.get("stem"), "no stemmer for Czech");
            assertEquals(List.of("../debates/steuern/index.html#comment-c0"), prefix.get("hrefs"),
                    "a prefix still matches");
            assertEquals(List.of(), search(browser, czech, "Straßen").get("hrefs"));
        } finally {
            InlineSite.deleteTree(profile);
        }
    }

    private static Path build(Path dir, String language) throws Exception {
        InlineSite mini = InlineSite.of(dir, """
                -- content/site.yaml --
                title: Suchtest
                base_url: https://example.org/
                language: %s
                """.formatted(language) + DEBATE);
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC())
                .build(mini.options().withOut(site));
        // A language without a table of interface strings (Czech) is shown in English, with a warning.
        assertEquals(List.of(), InlineSite.messages(result).stream()
                .filter(m -> !m.contains("has no interface strings for language")).toList());
        String manifest = Files.readString(site.resolve("search/index.js"));
        String id = language.startsWith("de") ? "de" : "none";
        assertTrue(manifest.startsWith("rostrumSearch.manifest({\"stemmer\":\"" + id + "\","), manifest);
        return site;
    }

    /** The stemmer the page uses, the links of the results and the marked words, for {@code query}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> search(Browser browser, Path site, String query) {
        browser.open(site.toUri() + "search/index.html?q=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8));
        return (Map<String, Object>) browser.asyncScript("""
                var done = arguments[arguments.length - 1];
                var s = window.rostrumSearch;
                (s.last || s.done).then(function () {
                  var items = document.querySelectorAll('#search-results li');
                  done({ stem: s.stem('Steuern'.toLowerCase()),
                    hrefs: Array.prototype.map.call(items, function (li) {
                      return li.querySelector('a').getAttribute('href'); }),
                    marks: Array.prototype.map.call(document.querySelectorAll('#search-results mark'),
                      function (m) { return m.textContent; }) });
                });
                """);
    }
}
