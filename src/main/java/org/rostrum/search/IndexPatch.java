package org.rostrum.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Brings a written index up to date after some debates changed without adding or removing
 * documents (comment edits), with work proportional to the change: it reads the stored records of
 * the changed debates' documents, the raw postings of the buckets their old and new terms fall in,
 * and the document fragments they sit in, and gives the files whose content may have changed (every
 * term shard, made from the stored encoded terms, the manifest, and the changed debates' document
 * fragments). The scores of the terms it did not touch stay as they are: the document count does
 * not change, and when the rounded mean document length would, it declines. It gives the same
 * bytes as indexing the whole site again. Not thread-safe.
 */
public final class IndexPatch {

    private final Path folder;
    private final IndexState state;
    private final int avgdl;
    private final Map<Integer, TreeMap<String, Postings>> buckets = new HashMap<>();
    private final Map<Integer, byte[]> records = new TreeMap<>();
    /** The documents of the capped terms the patch touched ({@link DocumentSets}). */
    private final Map<String, int[]> sets = new HashMap<>();

    private IndexPatch(Path folder, IndexState state) {
        this.folder = folder;
        this.state = state;
        this.avgdl = SearchIndexWriter.avgdl(state.totalLength, state.docs);
    }

    /** The stored state of the index in {@code folder}, or empty when there is none to patch. */
    public static Optional<IndexPatch> open(Path folder) {
        return Optional.ofNullable(IndexState.load(folder)).map(s -> new IndexPatch(folder, s));
    }

    /** How many debates the index holds. */
    public int debates() {
        return state.firstDocs.size();
    }

    /** The paths of the document fragments that hold debate {@code debate} (its index in the site's order). */
    public List<String> fragmentPaths(int debate) {
        List<String> paths = new ArrayList<>();
        int[] range = range(debate);
        if (range[1] > range[0]) {
            for (int n = range[0] / SearchIndexWriter.DOCS_PER_FRAGMENT;
                    n <= (range[1] - 1) / SearchIndexWriter.DOCS_PER_FRAGMENT; n++) {
                paths.add(SearchIndexWriter.fragmentPath(n));
            }
        }
        return paths;
    }

    private int[] range(int debate) {
        int first = state.firstDocs.get(debate);
        int end = debate + 1 < state.firstDocs.size() ? state.firstDocs.get(debate + 1) : state.docs;
        return new int[] {first, end};
    }

    /**
     * The files of the index after the debates in {@code changed} (by their index in the site's
     * order) became what they now are: every term shard, every set of a capped term
     * ({@link DocumentSets}), the manifest and the fragments of
     * {@link #fragmentPaths} of each changed debate. Empty when it cannot patch (a debate has
     * another number of documents, the mean length moved, the output's index is not the one the
     * state describes); then nothing was changed on disk.
     */
    public Optional<List<SearchIndexWriter.IndexFile>> apply(Path out, Map<Integer, PreparedDocuments> changed)
            throws IOException {
        SearchIndexWriter.IndexFile manifest = SearchIndexWriter.manifest(state.manifestHead, state.keys,
                state.manifestTail);
        Path manifestFile = out.resolve(manifest.path());
        if (!Files.isRegularFile(manifestFile) || !Arrays.equals(Files.readAllBytes(manifestFile), manifest.content())) {
            return Optional.empty();
        }
        TreeMap<Integer, String> rows = new TreeMap<>();
        TreeMap<Integer, Map<String, Integer>> newTerms = new TreeMap<>();
        TreeSet<Integer> touched = new TreeSet<>();
        for (Map.Entry<Integer, PreparedDocuments> e : changed.entrySet()) {
            if (e.getKey() < 0 || e.getKey() >= debates()) {
                return Optional.empty();
            }
            int[] range = range(e.getKey());
            PreparedDocuments p = e.getValue();
            if (range[1] - range[0] != p.size()) {
                return Optional.empty();
            }
            for (int j = 0; j < p.size(); j++) {
                int doc = range[0] + j;
                byte[] before = IndexState.readRecord(folder, doc);
                if (Arrays.equals(before, p.record(j))) {
                    continue;
                }
                touched.addAll(IndexState.buckets(before));
                touched.addAll(IndexState.buckets(p.record(j)));
                records.put(doc, p.record(j));
                rows.put(doc, p.row(j));
                newTerms.put(doc, p.terms(j));
                state.totalLength += p.length(j) - state.lengths[doc];
                state.lengths[doc] = p.length(j);
                state.kinds[doc] = p.kind(j);
            }
        }
        if (SearchIndexWriter.avgdl(state.totalLength, state.docs) != avgdl) {
            return Optional.empty();
        }
        for (int b : touched) {
            buckets.put(b, update(PostingsFile.read(folder, b), b, newTerms));
        }
        state.keys = new ShardPlan(state.encoded, SearchIndexWriter.SHARD_SIZE).keys();
        List<SearchIndexWriter.IndexFile> files = new ArrayList<>(
                SearchIndexWriter.shards(state.encoded, state.keys));
        files.add(SearchIndexWriter.manifest(state.manifestHead, state.keys, state.manifestTail));
        Optional<List<SearchIndexWriter.IndexFile>> setFiles = DocumentSets.patched(state.encoded, sets, state.docs, out);
        if (setFiles.isEmpty()) {
            return Optional.empty();
        }
        files.addAll(setFiles.get());
        java.util.Set<String> fragments = new java.util.TreeSet<>();
        changed.keySet().forEach(debate -> fragments.addAll(fragmentPaths(debate)));
        for (String path : fragments) {
            Optional<SearchIndexWriter.IndexFile> f = fragment(out, path, rows);
            if (f.isEmpty()) {
                return Optional.empty();
            }
            files.add(f.get());
        }
        return Optional.of(files);
    }

    /** Bucket {@code b}'s postings without the changed documents' old ones and with their new ones. */
    private TreeMap<String, Postings> update(TreeMap<String, Postings> bucket, int b,
            TreeMap<Integer, Map<String, Integer>> newTerms) {
        Map<String, TreeMap<Integer, Integer>> added = new HashMap<>();
        newTerms.forEach((doc, counts) -> counts.forEach((term, weight) -> {
            if (IndexState.bucket(term) == b) {
                added.computeIfAbsent(term, t -> new TreeMap<>()).put(doc, weight);
            }
        }));
        TreeSet<String> terms = new TreeSet<>(bucket.keySet());
        terms.addAll(added.keySet());
        for (String term : terms) {
            Postings old = bucket.getOrDefault(term, new Postings());
            TreeMap<Integer, Integer> add = added.getOrDefault(term, new TreeMap<>());
            boolean changedTerm = !add.isEmpty();
            Postings merged = new Postings();
            Postings.Decoded decoded = old.decode();
            for (int i = 0; i < old.count(); i++) {
                int doc = decoded.docs()[i];
                while (!add.isEmpty() && add.firstKey() < doc) {
                    Map.Entry<Integer, Integer> a = add.pollFirstEntry();
                    merged.add(a.getKey(), a.getValue());
                }
                if (newTerms.containsKey(doc)) {
                    changedTerm = true;
                    continue;
                }
                merged.add(doc, decoded.frequencies()[i]);
            }
            add.forEach(merged::add);
            if (!changedTerm) {
                continue;
            }
            if (merged.count() == 0) {
                bucket.remove(term);
                state.encoded.remove(term);
            } else {
                bucket.put(term, merged);
                if (merged.count() > SearchIndexWriter.MAX_POSTINGS) {
                    sets.put(term, merged.decode().docs());
                }
                state.encoded.put(term, SearchIndexWriter.encode(merged, state.docs, state.lengths, state.kinds, avgdl));
            }
        }
        return bucket;
    }

    /** The fragment at {@code path} as the output holds it, with the rows of the changed documents replaced. */
    private static Optional<SearchIndexWriter.IndexFile> fragment(Path out, String path, TreeMap<Integer, String> rows)
            throws IOException {
        int n = Integer.parseInt(path.substring("search/d/".length(), path.length() - ".js".length()));
        Path file = out.resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<List<String>> old = rows(Files.readString(file, StandardCharsets.UTF_8), n);
        if (old.isEmpty()) {
            return Optional.empty();
        }
        List<String> made = new ArrayList<>(old.get());
        int first = n * SearchIndexWriter.DOCS_PER_FRAGMENT;
        for (int i = 0; i < made.size(); i++) {
            String row = rows.get(first + i);
            if (row != null) {
                made.set(i, row);
            }
        }
        return Optional.of(SearchIndexWriter.fragment(n, made));
    }

    /** The rows of a document fragment's text, or empty when it is not one the writer made. */
    static Optional<List<String>> rows(String text, int n) {
        String head = "rostrumSearch.docs(" + n + ",[";
        String tail = "]);\n";
        if (!text.startsWith(head) || !text.endsWith(tail)) {
            return Optional.empty();
        }
        List<String> rows = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = head.length();
        int end = text.length() - tail.length();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                rows.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (inString || depth != 0) {
            return Optional.empty();
        }
        if (end > start) {
            rows.add(text.substring(start, end));
        }
        return Optional.of(rows);
    }

    /**
     * Forgets the state stored in {@code folder} (until a {@link #save} or a full build's): call
     * before the output changes, so that a build that fails then leaves no state that lies.
     */
    public static void forget(Path folder) throws IOException {
        IndexState.delete(folder);
    }

    /** Stores the patched state: call once the patched files are in the output. */
    public void save() throws IOException {
        PostingsFile.replace(folder, buckets);
        for (Map.Entry<Integer, byte[]> e : records.entrySet()) {
            IndexState.writeRecord(folder, e.getKey(), e.getValue());
        }
        state.writeState(folder);
    }
}
