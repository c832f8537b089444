package org.rostrum.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path dir;

    private static OutputFile text(String path, String content) {
        return new OutputFile.Generated(path, () -> content.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheOutputFolderOnlyOnCommit() throws IOException {
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.html"), "old");
        try (SiteWriter writer = SiteWriter.begin(out)) {
            writer.write(text("index.html", "new"));
            writer.write(text("debates/a/index.html", "a"));
            assertEquals("old", Files.readString(out.resolve("old.html")), "untouched until commit");
            assertFalse(Files.exists(out.resolve("index.html")));
            writer.commit();
        }
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertEquals("a", Files.readString(out.resolve("debates/a/index.html")));
        assertFalse(Files.exists(out.resolve("old.html")), "files of the previous build are gone");
        assertEquals(List.of(".site.lock", "site"), siblings());
    }

    @Test
    void leavesThePreviousSiteAsItWasWhenAborted() throws IOException {
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous");
        try (SiteWriter writer = SiteWriter.begin(out)) {
            writer.write(text("index.html", "half-done"));
            writer.abort();
        }
        assertEquals("previous", Files.readString(out.resolve("index.html")));
        assertEquals(List.of(".site.lock", "site"), siblings());
    }

    @Test
    void removesTheStagingFolderOfAKilledBuild() throws IOException {
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.createDirectories(dir.resolve(".site.staging/debates"));
        Files.writeString(dir.resolve(".site.staging/debates/x.html"), "stray");
        try (SiteWriter writer = SiteWriter.begin(out)) {
            writer.write(text("index.html", "fresh"));
            writer.commit();
        }
        assertEquals(List.of(".site.lock", "site"), siblings());
        assertFalse(Files.exists(out.resolve("debates/x.html")));
    }

    @Test
    void restoresTheLastSiteWhenAKillFellBetweenTheTwoRenames() throws IOException {
        Path old = dir.resolve(".site.old");
        Files.createDirectories(old);
        Files.writeString(old.resolve("index.html"), "last good");
        try (SiteWriter writer = SiteWriter.begin(dir.resolve("site"))) {
            assertEquals("last good", Files.readString(dir.resolve("site/index.html")));
            writer.abort();
        }
        assertEquals("last good", Files.readString(dir.resolve("site/index.html")));
    }

    /**
     * A kill during an incremental commit leaves some staged files moved into the output, others
     * still staged, and the marker that lists the stale files: the next build finishes the commit.
     */
    @Test
    void finishesAnIncrementalCommitThatAKillInterrupted() throws IOException {
        Path out = dir.resolve("site");
        Path staging = dir.resolve(".site.staging");
        Files.createDirectories(out.resolve("debates/gone"));
        Files.writeString(out.resolve("index.html"), "new, moved before the kill");
        Files.writeString(out.resolve("about.html"), "old");
        Files.writeString(out.resolve("debates/gone/index.html"), "stale");
        Files.createDirectories(staging.resolve("debates/a"));
        Files.writeString(staging.resolve("about.html"), "new, still staged");
        Files.writeString(staging.resolve("debates/a/index.html"), "new debate, still staged");
        Files.writeString(staging.resolve(SiteWriter.COMMIT_MARKER), "debates/gone/index.html\n");
        try (SiteWriter writer = SiteWriter.begin(out)) {
            writer.abort();
        }
        assertEquals("new, moved before the kill", Files.readString(out.resolve("index.html")));
        assertEquals("new, still staged", Files.readString(out.resolve("about.html")));
        assertEquals("new debate, still staged", Files.readString(out.resolve("debates/a/index.html")));
        assertFalse(Files.exists(out.resolve("debates/gone")), "the stale file and its empty folder are gone");
        assertEquals(List.of(".site.lock", "site"), siblings());
    }

    @Test
    void copiesFilesByteForByte() throws IOException {
        byte[] bytes = {0, 1, 2, (byte) 0xff, 10};
        Path source = dir.resolve("photo.bin");
        Files.write(source, bytes);
        Path out = dir.resolve("site");
        try (SiteWriter writer = SiteWriter.begin(out)) {
            writer.write(new OutputFile.Copied("people/photo.bin", source));
            writer.commit();
        }
        assertArrayEquals(bytes, Files.readAllBytes(out.resolve("people/photo.bin")));
    }

    @Test
    void refusesPathsThatLeaveTheOutputFolder() throws IOException {
        try (SiteWriter writer = SiteWriter.begin(dir.resolve("site"))) {
            for (String bad : List.of("../escape.html", "/etc/passwd", "a/../../b", "a//b", "a\\b", "", "a/./b", "x\u0000y")) {
                assertThrows(IllegalArgumentException.class, () -> writer.write(text(bad, "x")), bad);
            }
            writer.abort();
        }
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    @Test
    void refusesToWriteOnePathTwice() throws IOException {
        try (SiteWriter writer = SiteWriter.begin(dir.resolve("site"))) {
            writer.write(text("index.html", "1"));
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> writer.write(text("index.html", "2")));
            assertEquals("two outputs write 'index.html'", e.getMessage());
            writer.abort();
        }
    }

    @Test
    void allowsOneBuildOfAnOutputFolderAtATime() throws IOException {
        Path out = dir.resolve("site");
        try (SiteWriter first = SiteWriter.begin(out)) {
            IOException e = assertThrows(IOException.class, () -> SiteWriter.begin(out));
            assertTrue(e.getMessage().startsWith("another build is writing"), e.getMessage());
            first.abort();
        }
    }
}
