package org.rostrum.pipeline.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.Diagnostics;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Debate;
import org.rostrum.model.Site;
import org.rostrum.model.ThreadStats;
import org.rostrum.output.OutputIndex;
import org.rostrum.source.ContentLoader;

/**
 * A cache whose blobs were written ahead ({@link BuildCache#writeBlobs}) and finished later is the
 * same file, byte for byte, as one written at once, and reads back the same.
 */
class BuildCacheBlobsTest {

    @TempDir
    Path dir;

    private static BuildCache cache(Map<String, BuildCache.DebateEntry> debates) {
        return new BuildCache(7, Long.MAX_VALUE, debates.size(), 12, 3, 4, List.of("index.html"), Set.of(),
                OutputIndex.EMPTY, debates, Map.of("debates/x/index.md", 5L), Optional.empty());
    }

    private static Map<String, BuildCache.DebateEntry> exampleEntries() {
        Site site = new ContentLoader(new MarkdownRenderer()).load(Path.of("content"), new Diagnostics());
        assertFalse(site.debates().isEmpty(), "the example archive has debates");
        Map<String, BuildCache.DebateEntry> entries = new HashMap<>();
        long n = 1;
        for (Debate d : site.debates()) {
            byte[] context = ("context of " + d.slug()).getBytes(StandardCharsets.UTF_8);
            entries.put(d.slug(), new BuildCache.DebateEntry(d.slug(), n++, n++, new ThreadStats(2, 3, 1),
                    List.of("debates/" + d.slug() + "/index.html"), DebateBlob.of(context, d)));
        }
        return entries;
    }

    @Test
    void blobsWrittenAheadMakeTheSameFileAsACacheWrittenAtOnce() throws IOException {
        Map<String, BuildCache.DebateEntry> entries = exampleEntries();
        Path atOnce = dir.resolve("a/site");
        Path ahead = dir.resolve("b/site");
        Files.createDirectories(atOnce);
        Files.createDirectories(ahead);

        cache(entries).write(atOnce);
        BuildCache.Blobs blobs = BuildCache.writeBlobs(ahead, entries);
        cache(entries).write(ahead, blobs);

        assertArrayEquals(Files.readAllBytes(BuildCache.fileFor(atOnce)), Files.readAllBytes(BuildCache.fileFor(ahead)));
        BuildCache read = BuildCache.read(ahead);
        assertEquals(entries.keySet(), read.debates().keySet());
        for (BuildCache.DebateEntry e : entries.values()) {
            assertArrayEquals(e.context(), read.debates().get(e.slug()).context());
        }
        assertFalse(Files.exists(ahead.resolveSibling(".site.cache.tmp")));
    }

    @Test
    void blobsOfOtherDebatesAreWrittenAgain() throws IOException {
        Map<String, BuildCache.DebateEntry> entries = exampleEntries();
        Map<String, BuildCache.DebateEntry> fewer = new HashMap<>(entries);
        fewer.remove(fewer.keySet().iterator().next());
        Path atOnce = dir.resolve("a/site");
        Path ahead = dir.resolve("b/site");
        Files.createDirectories(atOnce);
        Files.createDirectories(ahead);

        cache(entries).write(atOnce);
        cache(entries).write(ahead, BuildCache.writeBlobs(ahead, fewer));

        assertArrayEquals(Files.readAllBytes(BuildCache.fileFor(atOnce)), Files.readAllBytes(BuildCache.fileFor(ahead)));
    }

    @Test
    void discardedBlobsLeaveNoFile() throws IOException {
        Path out = dir.resolve("c/site");
        Files.createDirectories(out);

        BuildCache.writeBlobs(out, exampleEntries()).discard();

        assertEquals(List.of(), Files.list(out.getParent()).filter(p -> !p.equals(out)).toList());
    }
}
