package org.rostrum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import changes the content folder completely or not at all, and a dry run never changes it. */
class AllOrNothingImportTest {

    private static final Path WORDPRESS = Path.of("src/test/resources/import/wordpress-1.2.xml");
    private static final Path DISQUS = Path.of("src/test/resources/import/disqus.xml");
    private static final int[] PERCENT = {3, 20, 45, 70, 95};

    @TempDir
    Path dir;

    private CommandRun run(String... args) {
        return CommandRun.of(Clock.fixed(Instant.parse("2024-04-01T10:00:00Z"), ZoneOffset.UTC), args);
    }

    private Path content() {
        return dir.resolve("site/content");
    }

    /**
     * A content folder that already holds the full WordPress and Disqus imports. Both test exports
     * have a few bad items on purpose: those are reported and left out, the rest is imported.
     */
    private void populated() {
        CommandRun wordpress = run("import", "wordpress", WORDPRESS.toString(), "--into", content().toString());
        assertTrue(wordpress.out().contains(content() + ": "), wordpress.out() + wordpress.err());
        CommandRun disqus = run("import", "disqus", DISQUS.toString(), "--into", content().toString());
        assertTrue(disqus.err().endsWith("; the items named above were left out, the rest was imported\n"), disqus.err());
    }

    @Test
    void aTruncatedWordPressExportLeavesTheContentFolderAsItWas() throws IOException {
        populated();
        Map<String, String> before = hashes(dir.resolve("site"));
        for (int percent : PERCENT) {
            Path cut = truncated(WORDPRESS, percent);
            CommandRun run = run("import", "wordpress", cut.toString(), "--into", content().toString(), "--force");
            assertEquals(1, run.exitCode(), percent + "%: " + run.out());
            assertTrue(run.err().endsWith("; nothing was written, " + content() + " is as it was\n"), run.err());
            assertEquals(before, hashes(dir.resolve("site")), "after cutting the export at " + percent + "%");
        }
    }

    @Test
    void aTruncatedDisqusExportLeavesEveryCommentAsItWas() throws IOException {
        populated();
        Map<String, String> before = hashes(dir.resolve("site"));
        for (int percent : PERCENT) {
            Path cut = truncated(DISQUS, percent);
            CommandRun run = run("import", "disqus", cut.toString(), "--into", content().toString());
            assertEquals(1, run.exitCode(), percent + "%: " + run.out());
            assertTrue(run.err().contains("malformed XML"), run.err());
            assertTrue(run.err().endsWith("; nothing was written, " + content() + " is as it was\n"), run.err());
            assertEquals(before, hashes(dir.resolve("site")), "after cutting the export at " + percent + "%");
        }
    }

    @Test
    void aWholeExportIsAppliedAndReportsWhatChanged() {
        CommandRun first = run("import", "wordpress", WORDPRESS.toString(), "--into", content().toString());
        // Three debates (one with comments.yaml), a page with its comments, site.yaml, redirects.yaml, one person.
        assertTrue(first.out().contains(content() + ": 9 files added, 0 changed, 0 removed\n"), first.out());
        CommandRun again = run("import", "wordpress", WORDPRESS.toString(), "--into", content().toString(), "--force");

        assertTrue(again.out().contains(content() + ": 0 files added, 0 changed, 0 removed\n"), again.out());
        assertTrue(again.out().contains("\ntook 0.00 s\n"), again.out());
    }

    @Test
    void aDryRunReportsButWritesNothing() throws IOException {
        Files.createDirectories(dir.resolve("site"));
        Map<String, String> empty = hashes(dir.resolve("site"));
        CommandRun wordpress = run("import", "wordpress", WORDPRESS.toString(), "--into", content().toString(),
                "--dry-run");

        assertTrue(wordpress.out().startsWith("WordPress export: read "), wordpress.out());
        assertTrue(wordpress.out().matches("(?s).*\ndry run: nothing written; " + java.util.regex.Pattern.quote(
                content().toString()) + " would have [1-9][0-9]* files added, 0 changed, 0 removed\n"), wordpress.out());
        assertEquals(empty, hashes(dir.resolve("site")));

        populated();
        Files.writeString(content().resolve("debates/" + firstDebate() + "/comments.yaml"), "comments: []\n");
        Map<String, String> before = hashes(dir.resolve("site"));
        CommandRun disqus = run("import", "disqus", DISQUS.toString(), "--into", content().toString(), "--dry-run");
        assertTrue(disqus.out().contains("would have 0 files added, 1 changed, 0 removed\n"), disqus.out());
        assertEquals(before, hashes(dir.resolve("site")));
    }

    @Test
    void writesFilesReadableByEveryone() throws IOException {
        populated();
        try (Stream<Path> files = Files.walk(content())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                        file.toString());
            }
        }
    }

    @Test
    void aDisqusImportThatChangesACommentFileReplacesOnlyIt() throws IOException {
        populated();
        String debate = firstDebate();
        Path comments = content().resolve("debates/" + debate + "/comments.yaml");
        Files.writeString(comments, "comments: []\n");
        Map<String, String> before = hashes(dir.resolve("site"));
        CommandRun run = run("import", "disqus", DISQUS.toString(), "--into", content().toString());
        assertTrue(run.out().endsWith(content() + ": 0 files added, 1 changed, 0 removed\n"), run.out());
        Map<String, String> after = hashes(dir.resolve("site"));
        String key = "content/debates/" + debate + "/comments.yaml";
        assertNotEquals(before.get(key), after.get(key));
        before.remove(key);
        after.remove(key);
        assertEquals(before, after);
    }

    @Test
    void aTruncatedDisqusExportLeavesAPagesCommentsAsTheyWereAndAWholeOneMergesThem() throws IOException {
        Files.createDirectories(content().resolve("pages/about"));
        Files.writeString(content().resolve("site.yaml"), "title: T\nbase_url: https://new.example.org/\n");
        Files.writeString(content().resolve("pages/about/team.md"), "---\ntitle: The team\n---\nWe.\n");
        Path comments = content().resolve("pages/about/team.comments.yaml");
        Files.writeString(comments, "comments:\n  - id: c1\n    body: Kept.\n  - id: dq-1\n    body: Replaced.\n");
        StringBuilder xml = new StringBuilder("<disqus xmlns=\"http://disqus.com\" "
                + "xmlns:dsq=\"http://disqus.com/disqus-internals\">\n"
                + "<thread dsq:id=\"1\"><id></id><link>https://old.example.org/about/team/</link></thread>\n");
        for (int post = 2; post <= 40; post++) {
            xml.append("<post dsq:id=\"").append(post).append("\"><message><![CDATA[<p>Post ").append(post)
                    .append(".</p>]]></message><createdAt>2020-01-01T00:00:00Z</createdAt><thread dsq:id=\"1\"/>"
                            + "</post>\n");
        }
        Path export = dir.resolve("pages.xml");
        Files.writeString(export, xml.append("</disqus>\n"));
        Map<String, String> before = hashes(dir.resolve("site"));
        for (int percent : PERCENT) {
            CommandRun run = run("import", "disqus", truncated(export, percent).toString(), "--into",
                    content().toString());
            assertEquals(1, run.exitCode(), percent + "%: " + run.out());
            assertEquals(before, hashes(dir.resolve("site")), "after cutting the export at " + percent + "%");
        }

        CommandRun whole = run("import", "disqus", export.toString(), "--into", content().toString());
        assertEquals(0, whole.exitCode(), whole.err());
        assertTrue(whole.out().contains("    1  matched to a page\n"), whole.out());
        assertTrue(whole.out().endsWith(content() + ": 0 files added, 1 changed, 0 removed\n"), whole.out());
        String merged = Files.readString(comments);
        assertTrue(merged.startsWith("comments:\n  - id: c1\n    body: Kept.\n  - id: dq-2\n"), merged);
        assertFalse(merged.contains("Replaced."), merged);
        assertTrue(merged.contains("Post 40."), merged);
    }

    /** The debate whose comments.yaml the Disqus export fills (the first one that has Disqus comments). */
    private String firstDebate() throws IOException {
        try (Stream<Path> files = Files.list(content().resolve("debates"))) {
            for (Path folder : files.sorted().toList()) {
                Path file = folder.resolve("comments.yaml");
                if (Files.exists(file) && Files.readString(file).contains("id: dq-")) {
                    return folder.getFileName().toString();
                }
            }
        }
        throw new AssertionError("no debate has Disqus comments");
    }

    private Path truncated(Path export, int percent) throws IOException {
        byte[] bytes = Files.readAllBytes(export);
        Path cut = dir.resolve("cut-" + percent + "-" + export.getFileName());
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * percent / 100));
        return cut;
    }

    /**
     * Every file and folder under {@code root} (content and hidden staging folders alike), with the
     * SHA-256 of its bytes, its permissions and its modification time.
     */
    static Map<String, String> hashes(Path root) {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString();
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    tree.put(name + "/", mode);
                } else {
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
                    tree.put(name, HexFormat.of().formatHex(digest) + " " + mode + " "
                            + Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        assertFalse(tree.isEmpty());
        return tree;
    }
}
