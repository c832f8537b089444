package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.search.SearchDocument.Kind;

class DocumentSetsTest {

    private static final int CAP = SearchIndexWriter.MAX_POSTINGS;
    private static final Pattern SET = Pattern.compile("^rostrumSearch\\.set\\(\"([^\"]*)\",([01]),\"([^\"]*)\"\\);\n$");

    @TempDir
    Path dir;

    @Test
    void aSparseSetIsAListOfGaps() {
        int[] members = {0, 5, 40, 1000};
        // gaps 0, 5, 35 (1 * 32 + 3: "h", "D") and 960 (30 * 32 + 0: "-", "A")
        assertEquals("0,\"AFhD-A\"", DocumentSets.encode(members, 6_000));
        assertEquals(List.of(0, 5, 40, 1000), DocumentSets.decode(0, "AFhD-A"));
    }

    @Test
    void aDenseSetIsABitmapOfSixDocumentsACharacter() {
        // 0 and 1 in the first character (bits 0, 1: 3, "D"), 7 in the second (bit 1: 2, "C")
        assertEquals("1,\"DC\"", DocumentSets.encode(new int[] {0, 1, 7}, 12));
        assertEquals(List.of(0, 1, 7), DocumentSets.decode(1, "DC"));
        int[] even = IntStream.range(0, 500).map(i -> i * 2).toArray();
        String encoded = DocumentSets.encode(even, 1_000);
        assertTrue(encoded.startsWith("1,\""), encoded);
        assertEquals(2 + 167 + 2, encoded.length(), "one character per six documents");
        assertEquals(IntStream.of(even).boxed().toList(), DocumentSets.decode(1, encoded.substring(3, encoded.length() - 1)));
    }

    @Test
    void aSetOfMiddlingDensityIsRiceCodes() {
        // gaps 3, 0, 5 with k = 1: 1 0 1 | 0 0 | 1 1 0 1, then ones: 101001 (37, "l"), 101111 (61, "9")
        assertEquals("3,\"l9\"", DocumentSets.encode(new int[] {3, 4, 10}, 6_000));
        assertEquals(List.of(3, 4, 10), DocumentSets.decode(3, "l9"));
        assertEquals(List.of(), DocumentSets.decode(3, "_"), "ones alone are the filling");
    }

    @Test
    void everyFormRoundTripsWhateverTheDensityAndIsNoLongerThanTheBitmap() {
        java.util.Random random = new java.util.Random(7);
        java.util.Set<Integer> forms = new TreeSet<>();
        for (int density : new int[] {0, 1, 3, 10, 20, 40, 90, 100}) {
            int docs = 5_000;
            int[] members = IntStream.range(0, docs).filter(i -> random.nextInt(100) < density).toArray();
            String encoded = DocumentSets.encode(members, docs);
            int comma = encoded.indexOf(',');
            int form = Integer.parseInt(encoded.substring(0, comma));
            forms.add(Math.min(form, 2));
            assertEquals(IntStream.of(members).boxed().toList(),
                    DocumentSets.decode(form, encoded.substring(comma + 2, encoded.length() - 1)), "density " + density);
            assertTrue(encoded.length() - comma - 3 <= (docs + 5) / 6, "density " + density + ": " + encoded.length());
        }
        assertEquals(java.util.Set.of(0, 1, 2), forms, "the empty set a list, every document a bitmap, the rest Rice");
    }

    /** The encoding as first written, a boolean a bit and every Rice parameter tried: the oracle of the packed one. */
    private static String encodedBitByBit(int[] members, int docs) {
        StringBuilder list = new StringBuilder();
        int last = 0;
        for (int doc : members) {
            Varints.append(list, doc - last);
            last = doc;
        }
        int bitmapLength = (docs + 5) / 6;
        int k = 0;
        for (int j = 1; j < 24; j++) {
            k = riceBits(members, j) < riceBits(members, k) ? j : k;
        }
        long riceLength = (riceBits(members, k) + 5) / 6;
        if (list.length() <= bitmapLength && list.length() <= riceLength) {
            return "0,\"" + list + "\"";
        }
        boolean[] bits;
        String form;
        if (bitmapLength <= riceLength) {
            bits = new boolean[bitmapLength * 6];
            for (int doc : members) {
                bits[doc] = true;
            }
            form = "1";
        } else {
            bits = new boolean[(int) riceLength * 6];
            java.util.Arrays.fill(bits, true);
            int at = 0;
            int before = -1;
            for (int doc : members) {
                int g = doc - before - 1;
                at += g >>> k;
                bits[at++] = false;
                for (int b = 0; b < k; b++) {
                    bits[at++] = (g >>> b & 1) != 0;
                }
                before = doc;
            }
            form = String.valueOf(2 + k);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bits.length; i += 6) {
            int v = 0;
            for (int b = 0; b < 6; b++) {
                v |= bits[i + b] ? 1 << b : 0;
            }
            text.append(DocumentSets.DIGITS.charAt(v));
        }
        return form + ",\"" + text + "\"";
    }

    private static long riceBits(int[] members, int k) {
        long bits = (long) (k + 1) * members.length;
        int before = -1;
        for (int doc : members) {
            bits += (doc - before - 1) >>> k;
            before = doc;
        }
        return bits;
    }

    @Test
    void packedEncodingIsTheBitByBitOneForSetsOfAnyDensityAndSpread() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 400; round++) {
            int docs = 1 + random.nextInt(round % 4 == 0 ? 200_000 : 5_000);
            int percent = random.nextInt(101);
            int clustered = random.nextInt(3);
            int[] members = IntStream.range(0, docs).filter(i -> random.nextInt(100) < percent
                    && (clustered == 0 || i % 1000 < 1000 / (clustered * 4))).toArray();
            assertEquals(encodedBitByBit(members, docs), DocumentSets.encode(members, docs),
                    docs + " documents, " + members.length + " members");
        }
        int[] farApart = {3, 70_000, 70_001, 190_000};
        assertEquals(encodedBitByBit(farApart, 200_000), DocumentSets.encode(farApart, 200_000));
    }

    private static List<SearchDocument> debate(int comments, int special, String specialText) {
        List<SearchDocument> docs = new ArrayList<>();
        docs.add(new SearchDocument(Kind.DEBATE, "debates/d/index.html", "On d", "", "2019-05-01", "On d", "Debate."));
        for (int i = 0; i < comments; i++) {
            String text = i == special ? specialText : i % 2 == 0 ? "alpha filler " + i : "beta filler " + i;
            docs.add(new SearchDocument(Kind.COMMENT, "debates/d/index.html#comment-c" + i, "On d", "Reader", "2019-05-02",
                    "", text));
        }
        return docs;
    }

    private static Map<String, byte[]> index(List<SearchDocument> docs, Path out, Path state) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        SearchIndexWriter w = new SearchIndexWriter(f -> files.put(f.path(), f.content()), Stemmer.ENGLISH);
        w.addDebate(new SearchDebate(2019, List.of(), List.of()), docs);
        w.finish();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.createDirectories(out.resolve(f.getKey()).getParent());
            Files.write(out.resolve(f.getKey()), f.getValue());
        }
        w.saveState(state);
        return files;
    }

    /** The documents of the set file of {@code term}, decoded as search.js does. */
    private static List<Integer> members(Map<String, byte[]> files, String term) {
        Matcher m = SET.matcher(new String(files.get(DocumentSets.path(term)), StandardCharsets.UTF_8));
        assertTrue(m.matches());
        assertEquals(term, m.group(1));
        return DocumentSets.decode(Integer.parseInt(m.group(2)), m.group(3));
    }

    @Test
    void theIndexWritesTheWholeSetOfEveryCappedTermAndOfNoOther() throws IOException {
        int comments = 2 * CAP + 20;
        Map<String, byte[]> files = index(debate(comments, comments - 1, "alpha beta rare"), dir.resolve("site"),
                dir.resolve("state"));
        List<Integer> alpha = members(files, "alpha");
        assertEquals(CAP + 11, alpha.size(), "every document, not the best " + CAP);
        assertTrue(alpha.contains(comments), "the last comment (document " + comments + ")");
        assertEquals(IntStream.range(0, comments).filter(i -> i % 2 == 0 || i == comments - 1).map(i -> i + 1)
                .boxed().toList(), alpha);
        assertTrue(members(files, "beta").contains(comments));
        assertEquals(List.of(DocumentSets.path("alpha"), DocumentSets.path("beta"), DocumentSets.path("filler"),
                DocumentSets.path("reader")), files.keySet().stream().filter(p -> p.startsWith(DocumentSets.FOLDER)).toList(),
                "rare, debate and the numbers are in fewer documents than the cap");
    }

    @Test
    void aPatchRewritesOnlyTheSetsWhoseDocumentsChangedAndGivesTheFullBuildsBytes() throws IOException {
        int comments = 2 * CAP + 20;
        Map<String, byte[]> before = index(debate(comments, 100, "alpha beta filler 100"), dir.resolve("site"),
                dir.resolve("state"));
        // comment 100 loses "alpha": the set of alpha changes, those of beta and filler do not
        List<SearchDocument> edited = debate(comments, 100, "beta filler 100");
        Map<String, byte[]> expected = index(edited, dir.resolve("expected"), dir.resolve("expected-state"));
        List<SearchIndexWriter.IndexFile> files = IndexPatch.open(dir.resolve("state")).orElseThrow()
                .apply(dir.resolve("site"), Map.of(0, SearchIndexWriter.prepare(Stemmer.ENGLISH, Optional.empty(), edited)))
                .orElseThrow();
        Map<String, byte[]> patched = new TreeMap<>(before);
        TreeSet<String> changed = new TreeSet<>();
        for (SearchIndexWriter.IndexFile f : files) {
            if (!java.util.Arrays.equals(f.content(), before.get(f.path()))) {
                changed.add(f.path());
            }
            patched.put(f.path(), f.content());
        }
        assertEquals(expected.keySet(), patched.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, patched.get(path), path));
        assertEquals(List.of(DocumentSets.path("alpha")),
                changed.stream().filter(p -> p.startsWith(DocumentSets.FOLDER)).toList());
        assertFalse(members(patched, "alpha").contains(101));
    }

    @Test
    void aPatchDeclinesWhenTheOutputLacksASet() throws IOException {
        int comments = 2 * CAP + 20;
        index(debate(comments, 100, "alpha filler 100"), dir.resolve("site"), dir.resolve("state"));
        // the edit does not touch beta, whose set the patch takes from the output
        Files.delete(dir.resolve("site").resolve(DocumentSets.path("beta")));
        assertEquals(Optional.empty(), IndexPatch.open(dir.resolve("state")).orElseThrow()
                .apply(dir.resolve("site"), Map.of(0, SearchIndexWriter.prepare(Stemmer.ENGLISH, Optional.empty(),
                        debate(comments, 100, "alpha filler 100 extra")))));
    }
}
