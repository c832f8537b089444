package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.markdown.MarkdownRenderer;

/** Drafts and debates dated after the build: left out of every page unless asked for, and still checked. */
class ScheduledDebatesTest {

    /** Noon on 1 May 2024 in Berlin. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @TempDir
    Path dir;

    private final SiteBuild build = new SiteBuild(MARKDOWN, NOW);

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve("content").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void debate(String slug, String date, String extra) throws IOException {
        write("debates/" + slug + "/index.md", "---\ntitle: Question " + slug + "?\ndate: " + date
                + "\ntopics: [Energy]\n" + extra + "---\n\nText of " + slug + ".\n");
    }

    @BeforeEach
    void site() throws IOException {
        write("site.yaml", "title: Test\nbase_url: https://example.org/\ntimezone: Europe/Berlin\n");
        debate("published-before", "2024-04-30", "");
        debate("published-today", "2024-05-01", "");
        debate("published-this-morning", "2024-05-01T11:59:00+02:00", "");
        debate("a-draft", "2024-04-29", "draft: true\n");
        debate("later-today", "2024-05-01T12:01:00+02:00", "");
        debate("next-month", "2024-06-01", "");
    }

    private BuildOptions options() {
        return BuildOptions.defaults().withContent(dir.resolve("content")).withTemplates(dir.resolve("templates"))
                .withOut(dir.resolve("site")).withThreads(2);
    }

    /** The text of every HTML, XML and JSON file of the built site. */
    private String everything() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(html|xml|json|js)"))
                    .toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString();
    }

    @Test
    void draftsAndDebatesDatedAfterNowAreLeftOutEverywhere() throws IOException {
        BuildResult result = build.build(options());

        assertFalse(result.failed(), result.diagnostics().toString());
        assertEquals(3, result.debates());
        String site = everything();
        for (String kept : List.of("published-before", "published-today", "published-this-morning")) {
            assertTrue(Files.exists(dir.resolve("site/debates/" + kept + "/index.html")), kept);
        }
        for (String left : List.of("a-draft", "later-today", "next-month")) {
            assertFalse(Files.exists(dir.resolve("site/debates/" + left)), left);
            assertFalse(site.contains(left), left + " is linked or listed somewhere");
        }
    }

    @Test
    void futureAndDraftsArePublishedWhenAskedFor() throws IOException {
        BuildResult future = build.build(options().withFuture(true));
        assertEquals(5, future.debates());
        assertTrue(Files.exists(dir.resolve("site/debates/next-month/index.html")));
        assertFalse(Files.exists(dir.resolve("site/debates/a-draft")));

        BuildResult all = build.build(options().withFuture(true).withDrafts(true));
        assertEquals(6, all.debates());
        assertTrue(Files.exists(dir.resolve("site/debates/a-draft/index.html")));
    }

    @Test
    void problemsOfLeftOutDebatesAreStillReported() throws IOException {
        debate("next-year", "2025-01-01", "");
        write("debates/next-year/comments.yaml", "comments:\n  - id: c1\n    parent: nope\n    body: Hi.\n");
        String file = dir.resolve("content/debates/next-year/comments.yaml").toString();
        List<String> expected = List.of(file + ":2:5: warning: reader comment left out of the site",
                file + ":3:13: warning: unknown parent 'nope': no comment in this debate has that id");

        BuildResult built = build.build(options());
        assertEquals(3, built.debates());
        assertEquals(expected, built.diagnostics().stream().map(Object::toString).toList());

        BuildResult checked = build.check(options().withDrafts(true).withFuture(true));
        assertEquals(7, checked.debates());
        assertEquals(expected, checked.diagnostics().stream().map(Object::toString).toList());
    }
}
