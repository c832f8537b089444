package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The redirect maps the build writes beside the redirect pages: nginx serving the built site
 * with the generated include answers 301 to the new address for every alias; {@code _redirects}
 * and {@code .htaccess}, parsed, say the same.
 */
class RedirectMapsIT {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    /** Every alias of the site below, as a browser asks for it, and the page it must lead to. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("/2019/01/votes-at-16/", "debates/votes/");
        EXPECTED.put("/2019/01/votes-at-16", "debates/votes/");
        EXPECTED.put("/old/votes.html", "debates/votes/");
        EXPECTED.put("/2019/02/%D0%BF%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B0/", "debates/army/");
        EXPECTED.put("/2019/02/%C3%BCber-uns/", "debates/army/");
        EXPECTED.put("/tag/a%20b:c*/", "debates/army/");
        EXPECTED.put("/category/security/", "topics/security/");
        EXPECTED.put("/category/security/feed/", "topics/security/feed.xml");
        EXPECTED.put("/feed/", "feed.xml");
        EXPECTED.put("/2019/", "archive/2024/");
        EXPECTED.put("/team-page/", "about/team/");
        EXPECTED.put("/tag/budget-cuts/", "search/?q=budget%20cuts");
        EXPECTED.put("/topics/securite/", "topics/security/");
        EXPECTED.put("/tag/%D0%BF%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B0/page/2/",
                "search/?q=%D0%9F%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B0&kind=debate");
    }

    private static InlineSite site(Path dir, String baseUrl) {
        return site(dir, baseUrl, "");
    }

    /** The site below with {@code settings} (whole lines) added to its {@code site.yaml}. */
    private static InlineSite site(Path dir, String baseUrl, String settings) {
        return InlineSite.of(dir, """
                -- content/site.yaml --
                title: Test Archive
                base_url: %s
                %s-- content/debates/votes/index.md --
                ---
                title: Votes at 16?
                date: 2024-01-01
                aliases: [/2019/01/votes-at-16/, /old/votes.html]
                ---
                Body.
                -- content/debates/army/index.md --
                ---
                title: An army?
                date: 2024-02-01
                aliases: ["/2019/02/политика/", "/2019/02/%%C3%%BCber-uns/", "/tag/a b:c*/"]
                topics: [Security]
                ---
                Body.
                -- content/pages/about.md --
                ---
                title: About
                ---
                Us.
                -- content/pages/about/team.md --
                ---
                title: The team
                aliases: [/team-page/]
                ---
                We.
                -- content/topics.yaml --
                Security:
                  description: Armies and alliances.
                  aliases: [/topics/securite/]
                -- content/redirects.yaml --
                /category/security/: /topics/security/
                "/category/security/feed/": /topics/security/feed.xml
                /feed/: /feed.xml
                2019: /archive/2024/
                /tag/budget-cuts/: /search/?q=budget%%20cuts
                /tag/политика/page/2/: /search/?q=Политика&kind=debate
                """.formatted(baseUrl, settings));
    }

    @Test
    void nginxWithTheGeneratedIncludeAnswers301ToTheNewAddressForEveryAlias(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(NGINX), "nginx is not installed at " + NGINX);
        int port = Nginx.freePort();
        InlineSite site = site(dir, Nginx.baseUrl(port));
        BuildResult built = site.build();
        assertFalse(built.failed(), built.diagnostics().toString());
        String include = site.out().resolve("redirects.nginx.conf").toAbsolutePath().toString();
        try (Nginx nginx = Nginx.serve(NGINX, site.out(), dir.resolve("nginx"), port,
                "include " + include + ";",
                "if ($rostrum_redirect) { return 301 $rostrum_redirect; }")) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
                URI asked = URI.create(nginx.baseUrl() + e.getKey().substring(1));
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(asked).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(301, response.statusCode(), asked.toString());
                URI location = asked.resolve(response.headers().firstValue("Location").orElseThrow());
                assertEquals(nginx.baseUrl() + e.getValue(), location.toString(), asked.toString());
            }
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(nginx.baseUrl()
                    + "debates/votes/")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), "the debate itself is not redirected");
        }
    }

    @Test
    void withEveryLanguageInItsFolderEveryAliasLeadsToTheDefaultLanguagesFolder(@TempDir Path dir)
            throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(NGINX), "nginx is not installed at " + NGINX);
        int port = Nginx.freePort();
        InlineSite site = site(dir, Nginx.baseUrl(port), "languages: [en, de]\ndefault_language_in_folder: true\n");
        BuildResult built = site.build();
        assertFalse(built.failed(), built.diagnostics().toString());
        String include = site.out().resolve("redirects.nginx.conf").toAbsolutePath().toString();
        try (Nginx nginx = Nginx.serve(NGINX, site.out(), dir.resolve("nginx"), port,
                "include " + include + ";",
                "if ($rostrum_redirect) { return 301 $rostrum_redirect; }")) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
                URI asked = URI.create(nginx.baseUrl() + e.getKey().substring(1));
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(asked).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(301, response.statusCode(), asked.toString());
                URI location = asked.resolve(response.headers().firstValue("Location").orElseThrow());
                assertEquals(nginx.baseUrl() + "en/" + e.getValue(), location.toString(), asked.toString());
                String path = URI.create(nginx.baseUrl()).relativize(location).getPath();
                String target = path.endsWith("/") ? path + "index.html" : path;
                assertTrue(Files.isRegularFile(site.out().resolve(target)), target);
            }
        }
        assertEquals("0; url=../../en/topics/security/", Jsoup.parse(site.read("category/security/index.html"))
                .selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void theNetlifyFileHasA301ForEveryAliasUnderTheBasePath(@TempDir Path dir) throws Exception {
        InlineSite site = site(dir, "https://example.org/blog/");
        assertFalse(site.build().failed());
        Map<String, String> rules = new LinkedHashMap<>();
        for (String line : site.read("_redirects").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(" ");
            assertEquals(3, fields.length, line);
            assertEquals("301", fields[2], line);
            assertTrue(fields[0].matches("[A-Za-z0-9/%._~-]+"), "no placeholder or splat: " + line);
            rules.put(fields[0], fields[1]);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        EXPECTED.forEach((from, to) -> {
            if (!from.equals("/2019/01/votes-at-16")) {
                expected.put("/blog" + from.replace("%20", "%20").replace(":", "%3A").replace("*", "%2A"),
                        "/blog/" + to);
            }
        });
        assertEquals(expected, rules);
    }

    @Test
    void theApacheFileRewritesEveryAliasAndNothingElse(@TempDir Path dir) throws Exception {
        InlineSite site = site(dir, "https://example.org/blog/");
        assertFalse(site.build().failed());
        String htaccess = site.read(".htaccess");
        assertTrue(htaccess.contains("\nRewriteEngine On\n"), htaccess);
        Pattern rule = Pattern.compile("RewriteRule (\\S+) (\\S+) \\[R=301,L,NE\\]");
        Map<Pattern, String> rules = new LinkedHashMap<>();
        for (String line : htaccess.split("\n")) {
            if (line.startsWith("RewriteRule")) {
                Matcher m = rule.matcher(line);
                assertTrue(m.matches(), line);
                assertFalse(m.group(2).matches(".*[^\\\\]%.*"), "a % is escaped, or mod_rewrite reads %N: " + line);
                rules.put(Pattern.compile(m.group(1)), m.group(2).replace("\\%", "%"));
            }
        }
        assertEquals(13, rules.size(), htaccess);
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            // Apache matches the decoded path below the folder of .htaccess, byte by byte.
            String asked = bytes(URI.create("http://x" + e.getKey()).getPath().substring(1));
            List<String> targets = rules.entrySet().stream().filter(r -> r.getKey().matcher(asked).matches())
                    .map(Map.Entry::getValue).toList();
            assertEquals(List.of("/blog/" + e.getValue()), targets, e.getKey());
        }
        assertTrue(rules.keySet().stream().noneMatch(p -> p.matcher("2019/01/votes-at-16/x/").matches()),
                "a rule matches only its own address, not what is below it");
    }

    @Test
    void theSitesOwnRedirectsGetRedirectPagesToo(@TempDir Path dir) throws Exception {
        InlineSite site = site(dir, "https://example.org/");
        assertFalse(site.build().failed());
        assertEquals("0; url=../../topics/security/", Jsoup.parse(site.read("category/security/index.html"))
                .selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("0; url=../feed.xml", Jsoup.parse(site.read("feed/index.html"))
                .selectFirst("meta[http-equiv=refresh]").attr("content"));
        Document search = Jsoup.parse(site.read("tag/политика/page/2/index.html"));
        assertEquals("0; url=../../../../search/?q=%D0%9F%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B0&kind=debate",
                search.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://example.org/search/?q=%D0%9F%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B0&kind=debate",
                search.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void pagesNestInFoldersAndKeepTheirOldAddresses(@TempDir Path dir) throws Exception {
        InlineSite site = site(dir, "https://example.org/");
        assertEquals(List.of(), InlineSite.messages(site.build()));
        Document team = Jsoup.parse(site.read("about/team/index.html"));
        assertEquals("We.", team.selectFirst("main p").text());
        assertEquals("0; url=../about/team/", Jsoup.parse(site.read("team-page/index.html"))
                .selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void reportsRedirectsThatLeadNowhereOrCannotBeRead(@TempDir Path dir) {
        InlineSite site = site(dir, "https://example.org/");
        site.write("""
                -- content/pages/about.md --
                ---
                title: About
                ---
                Us.
                -- content/pages/about/team.md --
                ---
                title: The team
                aliases: [/team-page/]
                ---
                We.
                -- content/redirects.yaml --
                /category/economy/: /topics/economy/
                /a/../b/: /feed.xml
                /tag/x/: topics/x/
                /tag/y/: [/feed.xml]
                /feed/: /feed.xml
                feed: /archive/
                /tag/z/: /search/?
                /tag/w/: /search/?q=a#b
                /tag/v/: /nowhere/?q=v
                /tag/u/: /search/?q=u
                """);
        assertEquals(List.of(
                "content/redirects.yaml:1:21: error: redirect of /category/economy/: link to missing topic '/topics/economy/'",
                "content/redirects.yaml:2:1: error: invalid old path '/a/../b/': '..' is not allowed",
                "content/redirects.yaml:3:10: error: invalid new path 'topics/x/': write a path from the site root,"
                        + " e.g. /topics/security/",
                "content/redirects.yaml:4:10: error: the new path of '/tag/y/' must be a path such as /topics/security/,"
                        + " not a list",
                "content/redirects.yaml:6:1: error: old path '/feed/' is redirected twice",
                "content/redirects.yaml:7:10: error: invalid new path '/search/?': a query must be written after '?'"
                        + " without spaces, e.g. /search/?q=budget%20cuts",
                "content/redirects.yaml:8:10: error: invalid new path '/search/?q=a#b': '#', backslashes and control"
                        + " characters are not allowed",
                "content/redirects.yaml:9:10: error: redirect of /tag/v/: link to missing page '/nowhere/?q=v'"),
                InlineSite.messages(site.check()).stream().map(m -> m.replace(dir + "/", "")).toList());
    }

    @Test
    void aTopicsOldAddressGetsARedirectPageAndIsCheckedAsAnAlias(@TempDir Path dir) throws Exception {
        InlineSite site = site(dir, "https://example.org/");
        assertEquals(List.of(), InlineSite.messages(site.build()));
        assertEquals("0; url=../../topics/security/", Jsoup.parse(site.read("topics/securite/index.html"))
                .selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("Armies and alliances.", Jsoup.parse(site.read("topics/security/index.html"))
                .selectFirst(".lead").text());

        site.write("""
                -- content/topics.yaml --
                Security:
                  description: Armies and alliances.
                  aliases: [/topics/securite/, "/a/../b/", /feed/, [x]]
                Economy:
                  aliases: [/topics/oekonomie/]
                Army: [nope]
                """);
        assertEquals(List.of(
                "content/topics.yaml:3:32: error: invalid alias '/a/../b/': '..' is not allowed",
                "content/topics.yaml:3:44: error: old path '/feed/' is redirected twice",
                "content/topics.yaml:3:52: error: an alias must be a path, not a list",
                "content/topics.yaml:4:1: warning: topic 'Economy' is described in topics.yaml but no debate uses it",
                "content/topics.yaml:5:13: error: redirect of /topics/oekonomie/: link to missing topic '/topics/economy/'",
                "content/topics.yaml:6:1: warning: topic 'Army' is described in topics.yaml but no debate uses it",
                "content/topics.yaml:6:7: error: the description of topic 'Army' must be text, not a list"),
                InlineSite.messages(site.check()).stream().map(m -> m.replace(dir + "/", "")).toList());
    }

    @Test
    void aSiteWithoutAliasesWritesNoMaps(@TempDir Path dir) throws Exception {
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + """
                -- content/debates/votes/index.md --
                ---
                title: Votes at 16?
                date: 2024-01-01
                ---
                Body.
                """);
        assertFalse(site.build().failed());
        for (String name : List.of("_redirects", "redirects.nginx.conf", ".htaccess")) {
            assertFalse(Files.exists(site.out().resolve(name)), name);
        }
    }

    @Test
    void theRedirectPageKeepsTheFragmentWithJavaScriptAndRefreshesWithout(@TempDir Path dir) throws Exception {
        InlineSite site = site(dir, "https://example.org/");
        assertFalse(site.build().failed());
        Document page = Jsoup.parse(site.read("2019/01/votes-at-16/index.html"));
        assertEquals("0; url=../../../debates/votes/index.html",
                page.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("../../../debates/votes/index.html", page.getElementById("moved-to").attr("href"));
        assertEquals("../../../static/redirect.js", page.selectFirst("script").attr("src"));
        assertTrue(site.read("static/redirect.js").contains(
                "location.replace(to.href + location.hash);"), "the script keeps the fragment");
    }

    /** The UTF-8 bytes of {@code text}, one char each, as a byte-wise regular expression sees them. */
    private static String bytes(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
