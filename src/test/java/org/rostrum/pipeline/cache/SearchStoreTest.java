package org.rostrum.pipeline.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.search.PreparedDocuments;
import org.rostrum.search.SearchDebate;
import org.rostrum.search.SearchDocument;
import org.rostrum.search.Stemmer;

/**
 * The search store's packs: entries come back as they went in, through another store once saved;
 * one made for another key, damaged, cut short or missing reads as absent; many threads may write
 * at once; a save compacts packs that are mostly garbage and merges small ones.
 */
class SearchStoreTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("site");
    }

    private static PreparedDocuments entry(String words) {
        return PreparedDocuments.of(Stemmer.forLanguage("en"), Optional.of(new SearchDebate(2019, List.of("tax"),
                List.of("ada"))), List.of(
                        new SearchDocument(SearchDocument.Kind.DEBATE, "debates/x/", "X?", "", "2019-01-02", "X?",
                                words),
                        new SearchDocument(SearchDocument.Kind.COMMENT, "debates/x/#comment-1", "X?", "Ada",
                                "2019-01-03", "", words + " and a comment")));
    }

    private static void assertSame(PreparedDocuments expected, Optional<PreparedDocuments> actual) {
        assertTrue(actual.isPresent(), "entry absent");
        assertArrayEquals(expected.toBytes(), actual.get().toBytes());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(new SearchStore(out()).folder())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path onlyPack() throws IOException {
        List<String> packs = files().stream().filter(f -> f.endsWith(".pack")).toList();
        assertEquals(1, packs.size(), packs.toString());
        return new SearchStore(out()).folder().resolve(packs.get(0));
    }

    @Test
    void entriesComeBackThroughTheNextBuildsStoreOnceSaved() throws IOException {
        SearchStore store = new SearchStore(out());
        PreparedDocuments alpha = entry("museum tanks");
        PreparedDocuments beta = entry("seventeen budgets");
        store.write("alpha", 1, alpha);
        store.write("beta", 2, beta);
        assertSame(alpha, store.read("alpha", 1));
        assertTrue(new SearchStore(out()).read("alpha", 1).isEmpty(), "not saved yet: the next build indexes it");

        store.keepOnly(List.of("beta", "alpha"));
        SearchStore next = new SearchStore(out());
        assertSame(alpha, next.read("alpha", 1));
        assertSame(beta, next.read("beta", 2));
        assertEquals(Optional.of(List.of("beta", "alpha")), next.order());
        assertEquals(List.of("entries.0.pack", "entries.index"), files());
    }

    @Test
    void anEntryMadeForAnotherKeyReadsAsAbsent() {
        SearchStore store = new SearchStore(out());
        store.write("alpha", 1, entry("museum"));
        store.save();
        assertTrue(store.read("alpha", 2).isEmpty());
        assertTrue(new SearchStore(out()).read("alpha", 2).isEmpty());
        assertTrue(new SearchStore(out()).read("gamma", 1).isEmpty());
    }

    @Test
    void aDamagedEntryReadsAsAbsentAndTheOthersStillRead() throws IOException {
        SearchStore store = new SearchStore(out());
        PreparedDocuments alpha = entry("museum");
        store.write("alpha", 1, alpha);
        store.write("beta", 2, entry("tanks"));
        store.save();
        Path pack = onlyPack();
        try (RandomAccessFile f = new RandomAccessFile(pack.toFile(), "rw")) {
            long at = f.length() - 20;   // inside beta's payload
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x40);
        }
        SearchStore next = new SearchStore(out());
        assertTrue(next.read("beta", 2).isEmpty());
        assertSame(alpha, next.read("alpha", 1));
    }

    @Test
    void anEntryCutShortOrInAMissingPackReadsAsAbsent() throws IOException {
        SearchStore store = new SearchStore(out());
        PreparedDocuments alpha = entry("museum");
        store.write("alpha", 1, alpha);
        store.write("beta", 2, entry("tanks"));
        store.save();
        Path pack = onlyPack();
        try (RandomAccessFile f = new RandomAccessFile(pack.toFile(), "rw")) {
            f.setLength(f.length() - 1);
        }
        assertTrue(new SearchStore(out()).read("beta", 2).isEmpty());
        assertSame(alpha, new SearchStore(out()).read("alpha", 1));
        Files.delete(pack);
        assertTrue(new SearchStore(out()).read("alpha", 1).isEmpty());
    }

    @Test
    void aDamagedIndexReadsAsAnEmptyStore() throws IOException {
        SearchStore store = new SearchStore(out());
        store.write("alpha", 1, entry("museum"));
        store.keepOnly(List.of("alpha"));
        Path index = store.folder().resolve("entries.index");
        byte[] bytes = Files.readAllBytes(index);
        bytes[10] ^= 1;
        Files.write(index, bytes);
        SearchStore next = new SearchStore(out());
        assertTrue(next.read("alpha", 1).isEmpty());
        assertEquals(Optional.empty(), next.order());
        Files.write(index, java.util.Arrays.copyOf(bytes, 12));
        assertTrue(new SearchStore(out()).read("alpha", 1).isEmpty());
    }

    @Test
    void anEntryFoundAtAnotherEntrysPlaceReadsAsAbsent() throws IOException {
        SearchStore store = new SearchStore(out());
        store.write("alpha", 1, entry("museum"));
        store.save();
        // Another build appended to a new pack but was interrupted before its save; a pack with the
        // number the index names, but other bytes, is not taken for the entry either.
        Path pack = onlyPack();
        Files.write(pack, PackRecord.of("beta", 1, entry("museum").toBytes()));
        assertTrue(new SearchStore(out()).read("alpha", 1).isEmpty());
    }

    @Test
    void manyThreadsWriteDifferentDebatesIntoAtMostFourPacks() throws Exception {
        SearchStore store = new SearchStore(out());
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            done.add(pool.submit(() -> store.write("d" + n, n, entry("word" + n))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        store.save();
        SearchStore next = new SearchStore(out());
        for (int i = 0; i < 200; i++) {
            assertSame(entry("word" + i), next.read("d" + i, i));
        }
        long packs = files().stream().filter(f -> f.endsWith(".pack")).count();
        assertTrue(packs >= 1 && packs <= SearchStore.WRITERS, files().toString());
    }

    @Test
    void aSaveCopiesTheLiveEntriesOfAPackThatIsMostlyGarbage() throws IOException {
        SearchStore first = new SearchStore(out());
        for (int i = 0; i < 10; i++) {
            first.write("d" + i, 1, entry("first" + i));
        }
        first.save();
        assertEquals(List.of("entries.0.pack", "entries.index"), files());

        SearchStore second = new SearchStore(out());
        for (int i = 0; i < 4; i++) {
            second.write("d" + i, 2, entry("second" + i));
        }
        second.save();
        assertEquals(List.of("entries.0.pack", "entries.1.pack", "entries.index"), files(), "4 of 10 are garbage");

        SearchStore third = new SearchStore(out());
        for (int i = 4; i < 7; i++) {
            third.write("d" + i, 3, entry("third" + i));
        }
        third.save();
        // Pack 0 was 7 of 10 garbage: its live entries moved to pack 3.
        assertEquals(List.of("entries.1.pack", "entries.2.pack", "entries.3.pack", "entries.index"), files());
        SearchStore next = new SearchStore(out());
        for (int i = 0; i < 10; i++) {
            assertSame(entry((i < 4 ? "second" : i < 7 ? "third" : "first") + i),
                    next.read("d" + i, i < 4 ? 2 : i < 7 ? 3 : 1));
        }
    }

    @Test
    void aSaveMergesTheSmallestPacksWhenThereAreTooMany() throws IOException {
        int builds = SearchStore.MAX_PACKS + 5;
        for (int i = 0; i < builds; i++) {
            SearchStore store = new SearchStore(out());
            store.write("d" + i, i, entry("word" + i));
            store.save();
        }
        long packs = files().stream().filter(f -> f.endsWith(".pack")).count();
        assertTrue(packs <= SearchStore.MAX_PACKS, packs + " packs");
        SearchStore next = new SearchStore(out());
        for (int i = 0; i < builds; i++) {
            assertSame(entry("word" + i), next.read("d" + i, i));
        }
    }

    @Test
    void keepOnlyForgetsTheOthersAndASaveDeletesTheirPacksAndEarlierFormatsFiles() throws IOException {
        SearchStore first = new SearchStore(out());
        first.write("gone", 1, entry("museum"));
        first.save();
        Files.writeString(first.folder().resolve("old.entry"), "x");
        Files.writeString(first.folder().resolve("order"), "old\n");
        SearchStore second = new SearchStore(out());
        second.write("kept", 2, entry("tanks"));
        second.keepOnly(List.of("kept"));
        assertEquals(List.of("entries.1.pack", "entries.index"), files());
        assertTrue(new SearchStore(out()).read("gone", 1).isEmpty());
        assertSame(entry("tanks"), new SearchStore(out()).read("kept", 2));
    }

    @Test
    void clearForgetsEverything() throws IOException {
        SearchStore store = new SearchStore(out());
        store.write("alpha", 1, entry("museum"));
        store.keepOnly(List.of("alpha"));
        store.clear();
        assertTrue(store.read("alpha", 1).isEmpty());
        assertEquals(Optional.empty(), store.order());
        assertEquals(List.of(), files());
        store.delete();
        assertFalse(Files.exists(store.folder()));
    }
}
