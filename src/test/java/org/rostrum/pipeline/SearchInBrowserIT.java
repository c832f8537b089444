package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.ValueSource;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * The search page of a mini-site in headless Chromium, opened from {@code file://} and from nginx
 * under {@code /archive/}: words of titles, prompts, responses and comments are found, a comment
 * deep in a split thread links to its part and is the target there, quoted phrases and filters
 * work, hostile comment text stays text, the address keeps the query and Back returns to the last
 * search, and each query loads only a few small files (bytes counted from the browser's own
 * requests). See {@link BrowserExtension} for when these tests are skipped.
 */
@ExtendWith(BrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchInBrowserIT {

    private static final String HOSTILE = "zebra <img src=x onerror=window.hacked=1> <script>window.hacked=2</script>";
    private static final String DEEP = "debates/congestion/comments/3/index.html#comment-c4";

    private Path site;
    private Nginx nginx;
    private Browser browser;

    /** A search result as shown: link, title, the line under it, the excerpt and its marked words. */
    record Result(String href, String title, String meta, String excerpt, List<String> marks) {
    }

    @BeforeAll
    void start(@TempDir Path dir, Browser.Tools tools, Browser browser) throws Exception {
        this.browser = browser;
        int port = Nginx.freePort();
        InlineSite mini = InlineSite.of(dir, """
                -- content/site.yaml --
                title: Search Test
                base_url: https://example.org/
                comments:
                  per_page: 2
                -- content/people/tomas-kralik.yaml --
                name: Tomáš Králík
                role: Professor
                -- content/debates/congestion/index.md --
                ---
                title: Should cities tax congestion?
                date: 2020-05-01
                topics: [Economy]
                ---
                Cities from London to Stockholm charge drivers to enter their centres.

                ::: reader Lukáš Novák
                Would tramways not be better than a charge?
                :::

                ::: response tomas-kralik
                Bicycles and tramways both help, but a charge pays for them.
                :::
                -- content/debates/congestion/comments.yaml --
                comments:
                  - id: c0
                    author: Anna
                    body: A charge is a tax on the poor.
                  - id: c1
                    author: Ben
                    body: It worked in Stockholm.
                  - id: c2
                    author: "<b>Mallory</b>"
                    body: "%s"
                  - id: c3
                    author: Dora
                    body: Nobody mentions the museum district.
                  - id: c4
                    author: Emil
                    date: 2021-02-03
                    body: I counted seventeen tanks outside the war museum last week.
                -- content/debates/museums/index.md --
                ---
                title: Who should fund the museum?
                date: 2019-03-01
                topics: [Culture]
                ---
                Public money for culture, or private donors?
                """.formatted(HOSTILE));
        site = dir.resolve("site");
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).build(
                mini.options().withOut(site).withBaseUrl(Optional.of(Nginx.baseUrl(port))));
        assertEquals(List.of(), InlineSite.messages(result));
        nginx = Nginx.serve(tools.nginx(), site, dir.resolve("nginx"), port);
    }

    @AfterAll
    void stop() {
        if (nginx != null) {
            nginx.close();
        }
    }

    private String root(String where) {
        return where.equals("file") ? site.toUri().toString() : nginx.baseUrl();
    }

    /** Opens the search page with {@code query} and returns what it shows once the search is done. */
    private List<Result> search(String where, String query) {
        browser.drainProblems(List.of());
        browser.open(root(where) + "search/index.html?" + query);
        return results();
    }

    @SuppressWarnings("unchecked")
    private List<Result> results() {
        List<Map<String, Object>> raw = (List<Map<String, Object>>) browser.asyncScript("""
                var done = arguments[arguments.length - 1];
                var s = window.rostrumSearch;
                (s.last || s.done).then(function () {
                  done(Array.prototype.map.call(document.querySelectorAll('#search-results li'), function (li) {
                    return { href: li.querySelector('a').getAttribute('href'), title: li.querySelector('a').textContent,
                      meta: li.querySelector('.meta').textContent, excerpt: li.querySelector('.summary').textContent,
                      marks: Array.prototype.map.call(li.querySelectorAll('mark'), function (m) { return m.textContent; }) };
                  }));
                });
                """);
        return raw.stream().map(m -> new Result((String) m.get("href"), (String) m.get("title"), (String) m.get("meta"),
                (String) m.get("excerpt"), (List<String>) m.get("marks"))).toList();
    }

    private String status() {
        return (String) browser.script("return document.getElementById('search-status').textContent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "nginx"})
    void findsWordsOfTitlesPromptsResponsesAndComments(String where) {
        List<Result> kralik = search(where, "q=kralik");
        assertTrue(kralik.stream().anyMatch(r -> r.meta().startsWith("Response by Tomáš Králík")
                && r.href().equals("../debates/congestion/index.html#response-1")), kralik.toString());
        List<Result> lukas = search(where, "q=lukas");
        assertEquals(1, lukas.size(), lukas.toString());
        assertEquals("../debates/congestion/index.html#reader-1", lukas.get(0).href());
        assertTrue(lukas.get(0).meta().startsWith("Reader’s question by Lukáš Novák"), lukas.toString());
        List<Result> taxes = search(where, "q=taxes");
        assertEquals("Should cities tax congestion?", taxes.get(0).title(), "the title hit first: " + taxes);
        assertEquals("../debates/congestion/index.html", taxes.get(0).href());
        assertTrue(taxes.stream().anyMatch(r -> r.excerpt().equals("A charge is a tax on the poor.")), taxes.toString());
        List<Result> museum = search(where, "q=museum");
        assertEquals("Who should fund the museum?", museum.get(0).title(), "the title hit first: " + museum);
        assertEquals(3, museum.size(), museum.toString());
        List<Result> prefix = search(where, "q=tramw");
        assertEquals(2, prefix.size(), "the prompt and the response: " + prefix);
        assertEquals(List.of("tramways"), prefix.get(0).marks());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "nginx"})
    void aCommentDeepInASplitThreadLinksToItsPartAndIsTheTargetThere(String where) {
        List<Result> hits = search(where, "q=seventeen+tank");
        assertEquals(1, hits.size(), hits.toString());
        Result hit = hits.get(0);
        assertEquals("../" + DEEP, hit.href());
        assertEquals("Comment by Emil · February 3, 2021", hit.meta());
        assertEquals(List.of("seventeen", "tanks"), hit.marks());
        browser.script("document.querySelector('#search-results a').click()");
        String url = (String) browser.script("return location.href");
        assertEquals(root(where) + DEEP, url);
        assertEquals(Boolean.TRUE, browser.script("return document.getElementById('comment-c4').matches(':target')"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "nginx"})
    void quotedPhrasesMatchWordsInOrder(String where) {
        assertEquals(1, search(where, "q=%22seventeen+tanks%22").size());
        assertEquals(List.of(), search(where, "q=%22tanks+seventeen%22"));
        assertEquals("Nothing found.", status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "nginx"})
    void filtersByKindTopicPersonAndYear(String where) {
        assertEquals(List.of("Comment by Dora", "Comment by Emil · February 3, 2021"),
                search(where, "q=museum&kind=comments").stream().map(Result::meta).toList());
        assertEquals(List.of("Who should fund the museum?"),
                search(where, "q=museum&kind=debates").stream().map(Result::title).toList());
        assertEquals(List.of("Who should fund the museum?"),
                search(where, "q=museum&year=2019").stream().map(Result::title).toList());
        assertEquals("2019", browser.script("return document.querySelector('select[name=year]').value"),
                "the filters show the address's choice");
        assertEquals(2, search(where, "q=museum&topic=Economy").size());
        assertEquals(2, search(where, "q=museum&person=Tom%C3%A1%C5%A1+Kr%C3%A1l%C3%ADk").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "nginx"})
    void hostileCommentTextStaysText(String where) {
        List<Result> hits = search(where, "q=zebra");
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(HOSTILE, hits.get(0).excerpt());
        assertTrue(hits.get(0).meta().startsWith("Comment by <b>Mallory</b>"), hits.toString());
        assertEquals(0L, browser.script("return document.querySelectorAll('#search-results img, #search-results script,"
                + " #search-results b').length"));
        assertEquals(null, browser.script("return window.hacked === undefined ? null : window.hacked"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "nginx"})
    void theAddressKeepsTheQueryAndBackReturnsToTheLastSearch(String where) {
        search(where, "q=lukas");
        browser.script("var i = document.getElementById('search-input'); i.value = 'museum';"
                + "document.getElementById('search-form').requestSubmit();");
        assertEquals(3, results().size());
        assertTrue(((String) browser.script("return location.search")).contains("q=museum"));
        browser.script("history.back()");
        browser.asyncScript("var done = arguments[arguments.length - 1]; setTimeout(done, 300);");
        List<Result> back = results();
        assertEquals("lukas", browser.script("return document.getElementById('search-input').value"));
        assertEquals(1, back.size(), back.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "nginx"})
    void loadsOnlyTheFilesAQueryNeeds(String where) throws IOException {
        search(where, "q=seventeen+tank");
        Browser.Problems problems = browser.drainProblems(List.of());
        assertEquals(List.of(), problems.consoleErrors());
        assertEquals(List.of(), problems.failedRequests());
        long page = 0;
        long query = 0;
        List<String> index = new ArrayList<>();
        for (String url : problems.requests()) {
            assertTrue(url.startsWith(root(where)), "a request outside the site: " + url);
            String path = URLDecoder.decode(URI.create(url).getRawPath(), StandardCharsets.UTF_8)
                    .substring(URI.create(root(where)).getRawPath().length());
            long size = Files.size(site.resolve(path));
            if (path.startsWith("search/") && !path.equals("search/index.html")) {
                query += size;
                index.add(path);
            } else {
                page += size;
            }
        }
        assertTrue(page < 50_000, "the page, its style and script: " + page + " bytes");
        assertTrue(page + query < 300_000, "with the query: " + (page + query) + " bytes");
        long shards;
        try (Stream<Path> files = Files.list(site.resolve("search/t"))) {
            shards = files.count();
        }
        long loadedShards = index.stream().filter(p -> p.startsWith("search/t/")).count();
        assertTrue(loadedShards >= 1 && loadedShards <= 4 && loadedShards < shards,
                loadedShards + " of " + shards + " shards: " + index);
        assertTrue(index.contains("search/index.js") && index.contains("search/d/0.js"), index.toString());
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndLinksToTopicsAndYears() throws IOException {
        String html = Files.readString(site.resolve("search/index.html"));
        String noscript = html.substring(html.indexOf("<noscript>"), html.indexOf("</noscript>"));
        assertTrue(noscript.contains("Search needs JavaScript"), noscript);
        assertTrue(noscript.contains("href=\"../topics/index.html\"") && noscript.contains("href=\"../archive/index.html\""),
                noscript);
        assertFalse(html.contains("search/index.js\""), "the index loads when needed, not with the page");
    }
}
