package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rostrum.search.SearchDocument.Kind;

/** The index phase's shortcuts give what the plain way gives. */
class IndexPhaseTest {

    private static final int DEBATES = 400;

    /** Debate {@code n}: its documents, "alpha" in every one and "beta" in three of four, so that both are capped. */
    private static PreparedDocuments debate(int n) {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String text = "alpha gamma" + (n * 12 + i) % 97 + ((n * 12 + i) % 4 != 0 ? " beta" : "")
                    + " delta" + n;
            docs.add(new SearchDocument(Kind.COMMENT, "d" + n + "/index.html#c" + i, "Heading", "", "2020-01-02", "",
                    text));
        }
        return PreparedDocuments.of(Stemmer.ENGLISH, Optional.of(new SearchDebate(2020, List.of(), List.of())), docs);
    }

    private static Map<String, byte[]> sequential() {
        Map<String, byte[]> files = new TreeMap<>();
        SearchIndexWriter w = new SearchIndexWriter(f -> files.put(f.path(), f.content()), Stemmer.ENGLISH);
        for (int n = 0; n < DEBATES; n++) {
            w.add(debate(n));
        }
        w.finish();
        return files;
    }

    @Test
    void termsLookedUpOnOtherThreadsGiveTheSameFiles() {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        SearchIndexWriter w = new SearchIndexWriter(f -> files.put(f.path(), f.content()), Stemmer.ENGLISH);
        List<SearchIndexWriter.LookedUp> looked = IntStream.range(0, DEBATES).parallel()
                .mapToObj(n -> w.lookUp(debate(n))).toList();
        looked.forEach(w::add);
        w.finish();
        Map<String, byte[]> expected = sequential();
        assertEquals(expected.keySet(), new TreeMap<>(files).keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, files.get(path), path));
    }

    @Test
    void aCappedTermsSetHoldsEveryDocumentOfIt() {
        Map<String, byte[]> files = sequential();
        int docs = DEBATES * 12;
        String alpha = new String(files.get(DocumentSets.path("alpha")), StandardCharsets.UTF_8);
        assertEquals(new String(DocumentSets.file("alpha", IntStream.range(0, docs).toArray(), docs).content(),
                StandardCharsets.UTF_8), alpha);
        assertTrue(files.containsKey(DocumentSets.path("beta")), "in three of four documents, over the cap");
        assertTrue(!files.containsKey(DocumentSets.path("delta1")), "in 12 documents");
    }

    @Test
    void aVarintsLengthIsWhatItWrites() {
        List<Integer> values = new ArrayList<>(List.of(0, 31, 32, 1023, 1024, Integer.MAX_VALUE));
        for (int n = 1; n > 0 && n < Integer.MAX_VALUE / 3; n = n * 3 + 1) {
            values.add(n);
            values.add(n - 1);
        }
        for (int n : values) {
            StringBuilder b = new StringBuilder();
            Varints.append(b, n);
            assertEquals(b.length(), Varints.length(n), "of " + n);
        }
    }

    @Test
    void theSortedMapIsTheMapOfItsTerms() {
        String[] keys = {"a", "ab", "b", "ž", "москва"};
        String[] values = {"1", "2", "3", "4", "5"};
        TreeMap<String, String> expected = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            expected.put(keys[i], values[i]);
        }
        TreeMap<String, String> made = SearchIndexWriter.sortedMap(keys, values);
        assertEquals(expected, made);
        assertEquals("ab", made.higherKey("a"));
        assertEquals(new TreeMap<>(), SearchIndexWriter.sortedMap(new String[0], new String[0]));
    }

    @Test
    void entriesReadFromAnArrayAsFromAnyBuffer() throws java.io.IOException {
        byte[] bytes = debate(7).toBytes();
        byte[] padded = new byte[bytes.length + 13];
        System.arraycopy(bytes, 0, padded, 5, bytes.length);
        java.nio.ByteBuffer slice = java.nio.ByteBuffer.wrap(padded, 5, bytes.length).slice();
        java.nio.ByteBuffer direct = java.nio.ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        assertArrayEquals(bytes, PreparedDocuments.read(slice).toBytes());
        assertEquals(0, slice.remaining());
        assertArrayEquals(bytes, PreparedDocuments.read(direct).toBytes());
        for (int cut : new int[] {bytes.length - 1, bytes.length - 2, bytes.length / 2}) {
            java.nio.ByteBuffer shorter = java.nio.ByteBuffer.wrap(padded, 5, cut).slice();
            org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> PreparedDocuments.read(shorter),
                    "cut at " + cut);
        }
    }
}
