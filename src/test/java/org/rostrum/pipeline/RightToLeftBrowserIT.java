package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Arabic archive in Chromium: written right to left ({@code <html lang="ar" dir="rtl">}), its
 * replies indented from the right, and no accessibility problem that axe-core finds. Leaves a
 * screenshot in {@code target/screenshots/}. Skipped as the other browser tests are ({@link BrowserSite}).
 */
class RightToLeftBrowserIT {

    private static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
    private static final String DEBATE = "debates/al-naql/index.html";

    static final String ARABIC_SITE = """
            -- content/site.yaml --
            title: أرشيف المناظرات
            base_url: https://example.org/
            language: ar
            timezone: Asia/Beirut
            -- content/people/layla.yaml --
            name: ليلى حداد
            role: مهندسة نقل
            -- content/debates/al-naql/index.md --
            ---
            title: هل يجب أن يكون النقل العام مجانيًا؟
            date: 2024-03-10
            status: open
            topics: [المدن]
            ---
            تدرس مدن كثيرة جعل الحافلات مجانية.

            ::: reader سامي
            من سيدفع ثمن ذلك؟
            :::

            ::: response layla
            الضرائب المحلية، كما تدفع ثمن الطرق.
            :::
            -- content/debates/al-naql/comments.yaml --
            comments:
              - id: c1
                author: مريم
                date: 2024-03-11T09:00:00+02:00
                body: فكرة جيدة للمدن الكبيرة.
                replies:
                  - id: c2
                    author: خالد
                    body: لكن الأرياف تحتاجها أكثر.
                    replies:
                      - id: c3
                        body: أوافق.
              - id: c4
                status: removed
            """;

    @Test
    void anArabicSiteReadsRightToLeftWithRepliesIndentedFromTheRight(@TempDir Path dir) throws Exception {
        List<String> missing = new ArrayList<>();
        Optional<Browser.Tools> tools = Browser.findTools(missing);
        BrowserSite.require(tools.isPresent(), "browser tests skipped: missing " + String.join(", ", missing));
        BrowserSite.require(Files.isRegularFile(AXE), "axe-core is not installed: run npm ci in src/test/browser");
        InlineSite site = InlineSite.of(dir.resolve("project"), ARABIC_SITE);
        BuildResult built = site.build();
        assertEquals(List.of(), InlineSite.messages(built));

        Path profile = Files.createTempDirectory("rostrum-chromium");
        Browser browser = Browser.start(tools.get());
        try {
            browser.open(site.out().resolve(DEBATE).toUri().toString());
            assertEquals("ar", browser.script("return document.documentElement.lang;"));
            assertEquals("rtl", browser.script("return document.documentElement.dir;"));
            assertEquals(1L, browser.script("return document.querySelectorAll('html[lang=ar][dir=rtl]').length;"));
            assertEquals("rtl", browser.script("return getComputedStyle(document.body).direction;"));
            browser.screenshot(Path.of("target/screenshots/debate-rtl-1280.png"), 1280);
            browser.screenshot(Path.of("target/screenshots/debate-rtl-375.png"), 375);

            @SuppressWarnings("unchecked")
            Map<String, Object> rects = (Map<String, Object>) browser.script("""
                    function box(id) {
                      var r = document.querySelector('#' + id + ' > .comment-card').getBoundingClientRect();
                      return {left: r.left, right: r.right};
                    }
                    return {parent: box('comment-c1'), reply: box('comment-c2'), deeper: box('comment-c3')};""");
            double parentRight = right(rects, "parent");
            double replyRight = right(rects, "reply");
            double deeperRight = right(rects, "deeper");
            assertTrue(replyRight < parentRight - 10, "a reply is indented from the right: " + rects);
            assertTrue(deeperRight < replyRight - 10, "a reply to a reply further: " + rects);
            assertTrue(Math.abs(left(rects, "parent") - left(rects, "reply")) < 2,
                    "and ends where its parent ends on the left: " + rects);

            String axe = Files.readString(AXE, StandardCharsets.UTF_8);
            List<String> violations = new ArrayList<>();
            for (String page : List.of(DEBATE, "index.html", "search/index.html", "people/layla/index.html")) {
                browser.open(site.out().resolve(page).toUri().toString());
                browser.script(axe);
                String found = (String) browser.asyncScript("""
                        var done = arguments[arguments.length - 1];
                        axe.run(document, {runOnly: {type: 'tag', values:
                            ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})
                          .then(function (r) {
                            done(r.violations.map(function (v) {
                              return v.id + ': ' + v.help + ' ' + v.nodes.slice(0, 3).map(function (n) {
                                return n.target.join(' '); }).join(', ');
                            }).join('\\n'));
                          })
                          .catch(function (e) { done('axe failed: ' + e); });""");
                if (!found.isEmpty()) {
                    violations.add(page + ":\n" + found);
                }
            }
            assertEquals(List.of(), violations);
        } finally {
            browser.close();
            try (Stream<Path> walk = Files.walk(profile)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (java.io.IOException ignored) {
                // Chromium's helpers may still be writing a moment after it quits; the folder is temporary.
            }
        }
    }

    @Test
    void aCommentInALanguageWrittenLeftToRightKeepsItsOwnDirection(@TempDir Path dir) throws Exception {
        List<String> missing = new ArrayList<>();
        Optional<Browser.Tools> tools = Browser.findTools(missing);
        BrowserSite.require(tools.isPresent(), "browser tests skipped: missing " + String.join(", ", missing));
        InlineSite site = InlineSite.of(dir.resolve("project"), ARABIC_SITE + """
                  - id: c5
                    author: Sam
                    body: I agree, but who pays?
                  - id: c6
                    author: Anne
                    lang: fr
                    body: « Oui », dit-elle.
                """);
        assertEquals(List.of(), InlineSite.messages(site.build()));
        Browser browser = Browser.start(tools.get());
        try {
            browser.open(site.out().resolve(DEBATE).toUri().toString());
            assertEquals("rtl", direction(browser, "#comment-c1 .comment-body"), "an Arabic comment");
            assertEquals("ltr", direction(browser, "#comment-c5 .comment-body"),
                    "an English comment without lang: its question mark stays at its end, on the right");
            assertEquals("ltr", direction(browser, "#comment-c6 .comment-card"), "a comment with lang: fr");
            assertEquals("rtl", direction(browser, "#comment-c5 .comment-head"), "the heading stays in the page's direction");
        } finally {
            browser.close();
        }
    }

    private static String direction(Browser browser, String selector) {
        return (String) browser.script("return getComputedStyle(document.querySelector(arguments[0])).direction;", selector);
    }

    @SuppressWarnings("unchecked")
    private static double right(Map<String, Object> rects, String which) {
        return ((Number) ((Map<String, Object>) rects.get(which)).get("right")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static double left(Map<String, Object> rects, String which) {
        return ((Number) ((Map<String, Object>) rects.get(which)).get("left")).doubleValue();
    }
}
