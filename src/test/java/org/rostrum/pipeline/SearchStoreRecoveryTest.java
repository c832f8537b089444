package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.FileTree;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * The search store beside the output ({@code .site.search/}: packs of entries, their index, the
 * index's postings) damaged, cut short or left half-written by an interrupted build: the next
 * build indexes what it cannot trust from the content, and its output is byte for byte a clean
 * build's.
 */
class SearchStoreRecoveryTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @TempDir
    Path dir;

    private InlineSite site;

    private static String debate(String slug, String title, String date) {
        return "-- content/debates/" + slug + "/index.md --\n---\ntitle: " + title + "\ndate: " + date
                + "\ntopics: [Economy]\n---\nThe editors' text of " + slug + " about trams.\n";
    }

    private void buildSite() {
        site = InlineSite.of(dir, InlineSite.SITE_YAML
                + debate("alpha", "Alpha?", "2019-01-01") + InlineSite.comments("alpha", "first museum", "second")
                + debate("beta", "Beta?", "2020-01-01") + InlineSite.comments("beta", "one tank", "two", "three")
                + debate("gamma", "Gamma?", "2021-01-01") + InlineSite.comments("gamma", "only seventeen"));
        build();
    }

    private void build() {
        assertEquals(List.of(), InlineSite.messages(site.build()));
    }

    private Path store() {
        return site.out().resolveSibling(".site.search");
    }

    private List<Path> packs() throws IOException {
        try (Stream<Path> files = Files.list(store())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pack")).sorted().toList();
        }
    }

    /** Flips a bit in every {@code step}th byte of {@code file} from {@code from} on. */
    private static void damage(Path file, int from, int step) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = from; i < bytes.length; i += step) {
            bytes[i] ^= 0x20;
        }
        Files.write(file, bytes);
    }

    /**
     * Capitalises {@code word} wherever the packs hold it: entries that would still read, with
     * another text, but for their checksums.
     */
    private void damageWord(String word) throws IOException {
        byte[] w = word.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int found = 0;
        for (Path pack : packs()) {
            byte[] bytes = Files.readAllBytes(pack);
            for (int i = 0; i + w.length <= bytes.length; i++) {
                if (java.util.Arrays.equals(bytes, i, i + w.length, w, 0, w.length)) {
                    bytes[i] ^= 0x20;
                    found++;
                }
            }
            Files.write(pack, bytes);
        }
        assertTrue(found > 0, word + " not in the packs");
    }

    private void assertSameAsCleanBuild(String after) throws IOException {
        Path clean = dir.resolve("clean");
        assertEquals(List.of(), InlineSite.messages(new SiteBuild(MARKDOWN, Clock.systemUTC())
                .build(site.options().withOut(clean).withClean(true))));
        FileTree.assertSame(FileTree.of(clean), FileTree.of(site.out()), "after " + after);
    }

    @Test
    void damagedEntriesAreIndexedFromTheContent() throws IOException {
        buildSite();
        damageWord("trams");
        // A comment more in gamma: a full build, which takes alpha's and beta's entries from the store.
        site.write(InlineSite.comments("gamma", "only seventeen", "and one more"));
        build();
        assertSameAsCleanBuild("damaged entries and a new comment");

        for (Path pack : packs()) {
            damage(pack, 40, 97);
        }
        site.write(debate("gamma", "Gamma, again?", "2021-01-01"));
        build();
        assertSameAsCleanBuild("damaged entries and a changed title");
    }

    @Test
    void aCommentEditWhoseEntryIsDamagedOrCutShortBuildsInFull() throws IOException {
        buildSite();
        damageWord("trams");
        site.write(InlineSite.comments("beta", "one tank", "two, edited", "three"));
        build();
        assertSameAsCleanBuild("a comment edit with damaged entries");

        for (Path pack : packs()) {
            Files.write(pack, java.util.Arrays.copyOf(Files.readAllBytes(pack), (int) Files.size(pack) / 2));
        }
        site.write(InlineSite.comments("beta", "one tank", "two, edited again", "three"));
        build();
        assertSameAsCleanBuild("a comment edit with packs cut short");
    }

    @Test
    void aCommentEditWithDamagedPostingsBuildsInFull() throws IOException {
        buildSite();
        damage(store().resolve("index.postings"), 4 + 16 * 512, 13);
        site.write(InlineSite.comments("beta", "one tank", "two, seventeen museums", "three"));
        build();
        assertSameAsCleanBuild("a comment edit with damaged postings");
    }

    @Test
    void aStoreWithoutItsIndexOrWithAnInterruptedBuildsPacksIsReadOrIgnored() throws IOException {
        buildSite();
        // A build that appended to its packs and stopped before saving the index leaves records
        // the index does not name, and packs it never named.
        Files.write(packs().get(0), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        Files.write(store().resolve("entries.99.pack"), new byte[] {0, 0, 0, 3, 4, 5});
        site.write(InlineSite.comments("alpha", "first museum, edited", "second"));
        build();
        assertSameAsCleanBuild("an interrupted build's leftovers");
        assertFalse(Files.exists(store().resolve("entries.99.pack")), "a pack the index does not name is deleted");

        Files.delete(store().resolve("entries.index"));
        site.write(InlineSite.comments("gamma", "only seventeen, edited"));
        build();
        assertSameAsCleanBuild("a store without its index");
        assertTrue(Files.isRegularFile(store().resolve("entries.index")));
    }
}
