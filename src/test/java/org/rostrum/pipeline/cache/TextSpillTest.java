package org.rostrum.pipeline.cache;

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
 * A build keeps the editors' text of the debates it read in a {@link TextSpill} until it renders
 * them: every debate of the example archive must come back equal from it, the debate kept in
 * memory must be the cache's summary (no editors' text), and the file must go when the spill closes.
 */
class TextSpillTest {

    @TempDir
    Path dir;

    @Test
    void everyExampleDebateComesBackWhole() throws IOException {
        List<Debate> debates = new ContentLoader(new MarkdownRenderer()).load(Path.of("content"), new Diagnostics())
                .debates();
        assertFalse(debates.isEmpty());
        Path out = dir.resolve("site");
        try (TextSpill spill = TextSpill.open(out)) {
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
        assertFalse(Files.exists(dir.resolve(".site.cache.texts.tmp")), "the spill's file goes when it closes");
    }

    @Test
    void aDebateWithoutEditorsTextIsKeptAsItIs() throws IOException {
        Debate any = new ContentLoader(new MarkdownRenderer()).load(Path.of("content"), new Diagnostics()).debates()
                .get(0);
        Debate bare = new Debate(any.slug(), any.directory(), any.position(), any.title(), any.date(), any.updated(),
                any.topics(), any.summary(), any.image(), any.status(), any.draft(), any.aliases(),
                any.body().stream().filter(b -> !(b instanceof EditorialText)).toList(), any.bundleFiles(),
                any.links(), any.guid(), any.authorIds(), any.language());
        try (TextSpill spill = TextSpill.open(dir.resolve("site"))) {
            assertSame(bare, spill.keep(bare));
            assertSame(bare, spill.restore(bare));
        }
    }
}
