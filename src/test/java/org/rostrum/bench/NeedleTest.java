package org.rostrum.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The needle of a generated archive: two words in one deep reply of a long thread, and nowhere else. */
class NeedleTest {

    /** A seed whose 30-debate archive of the real shape has a thread of over 300 comments from debate 15 on. */
    static final long SEED = 8;

    @TempDir
    Path dir;

    @Test
    void noWordOfTheGeneratorStartsWithANeedleWordOrContainsOne() {
        List<String> vocabulary = new ArrayList<>();
        for (String entry : ArchiveGenerator.vocabulary()) {
            vocabulary.addAll(List.of(entry.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
        }
        assertTrue(vocabulary.size() > 400, "the vocabularies: " + vocabulary.size() + " words");
        for (String word : concat(Needle.PLACES, Needle.NOUNS)) {
            String folded = word.toLowerCase(Locale.ROOT);
            // a stem is the word less an ending of two letters or so; a query word matches longer words as a prefix
            String stem = folded.substring(0, folded.length() - 2);
            for (String v : vocabulary) {
                assertFalse(v.startsWith(stem) || v.contains(folded), word + " against " + v);
            }
        }
    }

    @Test
    void theTwoWordsAreInOneDeepReplyOfALongThreadFromTheMiddleOnAndNowhereElse() throws IOException {
        ArchiveGenerator.Stats stats = ArchiveGenerator.write(30, SEED, "real", dir.resolve("content"));
        Needle needle = stats.needle.orElseThrow();
        assertTrue(needle.thread() > 300, "a long thread: " + needle);
        assertTrue(needle.depth() >= 3, "deep: " + needle);
        assertTrue(Integer.parseInt(needle.debate().split("-")[1]) >= 15, "from the middle on: " + needle);
        List<String> words = List.of(needle.query().split(" "));
        assertEquals(2, words.size());
        Map<String, String> files = files(dir.resolve("content"));
        for (String word : words) {
            List<String> holders = files.entrySet().stream()
                    .filter(e -> e.getValue().toLowerCase(Locale.ROOT).contains(word)).map(Map.Entry::getKey).toList();
            assertEquals(1, holders.size(), word + " in " + holders);
            String text = files.get(holders.get(0)).toLowerCase(Locale.ROOT);
            assertEquals(text.indexOf(word), text.lastIndexOf(word), word + " once");
            assertTrue(holders.get(0).startsWith("debates/" + needle.debate() + "/comments"), holders.get(0));
            String before = text.substring(0, text.indexOf(word));
            Matcher ids = Pattern.compile("id: (c\\d+)\\n").matcher(before);
            String id = null;
            while (ids.find()) {
                id = ids.group(1);
            }
            assertEquals(needle.comment(), id, "the word is in the body of the needle's comment");
        }
    }

    @Test
    void theSameSeedPlantsTheSameNeedleAndWritesItDown() throws IOException {
        Needle first = ArchiveGenerator.write(30, SEED, "plain", dir.resolve("a")).needle.orElseThrow();
        Needle second = ArchiveGenerator.write(30, SEED, "plain", dir.resolve("b")).needle.orElseThrow();
        assertEquals(first, second);
        assertEquals(files(dir.resolve("a")), files(dir.resolve("b")));
        first.write(dir.resolve("needle.txt"));
        assertEquals(first, Needle.read(dir.resolve("needle.txt")).orElseThrow());
        assertTrue(Needle.read(dir.resolve("none.txt")).isEmpty());
    }

    @Test
    void anArchiveWithoutALongThreadFromTheMiddleOnHasNoNeedle() throws IOException {
        assertTrue(ArchiveGenerator.write(30, 1, "plain", dir).needle.isEmpty());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Every file under {@code root} by its path there, with its text. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> {
                try {
                    out.put(root.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return out;
    }
}
