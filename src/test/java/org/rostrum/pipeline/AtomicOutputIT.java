package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.FileTree;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * A build that fails midway leaves the previous {@code site/} complete and byte-identical, and the
 * next successful build leaves nothing but {@code site/}, its lock file and its build cache: whether a template
 * fails on one page, the file system refuses an output file, or the process is killed with SIGKILL
 * while it writes.
 */
class AtomicOutputIT {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @TempDir
    Path dir;

    @Test
    void aBuildKilledWhileWritingLeavesThePreviousSiteAndTheNextBuildCleansUp() throws Exception {
        Path content = dir.resolve("content");
        Path out = dir.resolve("out/site");
        writeLargeSite(content, "First edition", 400);
        assertEquals(List.of(), build(content, out).diagnostics());
        FileTree previous = FileTree.of(out);
        int files = previous.paths().size();

        write(content.resolve("site.yaml"), siteYaml("Second edition")); // every page changes
        Path staging = out.resolveSibling(".site.staging");
        int killedWhileStaging = 0;
        for (int threshold : new int[] {0, files / 10, files / 5}) {
            Process child = ChildJvm.start(ChildJvm.command(List.of(), List.of("build", "--quiet", "--threads", "1",
                    "--content", content.toString(), "--out", out.toString())), dir.resolve("logs-" + threshold));
            try {
                awaitStagedFiles(child, staging, threshold);
            } finally {
                child.destroyForcibly(); // SIGKILL
                assertTrue(child.waitFor(1, TimeUnit.MINUTES));
            }
            assertEquals(137, child.exitValue(), "killed, not finished");
            assertTrue(Files.isDirectory(staging), "killed while writing");
            if (Files.exists(staging.resolve(".rostrum-commit"))) {
                // The kill fell into an incremental commit, which moves staged files into site/: the
                // next build finishes it (checked below), but site/ is no longer the previous one.
                System.err.println("AtomicOutputIT: the kill at " + threshold + " staged files fell into the commit");
                break;
            }
            FileTree.assertSame(previous, FileTree.of(out), "after a kill at " + threshold + " staged files");
            killedWhileStaging++;
        }
        assertTrue(killedWhileStaging > 0, "at least the kill when staging began came before the commit");

        assertEquals(List.of(), build(content, out).diagnostics());
        assertEquals(List.of(".site.cache", ".site.lock", ".site.search", "site"), names(out.getParent()));
        Path fresh = dir.resolve("fresh/site");
        assertEquals(List.of(), build(content, fresh).diagnostics());
        FileTree.assertSame(FileTree.of(fresh), FileTree.of(out), "the build after the kills");
    }

    @Test
    void aTemplateThatFailsOnOnePageLeavesThePreviousSite() throws IOException {
        Path content = dir.resolve("content");
        Path templates = dir.resolve("templates");
        Path out = dir.resolve("out/site");
        writeLargeSite(content, "Archive", 30);
        assertEquals(List.of(), build(content, templates, out).diagnostics());
        FileTree previous = FileTree.of(out);

        String failing = "<#if debate.slug == \"debate-17\">${debate.noSuchField}</#if>";
        write(templates.resolve("debate.ftlh"), failing + builtInTemplate("debate.ftlh"));
        BuildResult failed = build(content, templates, out);
        assertEquals(List.of(templates.resolve("debate.ftlh") + ":1:35: error: 'debate.noSuchField' is null or missing"
                + " (use ?? or ! in the template when it may be absent)"),
                failed.diagnostics().stream().map(Object::toString).toList());
        FileTree.assertSame(previous, FileTree.of(out), "after a template error");
        assertEquals(List.of(".site.cache", ".site.lock", ".site.search", "site"), names(out.getParent()));
    }

    /**
     * The file system refuses every file over 256 KiB: a child build runs under {@code ulimit -f},
     * which limits even root, and one debate has a 1 MiB bundle file. Other files are written first.
     */
    @Test
    void anOutputFileThatCannotBeWrittenLeavesThePreviousSite() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
        Path content = dir.resolve("content");
        Path out = dir.resolve("out/site");
        writeLargeSite(content, "Archive", 30);
        assertEquals(List.of(), build(content, out).diagnostics());
        FileTree previous = FileTree.of(out);

        byte[] big = new byte[1 << 20];
        Arrays.fill(big, (byte) 'x');
        Files.write(content.resolve("debates/debate-17/big.txt"), big);
        List<String> command = new ArrayList<>(List.of("/bin/bash", "-c", "ulimit -f 256 && exec \"$@\"", "bash"));
        command.addAll(ChildJvm.command(List.of(), List.of("build", "--quiet", "--threads", "1", "--content",
                content.toString(), "--out", out.toString())));
        ChildJvm.Result result = ChildJvm.run(command, dir.resolve("logs"));

        assertEquals(1, result.exitCode(), result.err());
        assertEquals(out + ":1:1: error: cannot write debates/debate-17/big.txt: File too large\n"
                + "error: build failed with 1 error; " + out + " was left as it was\n", result.err());
        FileTree.assertSame(previous, FileTree.of(out), "after a file could not be written");
        assertEquals(List.of(".site.cache", ".site.lock", ".site.search", "site"), names(out.getParent()));
    }

    // --- Helpers -------------------------------------------------------------------------------

    /**
     * Waits until the child has staged at least {@code threshold} files (or, for 0, created its
     * staging folder); fails if it ends first.
     */
    private static void awaitStagedFiles(Process child, Path staging, int threshold) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new AssertionError("the build ended (exit " + child.exitValue() + ") before " + threshold
                        + " files were staged: make the site larger");
            }
            if (Files.isDirectory(staging) && (threshold == 0 || countFiles(staging) >= threshold)) {
                return;
            }
            Thread.sleep(threshold == 0 ? 1 : 10);
        }
        throw new AssertionError("no " + threshold + " staged files within three minutes");
    }

    private static long countFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // the tree changes while it is walked
        }
    }

    private static BuildResult build(Path content, Path out) {
        return build(content, content.resolveSibling("no-templates"), out);
    }

    private static BuildResult build(Path content, Path templates, Path out) {
        return new SiteBuild(MARKDOWN, Clock.systemUTC()).build(BuildOptions.defaults().withContent(content)
                .withTemplates(templates).withOut(out));
    }

    /** {@code debates} debates with a few comments each, a person and a page. */
    private static void writeLargeSite(Path content, String title, int debates) throws IOException {
        write(content.resolve("site.yaml"), siteYaml(title));
        write(content.resolve("people/ann.yaml"), "name: Ann Expert\nrole: Economist\n");
        write(content.resolve("pages/about.md"), "---\ntitle: About\n---\nWho we are.\n");
        for (int i = 0; i < debates; i++) {
            Path debate = content.resolve("debates/debate-" + i);
            write(debate.resolve("index.md"), "---\ntitle: Question number " + i + "?\ndate: "
                    + (2000 + i % 20) + "-0" + (1 + i % 9) + "-1" + (i % 10) + "\ntopics: [Topic " + (i % 7) + "]\n---\n"
                    + "The editors' introduction to question " + i + ".\n\n::: response ann\nAn answer.\n:::\n");
            write(debate.resolve("comments.yaml"), "comments:\n"
                    + "  - id: a\n    author: Reader\n    body: A first comment on " + i + ".\n"
                    + "  - id: b\n    parent: a\n    body: A reply.\n"
                    + "  - id: c\n    body: Another comment.\n");
        }
    }

    private static String siteYaml(String title) {
        return "title: " + title + "\nbase_url: https://example.org/\nper_page: 10\n";
    }

    private static String builtInTemplate(String name) throws IOException {
        try (InputStream in = AtomicOutputIT.class.getClassLoader().getResourceAsStream("org/rostrum/theme/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
