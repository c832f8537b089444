package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
import org.rostrum.diag.Diagnostics;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Site;
import org.rostrum.output.SiteWriter;
import org.rostrum.render.Theme;
import org.rostrum.source.CommentReader;
import org.rostrum.source.ContentLoader;
import org.rostrum.thread.CommentThreader;

/**
 * The bilingual mini-archive of {@code src/test/resources/multilingual/} with
 * {@code default_language_in_folder: true}, an old address of a debate and a redirect: German under
 * {@code /de/} like French under {@code /fr/}, and at the root only what must be there.
 */
class LanguageFoldersIT {

    private static final Path ARCHIVE = Path.of("src/test/resources/multilingual/content");
    private static final String BASE = "https://forum.example.eu/";

    @TempDir
    Path dir;

    Path content;
    Path out;
    BuildResult first;

    @BeforeEach
    void build() throws IOException {
        content = dir.resolve("content");
        try (Stream<Path> walk = Files.walk(ARCHIVE)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = content.resolve(ARCHIVE.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                + "default_language_in_folder: true\n");
        Path nato = content.resolve("debates/nato/index.md");
        Files.writeString(nato, Files.readString(nato).replaceFirst("\ntopics:", "\naliases: [/2019/01/nato/]\ntopics:"));
        Files.writeString(content.resolve("redirects.yaml"), "\"/ueber-uns/\": \"/about/\"\n");
        out = dir.resolve("site");
        first = build(out);
        assertEquals(List.of(), first.diagnostics().stream().map(Object::toString).toList());
    }

    private BuildResult build(Path into) {
        return new SiteBuild(new MarkdownRenderer(), Clock.systemUTC())
                .build(BuildOptions.defaults().withContent(content).withOut(into));
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void theRootHoldsOnlyWhatMustBeThereAndEachLanguageItsFolder() throws IOException {
        Set<String> root = new TreeSet<>();
        try (Stream<Path> list = Files.list(out)) {
            list.forEach(p -> root.add(p.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(List.of(".htaccess", SiteWriter.MARKER, "2019", "404.html", "_redirects", "de",
                "fr", "index.html", "redirects.nginx.conf", "robots.txt", "ueber-uns")), root);
        for (String lang : List.of("de", "fr")) {
            for (String path : List.of("index.html", "debates/nato/index.html", "debates/energie/index.html",
                    "about/index.html", "topics/aussenpolitik/index.html", "people/anna-muster/index.html",
                    "archive/2019/index.html", "feed.xml", "sitemap.xml", "search-index.json", "404.html",
                    "static/redirect.js")) {
                assertTrue(Files.isRegularFile(out.resolve(lang).resolve(path)), lang + "/" + path);
            }
            assertTrue(Files.isDirectory(out.resolve(lang + "/search")), lang + "/search");
        }
        assertEquals("Sollte Russland der NATO beitreten?", page("de/debates/nato/index.html").selectFirst("h1").text());
        assertEquals("de", page("de/index.html").selectFirst("html").attr("lang"));
        assertEquals("User-agent: *\nAllow: /\nSitemap: " + BASE + "de/sitemap.xml\nSitemap: " + BASE
                + "fr/sitemap.xml\n", Files.readString(out.resolve("robots.txt")));
        assertEquals(Files.readString(out.resolve("de/404.html")), Files.readString(out.resolve("404.html")));
        assertTrue(page("404.html").selectFirst("link[rel=stylesheet]").attr("href").startsWith("/de/static/"));
    }

    @Test
    void theRootPageSendsReadersToTheDefaultLanguageAndNamesEveryLanguage() throws IOException {
        Document root = page("index.html");
        assertEquals("0; url=de/", root.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("de/", root.selectFirst("a#moved-to").attr("href"));
        assertEquals(BASE + "de/", root.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(List.of("x-default", "de", "fr"), root.select("link[rel=alternate]").eachAttr("hreflang"));
        assertEquals(List.of(BASE + "de/", BASE + "de/", BASE + "fr/"), root.select("link[rel=alternate]").eachAttr("href"));
        assertEquals(List.of("de/static/redirect.js"), root.select("script").eachAttr("src"));
        assertTrue(root.select("script:not([src])").isEmpty(), "no inline script");
        assertTrue(Files.isRegularFile(out.resolve("de/static/redirect.js")));
    }

    @Test
    void everyAlternateAndSwitcherLinkLeadsToAPageThatExists() throws IOException {
        Pattern alternate = Pattern.compile("<link rel=\"alternate\" hreflang=\"[^\"]+\" href=\"([^\"]+)\">");
        int checked = 0;
        int switched = 0;
        for (Path p : htmlPages()) {
            String html = Files.readString(p);
            Matcher m = alternate.matcher(html);
            while (m.find()) {
                String path = m.group(1).substring(BASE.length());
                assertTrue(path.startsWith("de/") || path.startsWith("fr/"), out.relativize(p) + " names " + m.group(1));
                Path target = out.resolve(path.endsWith("/") ? path + "index.html" : path);
                assertTrue(Files.isRegularFile(target), out.relativize(p) + " names " + m.group(1));
                checked++;
            }
            for (Element a : Jsoup.parse(html).select("nav.languages a")) {
                Path target = p.getParent().resolve(a.attr("href")).normalize();
                assertTrue(target.startsWith(out) && Files.isRegularFile(target), out.relativize(p) + " links " + a.attr("href"));
                switched++;
            }
        }
        assertTrue(checked > 40 && switched > 20, checked + " alternates, " + switched + " switcher links");
        Document de = page("de/debates/nato/index.html");
        assertEquals(List.of(BASE + "de/debates/nato/", BASE + "de/debates/nato/", BASE + "fr/debates/nato/"),
                de.select("link[rel=alternate][hreflang]").eachAttr("href"));
        assertEquals("../../../fr/debates/nato/index.html", de.selectFirst("nav.languages a[hreflang=fr]").attr("href"));
        assertEquals("../../../de/debates/nato/index.html",
                page("fr/debates/nato/index.html").selectFirst("nav.languages a[hreflang=de]").attr("href"));
    }

    @Test
    void feedsSitemapsAndSearchNameTheFolders() throws IOException {
        String feed = Files.readString(out.resolve("de/feed.xml"));
        assertTrue(feed.contains("href=\"" + BASE + "de/feed.xml\""), feed);
        assertTrue(feed.contains(BASE + "de/debates/nato/") && !feed.contains("\"" + BASE + "debates/"), feed);
        String sitemap = Files.readString(out.resolve("de/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>" + BASE + "de/debates/nato/</loc>"), sitemap);
        assertFalse(sitemap.contains("<loc>" + BASE + "debates/"), sitemap);
        assertTrue(Files.readString(out.resolve("de/search-index.json")).contains("debates/nato/"));
        assertFalse(Files.exists(out.resolve("search")));
        assertEquals(BASE + "de/debates/nato/",
                page("de/debates/nato/index.html").selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void oldAddressesStayAtTheRootAndLeadToTheDefaultLanguage() throws IOException {
        Document alias = page("2019/01/nato/index.html");
        assertEquals("0; url=../../../de/debates/nato/index.html", alias.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals(BASE + "de/debates/nato/", alias.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("../../../de/static/redirect.js", alias.selectFirst("script").attr("src"));
        Document redirect = page("ueber-uns/index.html");
        assertEquals("0; url=../de/about/", redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("# Old addresses, moved permanently (written by Rostrum)\n/2019/01/nato/ /de/debates/nato/ 301\n/ueber-uns/ /de/about/ 301\n",
                Files.readString(out.resolve("_redirects")));
        String nginx = Files.readString(out.resolve("redirects.nginx.conf"));
        assertTrue(nginx.contains("/de/debates/nato/") && nginx.contains("/de/about/"), nginx);
        String apache = Files.readString(out.resolve(".htaccess"));
        assertTrue(apache.contains("/de/debates/nato/") && apache.contains("/de/about/"), apache);
    }

    @Test
    void theLinkCheckerKnowsEveryFileOfTheDefaultLanguage() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        MarkdownRenderer markdown = new MarkdownRenderer();
        Site site = new ContentLoader(markdown).load(content, diagnostics);
        CommentReader comments = new CommentReader(content, site.config());
        LinkChecker checker = new LinkChecker(new Site(site.config(), site.debates(), site.people(), site.topics(),
                site.pages(), site.redirects(), site.translations()), site.debates(),
                Theme.open(BuildOptions.defaults().withContent(content).templates()).staticFiles().keySet(),
                d -> new CommentThreader().thread(comments.read(d.directory(), diagnostics), diagnostics));
        Set<String> written = new TreeSet<>();
        for (String path : FileTree.of(out).paths()) {
            if (path.startsWith("de/") && !path.matches("de/search/[tdm]/.*\\.js")) {
                written.add(path.substring(3));
            }
        }
        Set<String> known = new TreeSet<>(checker.files());
        known.removeIf(p -> List.of("robots.txt", "_redirects", "redirects.nginx.conf", ".htaccess").contains(p)
                || p.startsWith("2019/") || p.startsWith("ueber-uns/"));
        assertEquals(written, known);
    }

    @Test
    void aRebuildWithNothingChangedWritesNothing() throws IOException {
        FileTree before = FileTree.of(out);
        BuildResult again = build(out);
        assertEquals(List.of(), again.diagnostics());
        assertEquals(0, again.files(), "nothing changed, nothing written");
        assertEquals(first.files(), again.unchanged());
        FileTree.assertSame(before, FileTree.of(out), "the first build");
    }

    @Test
    void turningTheSettingOnAndOffMovesTheDefaultLanguageAndLeavesNoOldFile() throws IOException {
        Path site = content.resolve("site.yaml");
        String on = Files.readString(site);
        Files.writeString(site, on.replace("default_language_in_folder: true\n", ""));
        assertEquals(List.of(), build(out).diagnostics());
        assertTrue(Files.isRegularFile(out.resolve("debates/nato/index.html")));
        assertFalse(Files.exists(out.resolve("de")), "no file of the German folder is left");
        Files.writeString(site, on);
        assertEquals(List.of(), build(out).diagnostics());
        FileTree.assertSame(FileTree.of(dir.resolve("site")), buildFresh(), "a build into an empty folder");
    }

    private FileTree buildFresh() {
        Path fresh = dir.resolve("fresh");
        assertEquals(List.of(), build(fresh).diagnostics());
        return FileTree.of(fresh);
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        assertEquals(List.of(), ValidHtmlIT.errors(out, htmlPages()));
    }

    private List<Path> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
