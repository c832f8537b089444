package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rostrum.bench.ArchiveGenerator;
import org.rostrum.bench.Needle;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * The benchmark's needle on a small generated archive (30 debates of the real shape, one thread of
 * 466 comments, split into parts of 40 top-level comments): in headless Chromium, from
 * {@code file://} and from nginx under {@code /archive/}, a reader types the two words found only in
 * one reply at depth 4 in the last part of that thread, gets that reply first, follows it to its
 * part of the thread with the reply targeted and highlighted, and has loaded less than 300 kB.
 * {@code bench/run} makes the same check on the benchmark archive ({@code NeedleSearchBench}). See
 * {@link BrowserExtension} for when these tests are skipped.
 */
@ExtendWith(BrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedleSearchIT {

    /** A seed whose 30-debate archive has a thread of over 300 comments from its middle on. */
    private static final long SEED = 8;

    private Path site;
    private Needle needle;
    private Nginx nginx;
    private Browser browser;

    @BeforeAll
    void start(@TempDir Path dir, Browser.Tools tools, Browser browser) throws Exception {
        this.browser = browser;
        Path content = dir.resolve("content");
        needle = ArchiveGenerator.write(30, SEED, "real", content).needle.orElseThrow();
        Files.writeString(content.resolve("site.yaml"), "comments:\n  per_page: 40\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        site = dir.resolve("site");
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).build(BuildOptions.defaults()
                .withContent(content).withTemplates(dir.resolve("templates")).withOut(site));
        assertEquals(List.of(), InlineSite.messages(result));
        nginx = Nginx.serve(tools.nginx(), site, dir.resolve("nginx"), Nginx.freePort());
    }

    @AfterAll
    void stop() {
        if (nginx != null) {
            nginx.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "nginx"})
    void theTwoWordsLeadToTheDeepReplyOnItsPartOfTheThreadHighlightedWithinTheBudget(String where) throws Exception {
        String root = where.equals("file") ? site.toUri().toString() : nginx.baseUrl();
        NeedleSearch.Outcome found = NeedleSearch.search(browser, site, root, needle);
        assertEquals("1 result.", found.status(), found.toString());
        String part = NeedleSearch.expectedPage(site, needle);
        assertTrue(part.matches("debates/" + needle.debate() + "/comments/([2-9]|\\d\\d+)/index\\.html"),
                "a later part of the thread: " + part);
        assertEquals(List.of("../" + part + "#comment-" + needle.comment()), found.hrefs());
        assertEquals(part, found.landed());
        assertEquals("comment-" + needle.comment(), found.fragment());
        assertTrue(found.targeted() && found.highlighted() && found.inView(), found.toString());
        assertTrue(found.bytes() < 300_000, "loaded " + found.bytes() + " bytes in " + found.files() + " files");
        assertTrue(found.firstResultMs() >= 0, found.toString());
        assertEquals(List.of(), found.problems());
        assertTrue(found.found(needle), found.toString());
        if (where.equals("nginx")) {
            assertEquals(List.of(), nginx.failedRequests());
        }
    }
}
