package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexPatchTest {

    @TempDir
    Path dir;

    private static List<SearchDocument> debate(String slug, String... comments) {
        List<SearchDocument> docs = new java.util.ArrayList<>();
        docs.add(new SearchDocument(SearchDocument.Kind.DEBATE, "debates/" + slug + "/index.html", "On " + slug, "",
                "2019-05-01", "On " + slug, "The editors ask about " + slug + " and trams."));
        for (int i = 0; i < comments.length; i++) {
            docs.add(new SearchDocument(SearchDocument.Kind.COMMENT, "debates/" + slug + "/index.html#comment-c" + i,
                    "On " + slug, "Reader " + i, "2019-05-02", "", comments[i]));
        }
        return docs;
    }

    /** The files of a full index of {@code debates}, written under {@code out}, its state in {@code state}. */
    private static Map<String, byte[]> index(List<List<SearchDocument>> debates, Path out, Path state)
            throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        SearchIndexWriter w = new SearchIndexWriter(f -> files.put(f.path(), f.content()), Stemmer.ENGLISH);
        for (List<SearchDocument> d : debates) {
            w.addDebate(new SearchDebate(2019, List.of("Transport"), List.of("Ann Smith")), d);
        }
        w.finish();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.createDirectories(out.resolve(f.getKey()).getParent());
            Files.write(out.resolve(f.getKey()), f.getValue());
        }
        w.saveState(state);
        return files;
    }

    @Test
    void patchedFilesAreThoseOfAFullIndexOfTheEditedSite() throws IOException {
        String[] many = new String[20];
        for (int i = 0; i < many.length; i++) {
            many[i] = "Comment " + i + " about buses, taxes and the \"old\" [depot] line.";
        }
        List<SearchDocument> before = debate("tram", many);
        String[] edited = many.clone();
        edited[7] = "Seventeen bicycles were taxed; \"quoted\", ] bracket and <b>markup</b>.";
        List<SearchDocument> after = debate("tram", edited);
        Map<String, byte[]> old = index(List.of(debate("bus", "Buses run late."), before,
                debate("ferry", "Ferries and taxes.")), dir.resolve("site"), dir.resolve("state"));
        Map<String, byte[]> expected = index(List.of(debate("bus", "Buses run late."), after,
                debate("ferry", "Ferries and taxes.")), dir.resolve("expected"), dir.resolve("expected-state"));

        IndexPatch patch = IndexPatch.open(dir.resolve("state")).orElseThrow();
        assertEquals(List.of("search/d/0.js", "search/d/1.js"), patch.fragmentPaths(1));
        List<SearchIndexWriter.IndexFile> files = patch.apply(dir.resolve("site"),
                Map.of(1, SearchIndexWriter.prepare(Stemmer.ENGLISH, Optional.empty(), after))).orElseThrow();

        Map<String, byte[]> patched = new TreeMap<>(old);
        files.forEach(f -> patched.put(f.path(), f.content()));
        assertEquals(expected.keySet(), patched.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, patched.get(path), path));
        assertTrue(files.stream().noneMatch(f -> f.path().startsWith("search/m/")), "filters are not touched");
    }

    @Test
    void declinesWhenADebateHasAnotherNumberOfDocuments() throws IOException {
        index(List.of(debate("bus", "Buses run late.", "Trams too.")), dir.resolve("site"), dir.resolve("state"));
        IndexPatch patch = IndexPatch.open(dir.resolve("state")).orElseThrow();
        assertEquals(Optional.empty(), patch.apply(dir.resolve("site"),
                Map.of(0, SearchIndexWriter.prepare(Stemmer.ENGLISH, Optional.empty(),
                        debate("bus", "Buses run late.")))));
    }

    @Test
    void declinesWhenTheOutputHoldsAnotherIndex() throws IOException {
        index(List.of(debate("bus", "Buses run late.")), dir.resolve("site"), dir.resolve("state"));
        Files.writeString(dir.resolve("site/search/index.js"), "rostrumSearch.manifest({});\n");
        IndexPatch patch = IndexPatch.open(dir.resolve("state")).orElseThrow();
        assertEquals(Optional.empty(), patch.apply(dir.resolve("site"),
                Map.of(0, SearchIndexWriter.prepare(Stemmer.ENGLISH, Optional.empty(),
                        debate("bus", "Buses run early.")))));
    }

    @Test
    void noStateAfterForget() throws IOException {
        index(List.of(debate("bus", "Buses run late.")), dir.resolve("site"), dir.resolve("state"));
        IndexPatch.forget(dir.resolve("state"));
        assertEquals(Optional.empty(), IndexPatch.open(dir.resolve("state")));
    }

    @Test
    void splitsAFragmentIntoRowsAtTopLevelCommasOnly() {
        String text = "rostrumSearch.docs(3,[[3,\"a,b\",\"x\\\"],[\"],[1,\"c\"]]);\n";
        assertEquals(Optional.of(List.of("[3,\"a,b\",\"x\\\"],[\"]", "[1,\"c\"]")), IndexPatch.rows(text, 3));
        assertEquals(Optional.empty(), IndexPatch.rows(text, 4));
        assertEquals(Optional.empty(), IndexPatch.rows("rostrumSearch.docs(3,[[3,\"open]);\n", 3));
    }
}
