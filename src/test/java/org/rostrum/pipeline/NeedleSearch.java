package org.rostrum.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rostrum.bench.Needle;

/**
 * A reader looking for the needle of a generated archive on its built site, in headless Chromium:
 * with the browser's cache cleared, opens the search page at {@code root} ({@code file://} or a
 * server), types the needle's two words into the search box, waits for the results, follows the
 * first one, and tells what it cost and where it landed. The bytes are the sizes of the files the
 * browser asked for under {@code root} from opening the search page to the results shown (page,
 * style, scripts, index files), not of the thread page it lands on. Used by
 * {@code NeedleSearchIT} and {@code NeedleSearchBench}.
 */
final class NeedleSearch {

    /**
     * One search as measured.
     *
     * @param bytes         the bytes of every file requested before the results (the budget: 300 kB)
     * @param files         how many files that was
     * @param firstResultMs milliseconds from the last keystroke to the first results shown (-1 when none)
     * @param status        the results' status line
     * @param hrefs         the results' links as written in the page
     * @param expectedPage  the thread page (path under the site) that holds the needle's comment
     * @param landed        the path under the site of the page the first result led to
     * @param fragment      the fragment of that page's address
     * @param targeted      whether the needle's comment is the page's {@code :target}
     * @param highlighted   whether its card is drawn highlighted (the theme's {@code :target} style)
     * @param inView        whether the browser scrolled it into the window
     * @param landedBytes   the size of the thread page landed on
     * @param problems      console errors and failed requests, none expected
     */
    record Outcome(long bytes, int files, double firstResultMs, String status, List<String> hrefs, String expectedPage,
            String landed, String fragment, boolean targeted, boolean highlighted, boolean inView, long landedBytes,
            List<String> problems) {

        /** Whether it found the comment first, landed on it highlighted and stayed under 300 kB. */
        boolean found(Needle needle) {
            return !hrefs.isEmpty() && hrefs.get(0).endsWith("#comment-" + needle.comment())
                    && landed.equals(expectedPage) && fragment.equals("comment-" + needle.comment()) && targeted
                    && highlighted && inView && bytes < 300_000 && problems.isEmpty();
        }
    }

    private NeedleSearch() {
    }

    /** Looks for {@code needle} on the site in {@code site}, served (or opened) at {@code root}. */
    static Outcome search(Browser browser, Path site, String root, Needle needle) throws IOException {
        browser.cdp("Network.clearBrowserCache", Map.of());
        browser.drainProblems(List.of());
        browser.open(root + "search/index.html");
        browser.script("""
                var n = window.__needle = { key: null, first: null };
                var list = document.getElementById('search-results');
                document.getElementById('search-input').addEventListener('input', function () {
                  n.key = performance.now();
                  n.first = null;
                });
                new MutationObserver(function () {
                  if (n.key !== null && n.first === null && list.querySelector('li')) { n.first = performance.now(); }
                }).observe(list, { childList: true, subtree: true });
                """);
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.click();
        input.sendKeys(needle.query());
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) browser.asyncScript("""
                var done = arguments[arguments.length - 1];
                var n = window.__needle;
                var until = Date.now() + 50000;
                function report() {
                  done({ ms: n.first === null ? -1 : n.first - n.key,
                    status: document.getElementById('search-status').textContent,
                    hrefs: Array.prototype.map.call(document.querySelectorAll('#search-results li h2 a'),
                      function (a) { return a.getAttribute('href'); }) });
                }
                (function poll() {
                  if (n.first !== null || Date.now() > until || n.key !== null && performance.now() - n.key > 5000) {
                    var s = window.rostrumSearch;
                    (s.last || s.done).then(report, report);
                  } else {
                    setTimeout(poll, 10);
                  }
                })();
                """);
        Browser.Problems before = browser.drainProblems(List.of());
        long bytes = 0;
        int files = 0;
        for (String url : before.requests()) {
            if (url.startsWith(root)) {
                bytes += Files.size(site.resolve(pathUnder(root, url)));
                files++;
            }
        }
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) shown.get("hrefs");
        String expected = expectedPage(site, needle);
        String landed = "";
        String fragment = "";
        boolean targeted = false;
        boolean highlighted = false;
        boolean inView = false;
        if (!hrefs.isEmpty()) {
            browser.driver.findElement(By.cssSelector("#search-results li h2 a")).click();
            String id = "comment-" + needle.comment();
            @SuppressWarnings("unchecked")
            Map<String, Object> at = (Map<String, Object>) browser.asyncScript("""
                    var done = arguments[arguments.length - 1];
                    var id = arguments[0];
                    var until = Date.now() + 20000;
                    (function poll() {
                      var c = document.getElementById(id);
                      if (document.readyState === 'complete' && (c || Date.now() > until)) {
                        var card = c && c.querySelector('.comment-card');
                        var style = card && getComputedStyle(card);
                        var box = c && c.getBoundingClientRect();
                        done({ href: location.href,
                          targeted: !!c && c.matches(':target'),
                          highlighted: !!style && style.boxShadow !== 'none'
                            && style.backgroundColor !== 'rgba(0, 0, 0, 0)',
                          inView: !!box && box.top >= 0 && box.top < window.innerHeight });
                      } else {
                        setTimeout(poll, 20);
                      }
                    })();
                    """, id);
            String href = (String) at.get("href");
            int hash = href.indexOf('#');
            landed = pathUnder(root, hash < 0 ? href : href.substring(0, hash));
            fragment = hash < 0 ? "" : href.substring(hash + 1);
            targeted = Boolean.TRUE.equals(at.get("targeted"));
            highlighted = Boolean.TRUE.equals(at.get("highlighted"));
            inView = Boolean.TRUE.equals(at.get("inView"));
        }
        Browser.Problems after = browser.drainProblems(List.of());
        List<String> problems = Stream.of(before.consoleErrors(), before.failedRequests(), after.consoleErrors(),
                after.failedRequests()).flatMap(List::stream).toList();
        long landedBytes = landed.isEmpty() || !Files.isRegularFile(site.resolve(landed)) ? 0
                : Files.size(site.resolve(landed));
        return new Outcome(bytes, files, ((Number) shown.get("ms")).doubleValue(), (String) shown.get("status"),
                hrefs, expected, landed, fragment, targeted, highlighted, inView, landedBytes, problems);
    }

    /** The path under the site of an address under {@code root}, with {@code index.html} for a folder. */
    private static String pathUnder(String root, String url) {
        String path = URLDecoder.decode(URI.create(url).getRawPath(), StandardCharsets.UTF_8)
                .substring(URI.create(root).getRawPath().length());
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** The thread page of the needle's debate, the debate's own or a part, that holds its comment. */
    static String expectedPage(Path site, Needle needle) throws IOException {
        Path debate = site.resolve("debates").resolve(needle.debate());
        String anchor = "id=\"comment-" + needle.comment() + "\"";
        try (Stream<Path> pages = Files.walk(debate)) {
            for (Path page : pages.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList()) {
                if (Files.readString(page, StandardCharsets.UTF_8).contains(anchor)) {
                    return site.relativize(page).toString().replace('\\', '/');
                }
            }
        }
        return "(no page of " + needle.debate() + " has " + anchor + ")";
    }
}
