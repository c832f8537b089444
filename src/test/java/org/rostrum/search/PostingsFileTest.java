package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The raw postings the index keeps for patches: all buckets in one file with a table of offsets,
 * each read alone, a patched bucket appended and the file written afresh once mostly garbage.
 */
class PostingsFileTest {

    @TempDir
    Path dir;

    private static Postings postings(int... docsAndFrequencies) {
        Postings p = new Postings();
        for (int i = 0; i < docsAndFrequencies.length; i += 2) {
            p.add(docsAndFrequencies[i], docsAndFrequencies[i + 1]);
        }
        return p;
    }

    private static void assertPostings(Postings expected, Postings actual) {
        assertArrayEquals(expected.decode().docs(), actual.decode().docs());
        assertArrayEquals(expected.decode().frequencies(), actual.decode().frequencies());
    }

    /** A full build's state of three documents with {@code terms}, saved in {@code dir}. */
    private void save(Map<String, Postings> terms) throws IOException {
        IndexState.of(new IndexState.Table(3, 9, new int[] {3, 3, 3}, new byte[] {0, 3, 3}, List.of(0)),
                new IndexState.Shards(new TreeMap<>(Map.of("tram", "x")), List.of("74"), "head", "tail"), terms,
                List.of(new byte[8], new byte[8], new byte[8])).save(dir);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyBucketReadsBackAloneFromOneFile() throws IOException {
        Files.writeString(dir.resolve("index.p7"), "an earlier format's bucket");
        Map<String, Postings> terms = new TreeMap<>();
        for (String t : List.of("tram", "bus", "ferry", "museum", "tank", "seventeen")) {
            terms.put(t, postings(0, t.length(), 2, 1));
        }
        save(terms);
        assertEquals(List.of("index.docs", "index.postings", "index.state"), files());
        for (Map.Entry<String, Postings> e : terms.entrySet()) {
            TreeMap<String, Postings> bucket = PostingsFile.read(dir, IndexState.bucket(e.getKey()));
            assertPostings(e.getValue(), bucket.get(e.getKey()));
            assertTrue(bucket.keySet().stream().allMatch(t -> IndexState.bucket(t) == IndexState.bucket(e.getKey())));
        }
        assertEquals(Map.of(), PostingsFile.read(dir, IndexState.bucket("nothing")));
    }

    @Test
    void aPatchedBucketReplacesItsOldOneAndTheFileStaysSmall() throws IOException {
        save(new TreeMap<>(Map.of("tram", postings(0, 1), "bus", postings(1, 2))));
        long first = Files.size(dir.resolve("index.postings"));
        int tram = IndexState.bucket("tram");
        for (int round = 1; round <= 200; round++) {
            TreeMap<String, Postings> bucket = PostingsFile.read(dir, tram);
            bucket.put("tram", postings(0, round, 2, round));
            PostingsFile.replace(dir, Map.of(tram, bucket));
        }
        assertPostings(postings(0, 200, 2, 200), PostingsFile.read(dir, tram).get("tram"));
        assertPostings(postings(1, 2), PostingsFile.read(dir, IndexState.bucket("bus")).get("bus"));
        assertTrue(Files.size(dir.resolve("index.postings")) < 2 * (first + 16), "rewritten once half garbage");
        assertEquals(List.of("index.docs", "index.postings", "index.state"), files());
    }

    @Test
    void aDamagedTableFailsToReadRatherThanGivingOtherPostings() throws IOException {
        save(new TreeMap<>(Map.of("tram", postings(0, 1))));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("index.postings").toFile(), "rw")) {
            f.seek(4 + 16L * IndexState.bucket("tram"));
            long offset = f.readLong();
            f.seek(offset + 5);
            int b = f.read();
            f.seek(offset + 5);
            f.write(b ^ 1);
        }
        assertThrows(IOException.class, () -> PostingsFile.read(dir, IndexState.bucket("tram")));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("index.postings").toFile(), "rw")) {
            f.seek(4 + 16L * IndexState.bucket("tram"));
            f.writeLong(Long.MAX_VALUE / 2);
        }
        assertThrows(IOException.class, () -> PostingsFile.read(dir, IndexState.bucket("tram")));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("index.postings").toFile(), "rw")) {
            f.setLength(100);
        }
        assertThrows(IOException.class, () -> PostingsFile.read(dir, IndexState.bucket("tram")));
    }
}
