package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page of the example archive in a real browser, served by nginx under {@code /archive/} and
 * opened from {@code file://}: it loads with no console error, no failed request and no request
 * outside the site; every link, stylesheet, script and image resolves; it fits a 320 px phone
 * without scrolling sideways; and axe-core finds no
 * accessibility problem on the pages that stand for each kind. See {@link BrowserExtension} for when
 * these tests are skipped.
 */
@ExtendWith(BrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteInBrowserIT {

    private static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

    private BrowserSite fixture;
    private Browser browser;
    private String served;
    private String local;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void start(BrowserSite fixture) {
        this.fixture = fixture;
        browser = fixture.browser;
        served = fixture.served;
        local = fixture.local;
    }

    @Test
    void everyPageLoadsFromNginxWithoutConsoleErrorsFailedRequestsOrBrokenLinks() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Optional<String>> fetched = new HashMap<>();
        browser.drainProblems(List.of());
        for (String page : fixture.pages()) {
            browser.open(served + page);
            waitForRedirect(page);
            report(problems, page, browser.drainProblems(List.of()), served);
            String current = browser.driver.getCurrentUrl();
            for (String link : links()) {
                checkServedLink(problems, page, current, link, fetched);
            }
        }
        String missing = served + "no/such/page/";
        browser.open(missing);
        assertEquals("Page not found", browser.script("return document.querySelector('h1').textContent;"));
        report(problems, "404", browser.drainProblems(List.of(missing)), served);
        for (String link : links()) {
            checkServedLink(problems, "404", missing, link, fetched);
        }
        List<String> failed = new ArrayList<>(fixture.nginx.failedRequests());
        failed.removeIf(line -> line.equals("404 " + "/archive/no/such/page/"));
        failed.forEach(line -> problems.add("nginx: " + line));
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void everyPageLoadsFromTheFileSystemOnA320PixelPhoneWithoutConsoleErrorsOrBrokenLinks() throws Exception {
        List<String> problems = new ArrayList<>();
        browser.viewport(320, 640);
        browser.drainProblems(List.of());
        for (String page : fixture.pages()) {
            browser.open(local + page);
            waitForRedirect(page);
            report(problems, page, browser.drainProblems(List.of()), local);
            Number overflow = (Number) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (overflow.intValue() > 0) {
                problems.add(page + ": " + overflow + " px wider than a 320 px screen");
            }
            for (String link : links()) {
                if (link.startsWith("file:")) {
                    Path target = Path.of(URI.create(link.replaceFirst("[?#].*$", "")));
                    if (!Files.isRegularFile(target)) {
                        problems.add(page + ": link to " + link + " does not name a file");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void aRedirectPageKeepsTheFragmentOfTheOldAddress() throws Exception {
        for (String root : List.of(served, local)) {
            browser.open(root + "2019/01/votes-at-16/index.html#comment-wp-1021");
            String target = root + "debates/should-the-voting-age-be-lowered-to-16/index.html#comment-wp-1021";
            for (int i = 0; i < 100 && !browser.driver.getCurrentUrl().equals(target); i++) {
                Thread.sleep(50);
            }
            assertEquals(target, browser.driver.getCurrentUrl(), root);
        }
    }

    /** An alias page redirects with {@code <meta http-equiv=refresh>}: waits until the debate has loaded. */
    private void waitForRedirect(String page) throws InterruptedException {
        if (page.startsWith("debates/") || !isRedirect()) {
            return;
        }
        String start = browser.driver.getCurrentUrl();
        for (int i = 0; i < 100 && browser.driver.getCurrentUrl().equals(start); i++) {
            Thread.sleep(50);
        }
        assertNotEquals(start, browser.driver.getCurrentUrl(), page + " did not redirect");
        assertEquals("complete", waitForLoad());
    }

    private boolean isRedirect() {
        return Boolean.TRUE.equals(browser.script("return !!document.querySelector('meta[http-equiv=refresh]');"));
    }

    private String waitForLoad() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if ("complete".equals(browser.script("return document.readyState;"))) {
                return "complete";
            }
            Thread.sleep(50);
        }
        return String.valueOf(browser.script("return document.readyState;"));
    }

    /** Adds what went wrong on {@code page}, and every request that left the site at {@code root}. */
    private static void report(List<String> problems, String page, Browser.Problems found, String root) {
        found.requests().stream().filter(url -> !url.startsWith(root) && !url.startsWith("data:"))
                .forEach(url -> problems.add(page + ": request outside the site: " + url));
        found.consoleErrors().forEach(e -> problems.add(page + ": console: " + e));
        found.failedRequests().forEach(e -> problems.add(page + ": request failed: " + e));
    }

    /**
     * Every URL the page refers to: links, stylesheets, icons, scripts and images, absolute, plus
     * {@code #fragment} links whose target is missing from this page, marked {@code missing-id:}.
     */
    @SuppressWarnings("unchecked")
    private List<String> links() {
        return (List<String>) browser.script("""
                var urls = [];
                document.querySelectorAll('a[href], link[href]').forEach(function (e) { urls.push(e.href); });
                document.querySelectorAll('img[src], script[src]').forEach(function (e) { urls.push(e.src); });
                document.querySelectorAll('a[href^="#"]').forEach(function (a) {
                  var id = decodeURIComponent(a.getAttribute('href').slice(1));
                  if (!document.getElementById(id)) { urls.push('missing-id:' + id); }
                });
                return urls;""");
    }

    /** Checks that {@code link}, found on {@code page} (now at {@code current}), resolves on the server. */
    private void checkServedLink(List<String> problems, String page, String current, String link,
            Map<String, Optional<String>> fetched) throws IOException, InterruptedException {
        if (link.startsWith("missing-id:")) {
            problems.add(page + ": link to #" + link.substring(11) + ", which is not on the page");
            return;
        }
        int hash = link.indexOf('#');
        String url = hash < 0 ? link : link.substring(0, hash);
        if (!link.startsWith(served) || url.equals(current)) {
            return;
        }
        Optional<String> body = fetched.get(url);
        if (body == null) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            body = response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
            fetched.put(url, body);
        }
        if (body.isEmpty()) {
            problems.add(page + ": broken link " + link);
        } else if (hash >= 0 && hash + 1 < link.length() && !body.get().contains("id=\"" + link.substring(hash + 1) + "\"")) {
            problems.add(page + ": link to " + link + ", whose fragment is not on that page");
        }
    }

    @Test
    void axeCoreFindsNoAccessibilityViolationsInEitherColourSchemeOrOnAPhone() throws Exception {
        BrowserSite.require(Files.isRegularFile(AXE), "axe-core is not installed: run npm ci in src/test/browser");
        String axe = Files.readString(AXE, StandardCharsets.UTF_8);
        List<String> pages = List.of("index.html", BrowserSite.LONG_THREAD, "topics/economy/index.html",
                "people/tomas-kralik/index.html", "search/index.html?q=europe");
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.media("screen", scheme);
            for (String page : pages) {
                axe(axe, page, scheme, violations);
            }
        }
        browser.media("screen", "light");
        browser.viewport(375, 800);
        for (String page : List.of("index.html", BrowserSite.LONG_THREAD)) {
            axe(axe, page, "375 px", violations);
        }
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    /** Runs axe-core on {@code page} (WCAG 2.2 A and AA, and best practices), adding what it finds. */
    private void axe(String axe, String page, String how, List<String> violations) {
        browser.open(served + page);
        browser.script(axe);
        String found = (String) browser.asyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values:
                    ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})
                  .then(function (r) {
                    done(r.violations.map(function (v) {
                      return v.id + ' (' + v.impact + '): ' + v.help + '\\n    '
                        + v.nodes.slice(0, 5).map(function (n) {
                            return n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' ');
                          }).join('\\n    ');
                    }).join('\\n'));
                  })
                  .catch(function (e) { done('axe failed: ' + e); });""");
        if (!found.isEmpty()) {
            violations.add(page + " (" + how + "):\n" + found);
        }
    }
}
