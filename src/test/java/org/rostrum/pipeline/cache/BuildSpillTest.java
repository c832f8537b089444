package org.rostrum.pipeline.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.Diagnostics;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Debate;
import org.rostrum.model.EditorialText;
import org.rostrum.source.ContentLoader;

/**
 * A build keeps the editors' text of the debates it read in a {@link BuildSpill} until it renders
 * them: every debate of the example archive must come back equal from it, the debate kept in
 * memory must be the cache's summary (no editors' text), and the file must go when the spill closes.
 */
class BuildSpillTest {

    @TempDir
    Path dir;

    @Test
    void everyExampleDebateComesBackWhole() throws IOException {
        List<Debate> debates = new ContentLoader(new MarkdownRenderer()).load(Path.of("content"), new Diagnostics())
                .debates();
        assertFalse(debates.isEmpty());
        Path out = dir.resolve("site");
        try (BuildSpill spill = BuildSpill.open(out)) {
            List<Debate> kept = debates.parallelStream().map(spill::keep).toList();
            for (int i = 0; i < debates.size(); i++) {
                Debate full = debates.get(i);
                Debate summary = kept.get(i);
                assertTrue(summary.body().stream().noneMatch(b -> b instanceof EditorialText), full.slug());
                assertEquals(full.body().stream().filter(b -> !(b instanceof EditorialText)).toList(), summary.body());
                assertEquals(full, spill.restore(summary), full.slug());
            }
            assertTrue(debates.stream().anyMatch(d -> d.body().stream().anyMatch(b -> b instanceof EditorialText)),
                    "the example archive has editors' text");
        }
        assertFalse(Files.exists(dir.resolve(".site.cache.spill.tmp")), "the spill's file goes when it closes");
    }

    @Test
    void aSpilledBlobReadsAsTheBlobInMemory() throws IOException {
        List<Debate> debates = new ContentLoader(new MarkdownRenderer()).load(Path.of("content"), new Diagnostics())
                .debates();
        try (BuildSpill spill = BuildSpill.open(dir.resolve("site"))) {
            for (Debate d : debates) {
                byte[] context = ("context of " + d.slug()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                DebateBlob inMemory = DebateBlob.of(context, d);
                DebateBlob spilled = spill.blob(context, d);
                spill.keep(d);   // texts and blobs share the file
                assertArrayEquals(inMemory.bytes(), spilled.bytes(), d.slug());
                assertArrayEquals(inMemory.context(), spilled.context(), d.slug());
                assertSame(d, spilled.debate());
                assertFalse(spilled.storedIn(null));
            }
        }
    }

    @Test
    void aSpillOutsideAMissingFolderGoesToTheTemporaryFolder() throws IOException {
        Debate any = new ContentLoader(new MarkdownRenderer()).load(Path.of("content"), new Diagnostics()).debates()
                .get(0);
        try (BuildSpill spill = BuildSpill.open(dir.resolve("not/yet/site"))) {
            assertEquals(any, spill.restore(spill.keep(any)));
        }
        assertFalse(Files.exists(dir.resolve("not")));
    }

    @Test
    void aDebateWithoutEditorsTextIsKeptAsItIs() throws IOException {
        Debate any = new ContentLoader(new MarkdownRenderer()).load(Path.of("content"), new Diagnostics()).debates()
                .get(0);
        Debate bare = new Debate(any.slug(), any.directory(), any.position(), any.title(), any.date(), any.updated(),
                any.topics(), any.summary(), any.image(), any.status(), any.draft(), any.aliases(),
                any.body().stream().filter(b -> !(b instanceof EditorialText)).toList(), any.bundleFiles(),
                any.links(), any.guid(), any.authorIds(), any.language());
        try (BuildSpill spill = BuildSpill.open(dir.resolve("site"))) {
            assertSame(bare, spill.keep(bare));
            assertSame(bare, spill.restore(bare));
        }
    }
}
