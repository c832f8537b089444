package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The default theme's behaviour in a real browser, on the example archive served by nginx under
 * {@code /archive/} (and from {@code file://} where that differs): permalinks, folding reply lists,
 * printing, the keyboard, search, phones. Screenshots for people to look at are written to
 * {@code target/screenshots/}. See {@link BrowserExtension} for when these tests are skipped.
 */
@ExtendWith(BrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String LONG_THREAD = BrowserSite.LONG_THREAD;
    private static final String ARMY = BrowserSite.ARMY;

    private BrowserSite fixture;
    private Browser browser;
    private String served;
    private String local;

    @BeforeAll
    void start(BrowserSite fixture) {
        this.fixture = fixture;
        browser = fixture.browser;
        served = fixture.served;
        local = fixture.local;
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
        awaitSearch();
        // The button, then the four filters (kind, topic, person, year), then the results.
        keys.sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB).perform();
        assertEquals("Should the EU tax aviation fuel?", browser.script("return document.activeElement.textContent;"),
                "after the button and the filters, Tab reaches the first result");
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals(served + "debates/should-the-eu-tax-aviation-fuel/index.html", browser.driver.getCurrentUrl());
    }

    @Test
    void searchFindsADebateByAWordOfItsSummaryAndByAParticipantsName() throws Exception {
        for (String base : List.of(served, local)) {
            browser.open(base + "search/index.html");
            assertEquals("Should the EU tax aviation fuel?", search("kerosene").get(0));
            assertEquals(List.of("Is a four-day week good for the economy?"), distinct(search("Roisin Kelleher")));
            assertEquals(java.util.Set.of("How much should Europe spend on defence?",
                    "Can Europe ever agree on sharing refugees?", "Should the EU have its own army?"),
                    java.util.Set.copyOf(search("Králík")));
            assertEquals(List.of(), search("zeppelin"));
            assertEquals("Nothing found.", browser.script("return document.getElementById('search-status').textContent;"));
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
        awaitSearch();
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('#search-results a')).map(function (a) { return a.textContent; });");
    }

    /** Waits until the search of what was typed has shown its results. */
    private void awaitSearch() {
        browser.asyncScript("""
                var done = arguments[arguments.length - 1];
                var input = document.getElementById('search-input');
                (function wait() {
                  var s = window.rostrumSearch;
                  if (s && s.last && new URLSearchParams(location.search).get('q') === input.value) {
                    s.last.then(function () { done(); });
                  } else {
                    setTimeout(wait, 20);
                  }
                })();
                """);
    }

    private static List<String> distinct(List<String> titles) {
        return titles.stream().distinct().toList();
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
                browser.driver.getScreenshotAs(OutputType.BYTES));
        for (String name : List.of("home-1280.png", "home-375.png", "debate-1280.png", "debate-375.png")) {
            assertTrue(Files.size(SCREENSHOTS.resolve(name)) > 10_000, name + " was written");
        }
    }
}
