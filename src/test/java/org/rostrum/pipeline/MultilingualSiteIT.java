package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.FileTree;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * Builds the bilingual mini-archive of {@code src/test/resources/multilingual/} (German, the
 * default, and French; one debate and one page translated, one of each not) and compares it with the
 * golden copy under {@code src/test/resources/golden-multilingual/}. After an intended change,
 * rewrite the golden files with {@code -Dgolden.update=true} and review the diff.
 */
class MultilingualSiteIT {

    private static final Path CONTENT = Path.of("src/test/resources/multilingual/content");
    private static final Path GOLDEN = Path.of("src/test/resources/golden-multilingual");
    private static final String BASE = "https://forum.example.eu/";

    @TempDir
    Path dir;

    Path out;

    @BeforeEach
    void build() {
        out = dir.resolve("site");
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC())
                .build(BuildOptions.defaults().withContent(CONTENT).withOut(out));
        assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList());
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void buildsTheBilingualArchiveExactlyAsTheGoldenFiles() throws IOException {
        FileTree built = FileTree.of(out);
        FileTree.assertGolden(GOLDEN, built);
    }

    @Test
    void theTranslationsShareOneThreadAndLinkEachOther() throws IOException {
        Document de = page("debates/nato/index.html");
        Document fr = page("fr/debates/nato/index.html");
        assertEquals("de", de.selectFirst("html").attr("lang"));
        assertEquals("fr", fr.selectFirst("html").attr("lang"));
        assertEquals("Sollte Russland der NATO beitreten?", de.selectFirst("h1").text());
        assertEquals("La Russie devrait-elle rejoindre l'OTAN ?", fr.selectFirst("h1").text());
        List<String> deThread = de.select("li[id^=comment-]").eachAttr("id");
        assertEquals(List.of("comment-c1", "comment-c2", "comment-c3"), deThread);
        assertEquals(deThread, fr.select("li[id^=comment-]").eachAttr("id"));
        for (Document d : List.of(de, fr)) {
            assertEquals("de", d.selectFirst("#comment-c1 > article").attr("lang"));
            assertEquals("fr", d.selectFirst("#comment-c2 > article").attr("lang"));
            assertFalse(d.selectFirst("#comment-c3 > article").hasAttr("lang"));
            assertEquals(List.of("x-default", "de", "fr"), d.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
            assertEquals(List.of(BASE + "debates/nato/", BASE + "debates/nato/", BASE + "fr/debates/nato/"),
                    d.select("link[rel=alternate][hreflang]").eachAttr("href"));
            assertTrue(d.select(".untranslated").isEmpty());
            assertFalse(d.selectFirst("main").hasAttr("lang"));
        }
        assertEquals(List.of("Deutsch", "Français"), de.select("nav.languages li").eachText());
        assertEquals("../../fr/debates/nato/index.html", de.selectFirst("nav.languages a[hreflang=fr]").attr("href"));
        assertEquals("../../../debates/nato/index.html", fr.selectFirst("nav.languages a[hreflang=de]").attr("href"));
        assertEquals("true", fr.selectFirst("nav.languages span[lang=fr]").attr("aria-current"));
    }

    @Test
    void anUntranslatedDebateOrPageIsShownInItsLanguageAndMarked() throws IOException {
        Document energie = page("fr/debates/energie/index.html");
        assertEquals("fr", energie.selectFirst("html").attr("lang"));
        assertEquals("de", energie.selectFirst("main").attr("lang"));
        assertEquals("Wer bezahlt die Energiewende?", energie.selectFirst("h1").text());
        Element note = energie.selectFirst("main > p.untranslated");
        assertEquals("fr", note.attr("lang"));
        Document impressum = page("fr/impressum/index.html");
        assertEquals("de", impressum.selectFirst("main").attr("lang"));
        Document about = page("fr/about/index.html");
        assertFalse(about.selectFirst("main").hasAttr("lang"));
        assertTrue(about.text().contains("Le Forum Europa rassemble des débats de lecteurs."));
        assertTrue(page("about/index.html").text().contains("Das Forum Europa sammelt Leserdebatten."));
    }

    @Test
    void eachLanguageHasItsListsTopicsFeedsAndSitemap() throws IOException {
        assertEquals(List.of("Wer bezahlt die Energiewende?", "La Russie devrait-elle rejoindre l'OTAN ?"),
                page("fr/index.html").select(".card-title").eachText());
        assertEquals(List.of("Wer bezahlt die Energiewende?", "Sollte Russland der NATO beitreten?"),
                page("index.html").select(".card-title").eachText());
        assertTrue(page("fr/topics/index.html").text().contains("Politique étrangère"));
        assertTrue(page("topics/index.html").text().contains("Außenpolitik"));
        assertTrue(Files.isRegularFile(out.resolve("fr/topics/aussenpolitik/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("fr/people/anna-muster/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("fr/archive/2019/index.html")));
        String feed = Files.readString(out.resolve("fr/feed.xml"));
        assertTrue(feed.contains("La Russie devrait-elle rejoindre l&apos;OTAN ?")
                || feed.contains("La Russie devrait-elle rejoindre l'OTAN ?"), feed);
        assertTrue(feed.contains(BASE + "fr/debates/nato/"), feed);
        String sitemap = Files.readString(out.resolve("fr/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>" + BASE + "fr/debates/nato/</loc>"), sitemap);
        assertFalse(sitemap.contains("<loc>" + BASE + "debates/nato/</loc>"), sitemap);
        assertEquals("User-agent: *\nAllow: /\nSitemap: " + BASE + "sitemap.xml\nSitemap: " + BASE
                + "fr/sitemap.xml\n", Files.readString(out.resolve("robots.txt")));
        assertFalse(Files.exists(out.resolve("fr/robots.txt")));
    }

    @Test
    void eachLanguageHasItsOwnFullTextIndex() throws IOException {
        String fr = index("fr/search");
        String de = index("search");
        assertTrue(fr.contains("rejoindre") && !fr.contains("beitreten"), fr);
        assertTrue(de.contains("beitreten") && !de.contains("rejoindre"), de);
        assertTrue(fr.contains("Claire") && de.contains("Claire"), "the shared thread is in both");
    }

    /** Every file of a full-text index, one after the other. */
    private String index(String folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(out.resolve(folder))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                all.append(Files.readString(p));
            }
        }
        return all.toString();
    }

    @Test
    void everyAlternateAndEverySwitcherLinkLeadsToAPageThatExists() throws IOException {
        List<Path> pages = htmlPages();
        Pattern alternate = Pattern.compile("<link rel=\"alternate\" hreflang=\"[^\"]+\" href=\"([^\"]+)\">");
        int checked = 0;
        for (Path p : pages) {
            String html = Files.readString(p);
            Matcher m = alternate.matcher(html);
            while (m.find()) {
                String path = m.group(1).substring(BASE.length());
                Path target = out.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                assertTrue(Files.isRegularFile(target), out.relativize(p) + " names " + m.group(1));
                checked++;
            }
            for (Element a : Jsoup.parse(html).select("nav.languages a")) {
                Path target = p.getParent().resolve(a.attr("href")).normalize();
                assertTrue(Files.isRegularFile(target), out.relativize(p) + " links " + a.attr("href"));
            }
        }
        assertTrue(checked > 40, "alternates checked: " + checked);
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        List<Path> pages = htmlPages();
        List<String> errors = ValidHtmlIT.errors(out, pages);
        assertEquals(List.of(), errors);
    }

    private List<Path> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
