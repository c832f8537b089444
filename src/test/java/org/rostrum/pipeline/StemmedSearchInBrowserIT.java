package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
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
 * {@code Steuern} for {@code Steuer} and {@code Straße} for {@code Straßen}; a French one {@code impôt}
 * for {@code impôts}; a Spanish one {@code impuesto} for {@code impuestos}; a Russian one
 * {@code налог} for {@code налогами}; an Italian one {@code tassa} for {@code tasse}; a Portuguese one {@code eleições} for
 * {@code eleicoes} and {@code responsável} for {@code responsáveis}; a Dutch one {@code belasting}
 * for {@code belastingen}; an Arabic one {@code الضريبة} for {@code ضريبة}; a Czech one (no stemmer) finds words by their start only.
 * Through the real script in headless Chromium, from {@code file://}, with the search page's budget
 * (page, style and scripts, the language's stemmer included, under 50 kB) checked for each language.
 */
class StemmedSearchInBrowserIT {

    private static final String FRENCH = """
            -- content/debates/impots/index.md --
            ---
            title: Faut-il baisser les taxes des villes ?
            date: 2020-05-01
            ---
            Les villes débattent des péages.
            -- content/debates/impots/comments.yaml --
            comments:
              - id: c0
                author: Anne
                body: Un impôt de plus frappe les pauvres.
              - id: c1
                author: Jérôme
                body: Les hausses ont été décidées sans nous.
            """;

    private static final String SPANISH = """
            -- content/debates/impuestos/index.md --
            ---
            title: ¿Deben bajar las tasas de las ciudades?
            date: 2020-05-01
            ---
            Las ciudades debaten los peajes.
            -- content/debates/impuestos/comments.yaml --
            comments:
              - id: c0
                author: Ana
                body: Un impuesto más golpea a los pobres.
            """;

    private static final String RUSSIAN = """
            -- content/debates/nalogi/index.md --
            ---
            title: Нужно ли снижать сборы городов?
            date: 2020-05-01
            ---
            Города обсуждают платные дороги.
            -- content/debates/nalogi/comments.yaml --
            comments:
              - id: c0
                author: Анна
                body: Новый налог бьёт по бедным.
            """;

    private static final String ITALIAN = """
            -- content/debates/tasse/index.md --
            ---
            title: Le città devono alzare le imposte?
            date: 2020-05-01
            ---
            I comuni discutono dei pedaggi.
            -- content/debates/tasse/comments.yaml --
            comments:
              - id: c0
                author: Anna
                body: Una tassa in più colpisce i poveri.
              - id: c1
                author: Niccolò
                body: La responsabilità è del sindaco.
            """;

    private static final String PORTUGUESE = """
            -- content/debates/impostos/index.md --
            ---
            title: As cidades devem aumentar os impostos?
            date: 2020-05-01
            ---
            As câmaras discutem as portagens.
            -- content/debates/impostos/comments.yaml --
            comments:
              - id: c0
                author: Ana
                body: As eleições decidirão.
              - id: c1
                author: João
                body: O prefeito é o responsável.
            """;

    private static final String DUTCH = """
            -- content/debates/belasting/index.md --
            ---
            title: Moeten steden de heffingen verhogen?
            date: 2020-05-01
            ---
            De gemeenten bespreken de tolheffing.
            -- content/debates/belasting/comments.yaml --
            comments:
              - id: c0
                author: Anna
                body: Een nieuwe belasting treft de armen.
              - id: c1
                author: Joëlle
                body: De ideeën van de wethouders zijn duidelijk.
            """;

    private static final String ARABIC = """
            -- content/debates/daraib/index.md --
            ---
            title: هل يجب على المدن رفع الرسوم؟
            date: 2020-05-01
            ---
            تناقش البلديات رسوم الطرق.
            -- content/debates/daraib/comments.yaml --
            comments:
              - id: c0
                author: سلمى
                body: الضريبة الجديدة تضر الفقراء.
            """;

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
        Path german = build(dir.resolve("de"), "de-AT", DEBATE);
        Path czech = build(dir.resolve("cs"), "cs", DEBATE);
        Path french = build(dir.resolve("fr"), "fr-CA", FRENCH);
        Path spanish = build(dir.resolve("es"), "es", SPANISH);
        Path russian = build(dir.resolve("ru"), "ru", RUSSIAN);
        Path italian = build(dir.resolve("it"), "it", ITALIAN);
        Path portuguese = build(dir.resolve("pt"), "pt-BR", PORTUGUESE);
        Path dutch = build(dir.resolve("nl"), "nl-BE", DUTCH);
        Path arabic = build(dir.resolve("ar"), "ar", ARABIC);
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
            Map<String, Object> impots = search(browser, french, "impôts");
            assertEquals(List.of("../debates/impots/index.html#comment-c0"), impots.get("hrefs"), "a plural finds the singular");
            assertEquals(List.of("impôt"), impots.get("marks"));
            Map<String, Object> decider = search(browser, french, "decider");
            assertEquals(List.of("../debates/impots/index.html#comment-c1"), decider.get("hrefs"),
                    "an infinitive without its accent finds the participle");
            assertEquals(List.of("décidées"), decider.get("marks"));
            Map<String, Object> impuestos = search(browser, spanish, "impuestos");
            assertEquals(List.of("../debates/impuestos/index.html#comment-c0"), impuestos.get("hrefs"));
            assertEquals(List.of("impuesto"), impuestos.get("marks"));
            Map<String, Object> nalogi = search(browser, russian, "налогами");
            assertEquals(List.of("../debates/nalogi/index.html#comment-c0"), nalogi.get("hrefs"));
            assertEquals(List.of("налог"), nalogi.get("marks"));
            Map<String, Object> tasse = search(browser, italian, "tasse");
            assertEquals(List.of("../debates/tasse/index.html#comment-c0"), tasse.get("hrefs"));
            assertEquals(List.of("tassa"), tasse.get("marks"));
            Map<String, Object> responsabile = search(browser, italian, "responsabile");
            assertEquals(List.of("../debates/tasse/index.html#comment-c1"), responsabile.get("hrefs"),
                    "an adjective finds its noun in -ità");
            assertEquals(List.of("responsabilità"), responsabile.get("marks"));
            Map<String, Object> eleicoes = search(browser, portuguese, "eleicoes");
            assertEquals(List.of("../debates/impostos/index.html#comment-c0"), eleicoes.get("hrefs"),
                    "a word typed without its accents");
            assertEquals(List.of("eleições"), eleicoes.get("marks"));
            Map<String, Object> responsaveis = search(browser, portuguese, "responsáveis");
            assertEquals(List.of("../debates/impostos/index.html#comment-c1"), responsaveis.get("hrefs"));
            assertEquals(List.of("responsável"), responsaveis.get("marks"));
            Map<String, Object> belastingen = search(browser, dutch, "belastingen");
            assertEquals(List.of("../debates/belasting/index.html#comment-c0"), belastingen.get("hrefs"));
            assertEquals(List.of("belasting"), belastingen.get("marks"));
            Map<String, Object> wethouder = search(browser, dutch, "wethouder");
            assertEquals(List.of("../debates/belasting/index.html#comment-c1"), wethouder.get("hrefs"));
            assertEquals(List.of("wethouders"), wethouder.get("marks"));
            Map<String, Object> daribah = search(browser, arabic, "ضريبة");
            assertEquals(List.of("../debates/daraib/index.html#comment-c0"), daribah.get("hrefs"),
                    "a word without the article finds it with the article");
            assertEquals(List.of("الضريبة"), daribah.get("marks"));
        } finally {
            InlineSite.deleteTree(profile);
        }
    }

    private static Path build(Path dir, String language, String debate) throws Exception {
        InlineSite mini = InlineSite.of(dir, """
                -- content/site.yaml --
                title: Suchtest
                base_url: https://example.org/
                language: %s
                """.formatted(language) + debate);
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC())
                .build(mini.options().withOut(site));
        // A language without a table of interface strings (Czech) is shown in English, with a warning.
        assertEquals(List.of(), InlineSite.messages(result).stream()
                .filter(m -> !m.contains("has no interface strings for language")).toList());
        String manifest = Files.readString(site.resolve("search/index.js"));
        String id = language.startsWith("cs") ? "none" : language.substring(0, 2);
        assertTrue(manifest.startsWith("rostrumSearch.manifest({\"stemmer\":\"" + id + "\","), manifest);
        return site;
    }

    /**
     * The stemmer the page uses, the links of the results and the marked words, for {@code query};
     * and the page's budget checked: what the page loaded outside the index (the page, its style, its
     * scripts with the language's stemmer, the icon) stays under 50 kB.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> search(Browser browser, Path site, String query) throws IOException {
        browser.drainProblems(List.of());
        browser.open(site.toUri() + "search/index.html?q=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Object> found = (Map<String, Object>) browser.asyncScript("""
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
        long page = 0;
        List<String> files = new ArrayList<>();
        for (String url : browser.drainProblems(List.of()).requests()) {
            if (!url.startsWith("file:")) {
                continue;   // the browser's own pages
            }
            assertTrue(url.startsWith(site.toUri().toString()), "a request outside the site: " + url);
            Path file = Path.of(URI.create(url.replaceAll("[?#].*", "")));
            String path = site.relativize(file).toString().replace('\\', '/');
            if (!path.startsWith("search/") || path.equals("search/index.html")) {
                page += Files.size(file);
                files.add(path);
            }
        }
        assertTrue(files.contains("static/search.js") && page < 50_000,
                "the page, its style and scripts: " + page + " bytes, " + files);
        return found;
    }
}
