package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.pipeline.BuildProgress.Phase;
import org.rostrum.markdown.MarkdownRenderer;

/** What a build tells its {@link BuildProgress}: every phase in order, one call per item. */
class BuildProgressTest {

    @TempDir
    Path dir;

    /** Writes down every call, as {@code start load}, {@code advance load}, {@code end load 2}. */
    private static final class Recorder implements BuildProgress {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void started(Phase phase, int total) {
            events.add("start " + phase.label() + " " + total);
        }

        @Override
        public void advanced(Phase phase, int done) {
            events.add("advance " + phase.label());
        }

        @Override
        public void finished(Phase phase, int done) {
            events.add("end " + phase.label() + " " + done);
        }

        List<String> phases() {
            return events.stream().filter(e -> !e.startsWith("advance")).toList();
        }

        long advances(Phase phase) {
            return events.stream().filter(e -> e.equals("advance " + phase.label())).count();
        }
    }

    private InlineSite site() {
        return InlineSite.of(dir, InlineSite.SITE_YAML + """
                -- content/debates/first/index.md --
                ---
                title: First?
                date: 2020-01-01
                ---
                Text.
                -- content/debates/second/index.md --
                ---
                title: Second?
                date: 2020-02-01
                ---
                Text.
                """);
    }

    @Test
    void aBuildReportsLoadDebatePagesSitePagesAndIndexInOrderWithOneCallPerItem() {
        InlineSite site = site();
        Recorder progress = new Recorder();

        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).build(site.options(), progress);

        assertFalse(result.failed(), result.diagnostics().toString());
        long siteFiles = progress.advances(Phase.SITE_PAGES);
        assertEquals(List.of("start load 0", "end load 2", "start debate pages 2", "end debate pages 2",
                "start site pages " + siteFiles, "end site pages " + siteFiles, "start index 2", "end index 2"),
                progress.phases());
        assertEquals(2, progress.advances(Phase.LOAD));
        assertEquals(2, progress.advances(Phase.DEBATE_PAGES));
        assertTrue(siteFiles > 0 && siteFiles < result.files(), siteFiles + " of " + result.files());
    }

    @Test
    void aCheckReportsTheFilesItRenders() {
        InlineSite site = site();
        Recorder progress = new Recorder();

        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).check(site.options(), progress);

        List<String> phases = progress.phases();
        assertEquals("start site pages", phases.get(4).replaceAll(" \\d+$", ""));
        assertEquals(phases.get(4).replace("start", "end"), phases.get(5));
        assertEquals(0, result.files());
        assertEquals(Long.parseLong(phases.get(5).replaceAll("\\D", "")), progress.advances(Phase.SITE_PAGES));
    }

    @Test
    void aBuildWithContentErrorsEndsAfterLoading() {
        InlineSite site = site();
        site.write("""
                -- content/debates/second/index.md --
                ---
                title: Second?
                ---
                """);
        Recorder progress = new Recorder();

        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).build(site.options(), progress);

        assertEquals(List.of("start load 0", "end load 2"), progress.phases(), result.diagnostics().toString());
    }
}
