package org.rostrum.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * The default theme in a real browser: the example archive built for {@code /archive/}, served by
 * nginx and opened from {@code file://}, in Debian's headless Chromium driven by Selenium.
 *
 * <p>Skipped, with the reason, when chromium, chromedriver or nginx are not installed
 * ({@code .ci/run} installs them), and the accessibility check when axe-core is not installed
 * ({@code npm ci} in {@code src/test/browser}); under CI ({@code CI=true}) a missing tool fails
 * instead, so that CI cannot pass without having run them. Screenshots for people to look at are
 * written to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeBrowserTest {

    private static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String LONG_THREAD = "debates/should-contact-tracing-apps-be-mandatory/index.html";
    private static final String ARMY = "debates/should-the-eu-have-its-own-army/index.html";

    private Path site;
    private Nginx nginx;
    private Browser browser;
    private String served;
    private String local;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        List<String> missing = new ArrayList<>();
        Optional<Browser.Tools> tools = Browser.findTools(missing);
        require(tools.isPresent(), "browser tests skipped: missing " + String.join(", ", missing));
        int port = Nginx.freePort();
        site = dir.resolve("site");
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC())
                .build(BuildOptions.defaults().withOut(site).withBaseUrl(Optional.of(Nginx.baseUrl(port))));
        assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList());
        nginx = Nginx.serve(tools.get().nginx(), site, dir.resolve("nginx"), port);
        served = nginx.baseUrl();
        local = site.toUri().toString();
        browser = new Browser(tools.get(), Files.createDirectories(dir.resolve("chromium")));
    }

    /** Skips the test when {@code condition} is false, or fails it under CI. */
    private static void require(boolean condition, String reason) {
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(condition, reason + " (CI=true: .ci/run installs it)");
        }
        assumeTrue(condition, reason);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (nginx != null) {
            nginx.close();
        }
    }

    @BeforeEach
    void resetBrowser() {
        browser.viewport(1280, 900);
        browser.media("", "light");
    }

    /** Every HTML page of the site, relative to its root, sorted. */
    private List<String> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("404.html"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyPageLoadsFromNginxWithoutConsoleErrorsFailedRequestsOrBrokenLinks() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Optional<String>> fetched = new HashMap<>();
        browser.drainProblems(List.of());
        for (String page : pages()) {
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
        List<String> failed = new ArrayList<>(nginx.failedRequests());
        failed.removeIf(line -> line.equals("404 " + "/archive/no/such/page/"));
        failed.forEach(line -> problems.add("nginx: " + line));
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void everyPageLoadsFromTheFileSystemWithoutConsoleErrorsOrBrokenLinks() throws Exception {
        List<String> problems = new ArrayList<>();
        browser.drainProblems(List.of());
        for (String page : pages()) {
            browser.open(local + page);
            waitForRedirect(page);
            report(problems, page, browser.drainProblems(List.of()), local);
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
    void aCommentPermalinkScrollsToTheCommentAndHighlightsIt() throws Exception {
        for (String base : List.of(served, local)) {
            String id = "comment-c14-1-1-1-1-1-1";
            browser.open(base + LONG_THREAD + "#" + id);
            assertTargetShown(id);

            WebElement repliedTo = browser.driver.findElement(By.cssSelector("#" + id + " .replied-to a"));
            String parent = repliedTo.getAttribute("href").replaceFirst("^.*#", "");
            repliedTo.click();
            assertTargetShown(parent);
        }
    }

    private void assertTargetShown(String id) {
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) browser.script("""
                var li = document.getElementById(arguments[0]);
                var card = li.querySelector('.comment-card');
                var other = document.querySelector('.comment:not(:target) > .comment-card');
                var box = li.getBoundingClientRect();
                return {target: li.matches(':target'), scrolled: window.scrollY, top: box.top,
                        height: window.innerHeight,
                        background: getComputedStyle(card).backgroundColor,
                        plain: getComputedStyle(other).backgroundColor};""", id);
        assertEquals(true, state.get("target"), id + " is the :target");
        assertTrue(((Number) state.get("scrolled")).doubleValue() > 0, id + ": the page scrolled");
        double top = ((Number) state.get("top")).doubleValue();
        assertTrue(top >= 0 && top < ((Number) state.get("height")).doubleValue() / 2,
                id + " is at the top of the window, not at " + top);
        assertNotEquals(state.get("plain"), state.get("background"), id + " is highlighted");
    }

    @Test
    void aReplyListCollapsesAndExpandsWithMouseAndKeyboard() {
        browser.open(served + ARMY);
        WebElement details = browser.driver.findElement(By.cssSelector("details.replies"));
        WebElement summary = details.findElement(By.cssSelector(":scope > summary"));
        WebElement reply = details.findElement(By.cssSelector("li.comment"));
        assertTrue(reply.isDisplayed(), "replies are shown at first");

        summary.click();
        assertEquals("false", String.valueOf(browser.script("return arguments[0].open;", details)));
        assertFalse(reply.isDisplayed(), "a collapsed reply list hides its replies");
        summary.click();
        assertTrue(reply.isDisplayed(), "expanding shows them again");

        summary.sendKeys(Keys.ENTER);
        assertFalse(reply.isDisplayed(), "Enter on the summary collapses");
        summary.sendKeys(Keys.SPACE);
        assertTrue(reply.isDisplayed(), "Space on the summary expands");
    }

    @Test
    void threadsPrintExpanded() throws Exception {
        browser.open(served + ARMY);
        WebElement details = browser.driver.findElement(By.cssSelector("details.replies"));
        WebElement reply = details.findElement(By.cssSelector("li.comment"));
        details.findElement(By.cssSelector(":scope > summary")).click();
        assertFalse(reply.isDisplayed());
        browser.media("print", "light");
        assertEquals(true, browser.script("return arguments[0].checkVisibility();", reply),
                "a collapsed reply list is printed");
        assertEquals(false, browser.script("return arguments[0].checkVisibility();",
                details.findElement(By.cssSelector(":scope > summary"))), "summaries are not printed");
        browser.media("", "light");
        browser.open(served + ARMY);
        browser.printToPdf(SCREENSHOTS.resolve("debate-print.pdf"));
    }

    @Test
    void theKeyboardAloneReachesTheSkipLinkEveryReplyListAndASearchResult() {
        browser.open(served + ARMY);
        Actions keys = new Actions(browser.driver);
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("skip-link", browser.script("return document.activeElement.className;"));
        assertNotEquals("none", browser.script("return getComputedStyle(document.activeElement).outlineStyle;"),
                "the focused link shows a focus ring");
        assertTrue(((Number) browser.script("return document.activeElement.getBoundingClientRect().top;")).doubleValue() >= 0,
                "the skip link appears when focused");
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals("main", browser.script("return document.activeElement.id;"), "the skip link moves focus to the content");

        int summaries = ((Number) browser.script("return document.querySelectorAll('summary').length;")).intValue();
        int reached = 0;
        for (int i = 0; i < 300 && reached < summaries; i++) {
            keys.sendKeys(Keys.TAB).perform();
            if ("SUMMARY".equals(browser.script("return document.activeElement.tagName;"))) {
                reached++;
            }
        }
        assertEquals(summaries, reached, "Tab reaches every reply list's summary");

        browser.open(served + "search/index.html");
        for (int i = 0; i < 30 && !"search-input".equals(browser.script("return document.activeElement.id;")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        keys.sendKeys("kerosene").sendKeys(Keys.ENTER).perform();
        keys.sendKeys(Keys.TAB, Keys.TAB).perform();
        assertEquals("Should the EU tax aviation fuel?", browser.script("return document.activeElement.textContent;"),
                "after the button, Tab reaches the first result");
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals(served + "debates/should-the-eu-tax-aviation-fuel/index.html", browser.driver.getCurrentUrl());
    }

    @Test
    void searchFindsADebateByAWordOfItsSummaryAndByAParticipantsName() throws Exception {
        for (String base : List.of(served, local)) {
            browser.open(base + "search/index.html");
            assertEquals(List.of("Should the EU tax aviation fuel?"), search("kerosene"));
            assertEquals(List.of("Is a four-day week good for the economy?"), search("Roisin Kelleher"));
            assertEquals(List.of("How much should Europe spend on defence?", "Can Europe ever agree on sharing refugees?",
                    "Should the EU have its own army?"), search("Králík"));
            assertEquals(List.of(), search("zeppelin"));
            assertEquals("No debates found.", browser.script("return document.getElementById('search-status').textContent;"));
        }
        browser.open(served + "search/index.html?q=kerosene");
        assertEquals("Should the EU tax aviation fuel?",
                browser.driver.findElement(By.cssSelector("#search-results a")).getText());
        browser.driver.findElement(By.cssSelector("#search-results a")).click();
        assertEquals(served + "debates/should-the-eu-tax-aviation-fuel/index.html", browser.driver.getCurrentUrl());
    }

    @SuppressWarnings("unchecked")
    private List<String> search(String words) {
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(words);
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('#search-results a')).map(function (a) { return a.textContent; });");
    }

    @Test
    void axeCoreFindsNoAccessibilityViolationsInEitherColourScheme() throws Exception {
        require(Files.isRegularFile(AXE), "axe-core is not installed: run npm ci in src/test/browser");
        String axe = Files.readString(AXE, StandardCharsets.UTF_8);
        List<String> pages = List.of("index.html", LONG_THREAD, "topics/economy/index.html",
                "people/tomas-kralik/index.html", "search/index.html?q=europe");
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.media("screen", scheme);
            for (String page : pages) {
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
                    violations.add(page + " (" + scheme + "):\n" + found);
                }
            }
        }
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    @Test
    void pagesFitA320PixelPhoneAndDeepRepliesStayReadable() {
        browser.viewport(320, 640);
        for (String page : List.of("index.html", LONG_THREAD, ARMY, "people/index.html", "people/tomas-kralik/index.html",
                "search/index.html?q=europe", "archive/2020/index.html")) {
            browser.open(served + page);
            Number overflow = (Number) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow.intValue(), page + " scrolls sideways on a 320 px screen");
        }
        browser.open(served + LONG_THREAD);
        Number narrowest = (Number) browser.script("""
                return Math.min.apply(null, Array.from(document.querySelectorAll('.comment-body'))
                    .map(function (b) { return b.getBoundingClientRect().width; }));""");
        assertTrue(narrowest.doubleValue() >= 200, "the deepest replies keep " + narrowest + " px of text on a phone");
    }

    @Test
    void screenshotsOfTheHomeAndADebatePageForPeopleToLookAt() throws Exception {
        for (String scheme : List.of("light", "dark")) {
            browser.media("screen", scheme);
            String suffix = scheme.equals("dark") ? "-dark" : "";
            browser.open(served + "index.html");
            browser.screenshot(SCREENSHOTS.resolve("home-1280" + suffix + ".png"), 1280);
            browser.screenshot(SCREENSHOTS.resolve("home-375" + suffix + ".png"), 375);
            browser.open(served + ARMY);
            browser.screenshot(SCREENSHOTS.resolve("debate-1280" + suffix + ".png"), 1280);
            browser.screenshot(SCREENSHOTS.resolve("debate-375" + suffix + ".png"), 375);
        }
        browser.media("screen", "light");
        browser.viewport(375, 800);
        browser.open(served + LONG_THREAD + "#comment-c14-1-1-1-1-1-1");
        Files.write(SCREENSHOTS.resolve("permalink-375.png"),
                browser.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        for (String name : List.of("home-1280.png", "home-375.png", "debate-1280.png", "debate-375.png")) {
            assertTrue(Files.size(SCREENSHOTS.resolve(name)) > 10_000, name + " was written");
        }
    }
}
