package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rostrum.search.SearchDocument.Kind;

class SearchIndexWriterTest {

    private static final SearchDebate DEBATE = new SearchDebate(2020, List.of("Economy"), List.of("Tomáš Králík"));

    private static SearchDocument doc(Kind kind, String url, String author, String title, String text) {
        return new SearchDocument(kind, url, "Heading", author, "2020-01-02", title, text);
    }

    /** Builds an index of one debate and returns its files by path. */
    private static Map<String, String> index(List<SearchDocument> docs) {
        return index(Stemmer.ENGLISH, docs);
    }

    private static Map<String, String> index(Stemmer stemmer, List<SearchDocument> docs) {
        Map<String, String> files = new TreeMap<>();
        SearchIndexWriter w = new SearchIndexWriter(
                f -> files.put(f.path(), new String(f.content(), StandardCharsets.UTF_8)), stemmer);
        w.addDebate(DEBATE, docs);
        w.finish();
        return files;
    }

    /** The postings of {@code term} in the files: document to score, decoded as search.js does. */
    private static Map<Integer, Integer> postings(Map<String, String> files, String term) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (String content : files.values()) {
            Matcher m = Pattern.compile("\"" + term + "\":\"([^\"]*)\"").matcher(content);
            if (!m.find()) {
                continue;
            }
            List<Integer> numbers = new ArrayList<>();
            int v = 0;
            for (char c : m.group(1).replaceFirst("^\\" + DocumentSets.CAPPED, "").toCharArray()) {
                int more = Varints.MORE.indexOf(c);
                if (more >= 0) {
                    v = v * 32 + more;
                } else {
                    numbers.add(v * 32 + Varints.LAST.indexOf(c));
                    v = 0;
                }
            }
            int doc = 0;
            for (int i = 0; i < numbers.size(); i += 2) {
                doc += numbers.get(i);
                out.put(doc, numbers.get(i + 1) / 8);
            }
        }
        return out;
    }

    @Test
    void indexesStemsOfFoldedWordsOfEveryField() {
        Map<String, String> files = index(List.of(
                doc(Kind.DEBATE, "d/index.html", "", "Should we raise taxes?", "Summary."),
                doc(Kind.RESPONSE, "d/index.html#response-1", "Tomáš Králík", "", "No."),
                doc(Kind.COMMENT, "d/index.html#comment-c1", "Lukáš", "", "Seventeen tanks in the museum.")));
        assertEquals(List.of(0), List.copyOf(postings(files, "tax").keySet()));
        assertEquals(List.of(1), List.copyOf(postings(files, "kralik").keySet()));
        assertEquals(List.of(2), List.copyOf(postings(files, "luka").keySet()), "names are stemmed as any word");
        assertEquals(List.of(2), List.copyOf(postings(files, "tank").keySet()));
        assertTrue(postings(files, "taxes").isEmpty(), "only stems are terms");
    }

    @Test
    void stemsWithTheStemmerOfTheSiteAndNamesItInTheManifest() {
        List<SearchDocument> docs = List.of(doc(Kind.COMMENT, "d/index.html#comment-c1", "Bo", "",
                "Die Steuern auf Straßen und die Steuer für Häuser"));
        Map<String, String> german = index(Stemmer.GERMAN, docs);
        assertEquals(List.of(0), List.copyOf(postings(german, "steu").keySet()));
        assertEquals(List.of(0), List.copyOf(postings(german, "strass").keySet()));
        assertEquals(List.of(0), List.copyOf(postings(german, "haus").keySet()));
        assertTrue(postings(german, "steuern").isEmpty(), "only stems are terms");
        assertTrue(german.get("search/index.js").startsWith("rostrumSearch.manifest({\"stemmer\":\"de\","),
                german.get("search/index.js"));
        Map<String, String> none = index(Stemmer.NONE, docs);
        assertEquals(List.of(0), List.copyOf(postings(none, "steuern").keySet()));
        assertEquals(List.of(0), List.copyOf(postings(none, "straßen").keySet()));
        assertTrue(none.get("search/index.js").startsWith("rostrumSearch.manifest({\"stemmer\":\"none\","));
        assertTrue(index(docs).get("search/index.js").startsWith("rostrumSearch.manifest({\"stemmer\":\"en\","));
    }

    @Test
    void ranksTitleAndPromptHitsAboveCommentHits() {
        Map<String, String> files = index(List.of(
                doc(Kind.DEBATE, "d/index.html", "", "The museum question", "Summary."),
                doc(Kind.PROMPT, "d/index.html#reader-1", "Anna", "", "What about the museum?"),
                doc(Kind.COMMENT, "d/index.html#comment-c1", "Bo", "", "What about the museum?")));
        Map<Integer, Integer> scores = postings(files, "museum");
        assertTrue(scores.get(0) > scores.get(1), scores.toString());
        assertTrue(scores.get(1) > scores.get(2), scores.toString());
    }

    @Test
    void ranksRareWordsAndRepeatedWordsHigher() {
        List<SearchDocument> docs = new ArrayList<>();
        docs.add(doc(Kind.COMMENT, "a", "", "", "budget budget budget deficit"));
        docs.add(doc(Kind.COMMENT, "b", "", "", "budget deficit"));
        for (int i = 0; i < 20; i++) {
            docs.add(doc(Kind.COMMENT, "c" + i, "", "", "deficit again"));
        }
        Map<String, String> files = index(docs);
        assertTrue(postings(files, "budget").get(0) > postings(files, "budget").get(1));
        assertTrue(postings(files, "budget").get(1) > postings(files, "deficit").get(1));
    }

    @Test
    void cleanTurnsBlanksAndControlsIntoSingleSpaces() {
        assertEquals("a b", SearchIndexWriter.clean("a\nb"));
        assertEquals("a b", SearchIndexWriter.clean("  a \t\r\n b \u0000"));
        assertEquals("a b c", SearchIndexWriter.clean("a b c"));
        assertEquals("x y\u200dz w v", SearchIndexWriter.clean("x\u00ady\u200dz\u2028w\u0085v"));
        assertEquals("", SearchIndexWriter.clean("\u007f \u001f"));
    }

    @Test
    void keepsHostileTextInsideItsStrings() {
        String hostile = "</script><script>alert(1)</script>\"); alert(2); (\"\u2028\u2029\u0000\u0007\u001b end";
        Map<String, String> files = index(List.of(doc(Kind.COMMENT, "d/index.html#comment-x", hostile, "", hostile)));
        String fragment = files.get("search/d/0.js");
        assertFalse(fragment.contains("<") || fragment.contains(">") || fragment.contains("\u2028")
                || fragment.contains("\u0000") || fragment.contains("\u001b"), fragment);
        assertTrue(fragment.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"), fragment);
        assertTrue(fragment.contains("alert(2); (\\\" end"), "control characters become spaces: " + fragment);
        assertTrue(fragment.startsWith("rostrumSearch.docs(0,[[3,") && fragment.endsWith("]]);\n"), fragment);
    }

    @Test
    void splitsLargePrefixesIntoLongerKeys() {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            docs.add(doc(Kind.COMMENT, "c" + i, "", "", "word" + i + " wording other" + (i % 3)));
        }
        Map<String, String> files = index(docs);
        String manifest = files.get("search/index.js");
        assertTrue(manifest.contains("\"keys\":[\"o\",\"word\",\"word0\",\"word1\","), manifest);
        long shards = files.keySet().stream().filter(p -> p.startsWith("search/t/")).count();
        assertTrue(shards > 3, "shards: " + files.keySet());
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (e.getKey().startsWith("search/t/")) {
                assertTrue(e.getValue().length() < SearchIndexWriter.SHARD_SIZE + 200, e.getKey());
            }
        }
        assertEquals(2000, postings(files, "word").size());
        assertEquals(1, postings(files, "word1999").size());
    }

    @Test
    void writesTheSameBytesForTheSameDocuments() {
        List<SearchDocument> docs = List.of(doc(Kind.DEBATE, "a", "", "Title one", "Body text here."),
                doc(Kind.COMMENT, "b", "X", "", "Another body, other words."));
        Map<String, String> first = index(docs);
        Map<String, String> second = index(docs);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, content) -> assertArrayEquals(content.getBytes(StandardCharsets.UTF_8),
                second.get(path).getBytes(StandardCharsets.UTF_8), path));
    }

    @Test
    void editingOneCommentRewritesOnlyTheShardsOfItsWords() {
        List<SearchDocument> docs = new ArrayList<>();
        String[] vocabulary = {"apple", "banana", "cherry", "damson", "elder", "fig", "grape", "hazel", "iris", "juniper",
            "kale", "lemon", "mango", "nectar", "olive", "pear", "quince", "rhubarb", "sloe", "tomato"};
        for (int i = 0; i < 200; i++) {
            docs.add(doc(Kind.COMMENT, "c" + i, "", "", vocabulary[i % 20] + " " + vocabulary[(i * 7) % 20] + " and "
                    + vocabulary[(i * 3) % 20] + " salad"));
        }
        Map<String, String> before = index(docs);
        docs.set(50, doc(Kind.COMMENT, "c50", "", "", "kale kale and lemon salad"));
        Map<String, String> after = index(docs);
        List<String> changed = before.keySet().stream().filter(p -> !before.get(p).equals(after.get(p))).toList();
        // "kale kale and kale salad" became "kale kale and lemon salad": same length, so "and" and
        // "salad" score as before; only the document's fragment and the shards of kale and lemon change.
        assertEquals(List.of("search/d/3.js", SearchIndexWriter.shardPath("k"), SearchIndexWriter.shardPath("l")),
                changed.stream().sorted().toList());
    }

    @Test
    void keepsTheBestDocumentsOfAVeryCommonTerm() {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < SearchIndexWriter.MAX_POSTINGS + 10; i++) {
            docs.add(doc(Kind.COMMENT, "c" + i, "", "", i == 5000 % (SearchIndexWriter.MAX_POSTINGS + 10)
                    ? "common common common" : "common word filler text"));
        }
        Map<String, String> files = index(docs);
        Map<Integer, Integer> common = postings(files, "common");
        assertEquals(SearchIndexWriter.MAX_POSTINGS, common.size());
        assertTrue(files.values().stream().anyMatch(f -> f.contains("\"common\":\"*")), "marked as capped");
        assertTrue(common.containsKey(5000 % (SearchIndexWriter.MAX_POSTINGS + 10)));
    }

    @Test
    void theThresholdOfTheBestPostingsIsTheOneSortingGives() {
        java.util.Random random = new java.util.Random(9);
        for (int round = 0; round < 60; round++) {
            int n = SearchIndexWriter.MAX_POSTINGS + 1 + random.nextInt(5_000);
            int bound = round % 3 == 0 ? 3 : round % 3 == 1 ? 900 : 1 << 20;
            int[] scores = java.util.stream.IntStream.range(0, n).map(i -> 1 + random.nextInt(bound)).toArray();
            int[] sorted = scores.clone();
            java.util.Arrays.sort(sorted);
            assertEquals(sorted[n - SearchIndexWriter.MAX_POSTINGS], SearchIndexWriter.threshold(scores, n), "bound " + bound);
        }
    }
}
