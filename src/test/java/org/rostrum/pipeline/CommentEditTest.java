package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.FileTree;
import org.rostrum.diag.Diagnostics;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.pipeline.cache.BuildCache;
import org.rostrum.source.ContentLoader;
import org.rostrum.thread.CommentThreader;

/**
 * The rebuild after comment edits alone ({@link CommentEdit}): it takes over exactly when nothing
 * but the text of comments changed, declines otherwise without touching the output, and what it
 * leaves is byte for byte a clean build, cache included.
 */
class CommentEditTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @TempDir
    Path dir;

    private InlineSite site;

    private void write(String files) {
        site.writeDated(files);
    }

    private static String debate(String slug, String title, String date, String body) {
        return "-- content/debates/" + slug + "/index.md --\n---\ntitle: " + title + "\ndate: " + date
                + "\ntopics: [Economy]\n---\n" + body + "\n\n::: response ana\nAna's answer.\n:::\n";
    }

    private void site(String alphaBody) {
        site = InlineSite.of(dir, "");
        write(InlineSite.SITE_YAML + """
                -- content/people/ana.yaml --
                name: Ana Expert
                role: Economist
                """
                + debate("alpha", "Alpha?", "2019-01-01", alphaBody) + InlineSite.comments("alpha", "first", "second")
                + debate("beta", "Beta?", "2020-01-01", "Beta's text.") + InlineSite.comments("beta", "one", "two", "three")
                + debate("gamma", "Gamma?", "2021-01-01", "Gamma's text.") + InlineSite.comments("gamma", "only"));
        build();
    }

    private BuildResult build() {
        BuildResult result = new SiteBuild(MARKDOWN, Clock.systemUTC()).build(site.options());
        assertEquals(List.of(), InlineSite.messages(result));
        return result;
    }

    /** Runs the comment-edit rebuild alone, as a build would before anything else. */
    private Optional<CommentEdit.Result> commentEdit(Diagnostics diagnostics) throws IOException {
        ContentLoader loader = new ContentLoader(MARKDOWN);
        Run run = new Run(site.options(), BuildProgress.NONE, diagnostics, Instant.now());
        return new CommentEdit(MARKDOWN, loader, new CommentThreader()).build(run, new Planner(loader).forBuild(run));
    }

    private FileTree output() {
        return FileTree.of(site.out());
    }

    /** The files whose bytes differ from {@code before} (or that are new), sorted. */
    private List<String> changedSince(FileTree before) {
        return before.changedIn(output());
    }

    private void assertSameAsCleanBuild() throws IOException {
        Path clean = dir.resolve("clean-" + System.nanoTime());
        BuildResult result = new SiteBuild(MARKDOWN, Clock.systemUTC())
                .build(site.options().withOut(clean).withClean(true));
        assertEquals(List.of(), InlineSite.messages(result));
        FileTree.assertSame(FileTree.of(clean), output(), "a clean build");
    }

    @Test
    void editingTheTextOfACommentRebuildsThatDebateAlone() throws IOException {
        site("Alpha's text.");
        FileTree before = output();
        write(InlineSite.comments("beta", "one", "two, corrected", "three"));
        Optional<CommentEdit.Result> result = commentEdit(new Diagnostics());
        assertTrue(result.isPresent());
        // The page, comments.json, the comment's fragment of the search index and the shards of
        // its words (search/t/ + the hex of their first letters), whose scores in it changed with
        // its length: "1" and "reader" (its author, Reader 1), "corrected" and "two"; and the
        // index's manifest, since no word began with "c" before.
        assertEquals(List.of("debates/beta/comments.json", "debates/beta/index.html", "search/d/0.js",
                "search/index.js", "search/t/31.js", "search/t/63.js", "search/t/72.js", "search/t/74.js"),
                changedSince(before));
        assertEquals(8, result.get().written());
        assertTrue(site.read("debates/beta/index.html").contains("two, corrected"));
        assertSameAsCleanBuild();
    }

    @Test
    void aLongThreadWithAnAliasAndABundleFileKeepsAllItsFiles() throws IOException {
        site = InlineSite.of(dir, "");
        write(InlineSite.SITE_YAML + "comments:\n  per_page: 2\n" + """
                -- content/people/ana.yaml --
                name: Ana Expert
                -- content/debates/long/map.txt --
                a bundle file
                -- content/debates/long/index.md --
                ---
                title: Long?
                date: 2020-01-01
                aliases: [/2020/01/long/]
                ---
                Text.

                ::: response ana
                Answer.
                :::
                """ + InlineSite.comments("long", "one", "two", "three", "four", "five")
                + debate("short", "Short?", "2021-01-01", "Text.") + InlineSite.comments("short", "only"));
        build();
        FileTree before = output();
        write(InlineSite.comments("long", "one", "two", "three", "four", "five, corrected"));
        Optional<CommentEdit.Result> result = commentEdit(new Diagnostics());
        assertTrue(result.isPresent());
        // The third part, comments.json, and of the search index the comment's fragment, the
        // shards of "4" (its author, Reader 4), "corrected" and "five", and the manifest (a first
        // word in "c"); "reader" scores as before in it after rounding.
        assertEquals(List.of("debates/long/comments.json", "debates/long/comments/3/index.html", "search/d/0.js",
                "search/index.js", "search/t/34.js", "search/t/63.js", "search/t/66.js"), changedSince(before));
        assertEquals(7, result.get().written());
        assertTrue(site.read("debates/long/comments/3/index.html").contains("five, corrected"));
        assertSameAsCleanBuild();
    }

    @Test
    void theCacheItLeavesServesTheNextBuilds() throws IOException {
        site("Alpha's text.");
        write(InlineSite.comments("beta", "one", "two, corrected", "three"));
        assertTrue(commentEdit(new Diagnostics()).isPresent());
        assertEquals(0, build().files(), "nothing changed since");
        write(InlineSite.comments("gamma", "only, corrected"));
        assertTrue(commentEdit(new Diagnostics()).isPresent(), "a second edit after the first");
        write(debate("beta", "Beta, renamed?", "2020-01-01", "Beta's text."));
        build();
        assertSameAsCleanBuild();
    }

    @Test
    void anEditMadeSecondsAfterTheFirstBuildIsStillACommentEdit() throws Exception {
        site("Alpha's text.");
        // Longer than the few seconds in which a file counts as racy: the files the first build saw
        // racy are compared by their bytes, which did not change, so its cache still serves the edit.
        Thread.sleep(3_200);
        FileTree before = output();
        write(InlineSite.comments("beta", "one", "two, corrected", "three"));
        Optional<CommentEdit.Result> result = commentEdit(new Diagnostics());
        assertTrue(result.isPresent());
        assertEquals(8, result.get().written(), changedSince(before).toString());
        assertSameAsCleanBuild();
    }

    @Test
    void addingACommentIsLeftToTheFullBuildBecauseListsCountIt() throws IOException {
        site("Alpha's text.");
        FileTree before = output();
        write(InlineSite.comments("gamma", "only", "a second one"));
        assertFalse(commentEdit(new Diagnostics()).isPresent());
        assertEquals(before.paths(), output().paths());
        build();
        assertTrue(site.read("index.html").contains("2 comments"), "the home page counts it");
        assertSameAsCleanBuild();
    }

    @Test
    void aFileDeletedFromTheOutputIsLeftToTheFullBuildWhichWritesItAgain() throws IOException {
        site("Alpha's text.");
        Files.delete(site.out().resolve("index.html"));
        write(InlineSite.comments("beta", "one", "two, corrected", "three"));
        assertFalse(commentEdit(new Diagnostics()).isPresent());
        assertFalse(Files.exists(site.out().resolve("index.html")), "the output as it was");
        build();
        assertSameAsCleanBuild();
    }

    @Test
    void anEditOfTheDebateItselfIsLeftToTheFullBuild() throws IOException {
        site("Alpha's text.");
        write(debate("beta", "Beta?", "2020-01-01", "Beta's text, revised."));
        assertFalse(commentEdit(new Diagnostics()).isPresent());
    }

    @Test
    void aDebateThatEditorsLinkIntoIsLeftToTheFullBuild() throws IOException {
        site("See [the second comment](/debates/beta/#comment-c1).");
        write(InlineSite.comments("beta", "one", "two, corrected", "three"));
        assertFalse(commentEdit(new Diagnostics()).isPresent(), "its comments' ids could have changed");
        write(InlineSite.comments("gamma", "only, corrected"));
        assertTrue(InlineSite.messages(new SiteBuild(MARKDOWN, Clock.systemUTC()).build(site.options())).isEmpty());
        assertSameAsCleanBuild();
    }

    @Test
    void brokenCommentsAreLeftToTheFullBuildWhichReportsThem() throws IOException {
        site("Alpha's text.");
        FileTree before = output();
        write("-- content/debates/beta/comments.yaml --\ncomments:\n  - id: c0\n    body: [unclosed\n");
        Diagnostics diagnostics = new Diagnostics();
        assertFalse(commentEdit(diagnostics).isPresent());
        assertEquals(List.of(), diagnostics.sorted(), "reported once, by the full build");
        assertEquals(before.paths(), output().paths());
        List<String> messages = InlineSite.messages(new SiteBuild(MARKDOWN, Clock.systemUTC()).build(site.options()));
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("content/debates/beta/comments.yaml:") || messages.get(0)
                .contains("debates/beta/comments.yaml:"), messages.toString());
    }

    @Test
    void aDamagedCacheIsNeverTrusted() throws IOException {
        site("Alpha's text.");
        Path cache = BuildCache.fileFor(site.out());
        byte[] bytes = Files.readAllBytes(cache);
        bytes[12] ^= 0x55;   // inside the first blob: alpha's
        Files.write(cache, bytes);
        write(InlineSite.comments("alpha", "first, corrected", "second"));
        assertFalse(commentEdit(new Diagnostics()).isPresent());
        build();
        assertSameAsCleanBuild();
    }

    @Test
    void editingACommentRewritesOnlyTheSetsOfCappedWordsWhoseDocumentsChanged() throws IOException {
        // 3,100 comments say "alpha" (with "filler" and their author's "reader"): more documents
        // than a shard keeps, so each of the three has its whole set in search/s/
        String[] bodies = new String[3_100];
        java.util.Arrays.fill(bodies, "alpha filler");
        site = InlineSite.of(dir, "");
        write(InlineSite.SITE_YAML + debate("long", "Long?", "2020-01-01", "Text.") + InlineSite.comments("long", bodies)
                + "-- content/people/ana.yaml --\nname: Ana Expert\n");
        build();
        List<String> sets = List.of("search/s/616c706861.js", "search/s/66696c6c6572.js", "search/s/726561646572.js");
        assertTrue(sets.stream().allMatch(p -> Files.isRegularFile(site.out().resolve(p))), "alpha, filler, reader");
        FileTree before = output();
        bodies[7] = "gamma filler";
        write(InlineSite.comments("long", bodies));
        Optional<CommentEdit.Result> result = commentEdit(new Diagnostics());
        assertTrue(result.isPresent());
        // alpha lost a document; filler and reader kept theirs (only their scores in the shards changed)
        List<String> changed = changedSince(before);
        assertEquals(List.of("search/s/616c706861.js"), changed.stream().filter(p -> p.startsWith("search/s/")).toList(),
                changed.toString());
        assertEquals(changed.size(), result.get().written(), changed.toString());
        assertSameAsCleanBuild();
    }
}
