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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * Two words each in more documents than a word's shard keeps (3,000), as every word of a generated
 * archive is, that meet in one reply deep in a long split thread: the search page in headless
 * Chromium, from {@code file://} and from nginx under {@code /archive/}, loads the two words' whole
 * document sets, finds that reply and links to its part of the thread, within the byte budget; a
 * single common word alone keeps its best 3,000 and loads no set. See {@link BrowserExtension} for
 * when these tests are skipped.
 */
@ExtendWith(BrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CappedWordsSearchIT {

    /** Top-level comments: the even ones say alpha, the odd ones beta; 500 to a part of the thread. */
    private static final int COMMENTS = 6_200;
    private static final String REPLY = "debates/harbour/comments/13/index.html#comment-r1";

    private Path site;
    private Nginx nginx;
    private Browser browser;

    @BeforeAll
    void start(@TempDir Path dir, Browser.Tools tools, Browser browser) throws Exception {
        this.browser = browser;
        int port = Nginx.freePort();
        StringBuilder comments = new StringBuilder("-- content/debates/harbour/comments.yaml --\ncomments:\n");
        for (int i = 0; i < COMMENTS; i++) {
            comments.append("  - id: c").append(i).append("\n    author: Reader ").append(i).append("\n    body: ")
                    .append(i % 2 == 0 ? "Alpha." : "Beta.").append('\n');
        }
        comments.append("  - id: r1\n    parent: c").append(COMMENTS - 1).append("\n    author: Zora\n    date: 2021-02-03\n")
                .append("    body: The one reply that says both alpha and beta, longer than the others, so that it"
                        + " ranks below all of them for either word.\n");
        InlineSite mini = InlineSite.of(dir, """
                -- content/site.yaml --
                title: Capped Words
                base_url: https://example.org/
                comments:
                  per_page: 500
                -- content/debates/harbour/index.md --
                ---
                title: Should the harbour be rebuilt?
                date: 2020-05-01
                topics: [Economy]
                ---
                The old harbour needs work.
                """ + comments);
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

    /** Opens the search page with {@code query} and returns the links of the results once it is done. */
    @SuppressWarnings("unchecked")
    private List<String> search(String where, String query) {
        browser.drainProblems(List.of());
        browser.open(root(where) + "search/index.html?" + query);
        return (List<String>) browser.asyncScript("""
                var done = arguments[arguments.length - 1];
                var s = window.rostrumSearch;
                (s.last || s.done).then(function () {
                  done(Array.prototype.map.call(document.querySelectorAll('#search-results li a'), function (a) {
                    return a.getAttribute('href');
                  }));
                });
                """);
    }

    private Object script(String js) {
        return browser.script(js);
    }

    /** The documents the shard of {@code term} keeps (it must be capped), decoded as search.js does. */
    private List<Integer> kept(String term) throws IOException {
        Pattern p = Pattern.compile("\"" + term + "\":\"\\*([^\"]*)\"");
        try (Stream<Path> shards = Files.list(site.resolve("search/t"))) {
            for (Path shard : shards.toList()) {
                Matcher m = p.matcher(Files.readString(shard));
                if (m.find()) {
                    List<Integer> docs = new ArrayList<>();
                    int v = 0;
                    int doc = 0;
                    boolean odd = false;
                    for (char c : m.group(1).toCharArray()) {
                        int more = "ghijklmnopqrstuvwxyz0123456789-_".indexOf(c);
                        if (more >= 0) {
                            v = v * 32 + more;
                            continue;
                        }
                        if (!odd) {
                            doc += v * 32 + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef".indexOf(c);
                            docs.add(doc);
                        }
                        odd = !odd;
                        v = 0;
                    }
                    return docs;
                }
            }
        }
        throw new AssertionError(term + " is not capped");
    }

    @Test
    void theReplyIsLeftOutOfBothWordsShards() throws IOException {
        Matcher docs = Pattern.compile("\"docs\":(\\d+)").matcher(Files.readString(site.resolve("search/index.js")));
        assertTrue(docs.find());
        int reply = Integer.parseInt(docs.group(1)) - 1;
        String fragment = Files.readString(site.resolve("search/d/" + reply / 16 + ".js"));
        assertTrue(fragment.substring(fragment.lastIndexOf("[")).contains("#comment-r1"), "the last document is the reply");
        assertEquals(3_000, kept("alpha").size());
        assertFalse(kept("alpha").contains(reply), "alpha's best documents are others");
        assertFalse(kept("beta").contains(reply), "beta's best documents are others");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "nginx"})
    void twoCommonWordsFindTheOneReplyWithBothWithinTheBudget(String where) throws IOException {
        assertEquals(List.of("../" + REPLY), search(where, "q=alpha+beta"));
        assertEquals("Comment by Zora · February 3, 2021", script("return document.querySelector('#search-results .meta').textContent"));
        assertEquals(List.of("alpha", "beta"), script(
                "return Array.prototype.map.call(document.querySelectorAll('mark'), function (m) { return m.textContent; })"));
        Browser.Problems problems = browser.drainProblems(List.of());
        assertEquals(List.of(), problems.consoleErrors());
        assertEquals(List.of(), problems.failedRequests());
        long page = 0;
        long query = 0;
        List<String> index = new ArrayList<>();
        for (String url : problems.requests()) {
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
        assertEquals(List.of("search/s/616c706861.js", "search/s/62657461.js"),
                index.stream().filter(p -> p.startsWith("search/s/")).sorted().toList(), "the sets of alpha and beta");
        script("document.querySelector('#search-results a').click()");
        assertEquals(root(where) + REPLY, script("return location.href"));
        assertEquals(Boolean.TRUE, script("return document.getElementById('comment-r1').matches(':target')"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "nginx"})
    void aKindFilterReadsTheKindOfADocumentTheShardsLeftOut(String where) {
        assertEquals(List.of("../" + REPLY), search(where, "q=alpha+beta&kind=comments"));
        assertEquals(List.of(), search(where, "q=alpha+beta&kind=debates"));
        assertEquals("Nothing found.", script("return document.getElementById('search-status').textContent"));
    }

    @Test
    void oneCommonWordAloneKeepsItsBestDocumentsAndLoadsNoSet() {
        List<String> hits = search("file", "q=alpha");
        assertEquals(10, hits.size());
        assertEquals("3,000 results, page 1 of 300.", script("return document.getElementById('search-status').textContent"));
        assertEquals(List.of(), ((List<?>) script("return window.rostrumSearch.loaded")).stream()
                .filter(p -> ((String) p).startsWith("s/")).toList());
    }

    @Test
    void aQuotedPhraseIsCheckedOnTheShardsBestCandidatesAndLoadsNoSet() {
        assertEquals(List.of(), search("file", "q=%22alpha+beta%22"));
        assertEquals(List.of(), ((List<?>) script("return window.rostrumSearch.loaded")).stream()
                .filter(p -> ((String) p).startsWith("s/")).toList());
    }
}
