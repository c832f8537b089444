package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.Diagnostics;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.output.OutputIndex;
import org.rostrum.pipeline.BuildPlan.Kind;
import org.rostrum.pipeline.cache.BuildCache;
import org.rostrum.source.ContentLoader;

/** What {@link Planner} decides a run does, from the options, the last build's cache and the inputs. */
class PlannerTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @TempDir
    Path dir;

    private InlineSite site;

    private void write(String files) {
        site.writeDated(files);
    }

    private static String debate(String slug, String title) {
        return "-- content/debates/" + slug + "/index.md --\n---\ntitle: " + title + "\ndate: 2020-01-01\n---\nText.\n";
    }

    @BeforeEach
    void builtOnce() {
        site = InlineSite.of(dir, "");
        write(InlineSite.SITE_YAML + debate("alpha", "Alpha?") + InlineSite.comments("alpha", "first", "second")
                + debate("beta", "Beta?") + InlineSite.comments("beta", "one"));
        build(site.options());
    }

    private static void build(BuildOptions options) {
        BuildResult result = new SiteBuild(MARKDOWN, Clock.systemUTC()).build(options);
        assertEquals(List.of(), InlineSite.messages(result));
    }

    private Run run(BuildOptions options) {
        return new Run(options, BuildProgress.NONE, new Diagnostics(), Instant.now());
    }

    private BuildPlan plan(BuildOptions options) {
        return new Planner(new ContentLoader(MARKDOWN)).forBuild(run(options));
    }

    @Test
    void aSiteNothingChangedInIsLeftAsItIs() {
        BuildPlan plan = plan(site.options());
        assertEquals(Kind.UNCHANGED, plan.kind());
        assertEquals(plan.globalFingerprint(), plan.cache().globalFingerprint());
    }

    @Test
    void aDeletedOutputFileIsBuiltAgainFromTheCache() throws IOException {
        Files.delete(site.out().resolve("debates/alpha/index.html"));
        BuildPlan plan = plan(site.options());
        assertEquals(Kind.BUILD, plan.kind());
        assertEquals(plan.globalFingerprint(), plan.cache().globalFingerprint(), "the cache is trusted");
    }

    @Test
    void editedCommentsOfOneDebateAreACommentEditOfThatDebate() {
        write(InlineSite.comments("beta", "one, corrected"));
        BuildPlan plan = plan(site.options());
        assertEquals(Kind.COMMENT_EDIT, plan.kind());
        assertEquals(List.of("beta"), plan.editedDebates().stream().map(BuildCache.DebateEntry::slug).toList());
    }

    @Test
    void anEditedTitleIsABuildKeepingWhatTheCacheSaysStillHolds() {
        write(debate("beta", "Beta, renamed?"));
        BuildPlan plan = plan(site.options());
        assertEquals(Kind.BUILD, plan.kind());
        assertEquals(plan.globalFingerprint(), plan.cache().globalFingerprint());
        assertEquals(List.of(), plan.editedDebates());
    }

    @Test
    void aChangedSiteYamlIsABuildWithoutTheCacheThatStillKnowsTheFilesWritten() {
        write("-- content/site.yaml --\ntitle: Another Archive\nbase_url: https://example.org/\n");
        BuildPlan plan = plan(site.options());
        assertEquals(Kind.BUILD, plan.kind());
        assertSame(BuildCache.EMPTY, plan.cache());
        assertTrue(plan.previous().paths().contains("debates/alpha/index.html"),
                "the writer removes what it no longer makes");
    }

    /** Writes {@code files} with the wall clock's dates, so that the next build finds them racy. */
    private void writeNow(String files) {
        site.write(files);
    }

    @Test
    void filesChangedJustBeforeABuildAreNotTakenAsChangedByTheNext() throws InterruptedException {
        writeNow(InlineSite.comments("beta", "one, corrected") + InlineSite.SITE_YAML + debate("gamma", "Gamma?"));
        build(site.options());
        // Past the few seconds in which a file counts as racy: the next build compares their bytes
        // with those the last one remembered, not a fingerprint taken another way.
        Thread.sleep(3_200);
        BuildPlan plan = plan(site.options());
        assertEquals(Kind.UNCHANGED, plan.kind(), "racy files were remembered by their bytes: " + plan.cache().racy());
        assertTrue(plan.cache().racy().containsKey("debates/beta/comments.yaml"), plan.cache().racy().toString());
        assertTrue(plan.cache().racy().containsKey("debates/gamma/index.md"), plan.cache().racy().toString());
    }

    @Test
    void aRacyFileRewrittenWithTheSameSizeAndTimeIsSeen() throws IOException {
        writeNow(InlineSite.comments("beta", "one, corrected"));
        build(site.options());
        Path comments = dir.resolve("content/debates/beta/comments.yaml");
        FileTime time = Files.getLastModifiedTime(comments);
        String text = Files.readString(comments);
        Files.writeString(comments, text.replace("one, corrected", "one, CORRECTED"));
        Files.setLastModifiedTime(comments, time);
        BuildPlan plan = plan(site.options());
        assertEquals(Kind.COMMENT_EDIT, plan.kind(), "the same size and time, other bytes");
        assertEquals(List.of("beta"), plan.editedDebates().stream().map(BuildCache.DebateEntry::slug).toList());
        build(site.options());
        assertTrue(site.read("debates/beta/index.html").contains("one, CORRECTED"));
    }

    @Test
    void aRacyGlobalFileRewrittenWithTheSameSizeAndTimeIsSeen() throws IOException {
        Path siteYaml = dir.resolve("content/site.yaml");
        String text = Files.readString(siteYaml);
        writeNow("-- content/site.yaml --\n" + text);
        build(site.options());
        FileTime time = Files.getLastModifiedTime(siteYaml);
        String changed = text.replaceFirst("title: .", "title: Z");
        assertEquals(text.length(), changed.length());
        Files.writeString(siteYaml, changed);
        Files.setLastModifiedTime(siteYaml, time);
        BuildPlan plan = plan(site.options());
        assertEquals(Kind.BUILD, plan.kind());
        assertSame(BuildCache.EMPTY, plan.cache(), "a global change: nothing of the cache is trusted");
    }

    @Test
    void cleanIgnoresTheLastBuild() {
        write(InlineSite.comments("beta", "one, corrected"));
        BuildPlan plan = plan(site.options().withClean(true));
        assertEquals(Kind.BUILD, plan.kind());
        assertSame(BuildCache.EMPTY, plan.cache());
        assertSame(OutputIndex.EMPTY, plan.previous());
    }

    @Test
    void aSiteInSeveralLanguagesIsRenderedWholeWhenAnythingChanged() {
        write(InlineSite.SITE_YAML + "languages: [en, de]\n");
        build(site.options());
        write(InlineSite.comments("beta", "one, corrected"));
        BuildPlan plan = plan(site.options());
        assertEquals(Kind.BUILD, plan.kind());
        assertSame(BuildCache.EMPTY, plan.cache());
        assertNotSame(OutputIndex.EMPTY, plan.previous());
    }

    @Test
    void aCheckUsesNoCache() {
        BuildPlan plan = new Planner(new ContentLoader(MARKDOWN)).forCheck(run(site.options()));
        assertEquals(Kind.CHECK, plan.kind());
        assertSame(BuildCache.EMPTY, plan.cache());
    }
}
