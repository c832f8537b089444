package org.rostrum.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Builds the full-text index of a site as many small script files under {@code search/}, which
 * {@code static/search.js} loads on demand with {@code <script>} elements (so that search works from
 * {@code file://} too):
 * <ul>
 * <li>{@code search/index.js}: the manifest (the {@link Stemmer} the words were stemmed with, counts,
 * the keys of the term shards, the names of topics and people, the years);</li>
 * <li>{@code search/t/<key>.js}: the terms starting with a key (its UTF-8 bytes in hex), each with its
 * documents and their BM25 scores, computed here;</li>
 * <li>{@code search/d/<n>.js}: {@value #DOCS_PER_FRAGMENT} documents each, what a result shows;</li>
 * <li>{@code search/m/<n>.js}: {@value #DEBATES_PER_FRAGMENT} debates each, what the filters need (the
 * first document of each debate, its year, topics and people).</li>
 * </ul>
 * Pages are added first, then debates in the order the site lists them; document fragments are
 * handed to the sink as they fill, the rest at {@link #finish}. The files are a function of the
 * documents alone, so a rebuild of the same site gives the same bytes, and an edit changes only the
 * files it touches (BM25's mean document length is rounded so that one edit does not move it).
 * Not thread-safe, but for {@link #lookUp}, which other threads may call while one adds.
 */
public final class SearchIndexWriter {

    /** A file of the index: its path relative to the site root, and its bytes. */
    public record IndexFile(String path, byte[] content) {
    }

    static final int DOCS_PER_FRAGMENT = 16;
    static final int DEBATES_PER_FRAGMENT = 256;
    /** A shard grows past this many characters only when it holds a single term. */
    static final int SHARD_SIZE = 12_000;
    /** A term keeps its best this many documents. */
    static final int MAX_POSTINGS = 3_000;
    /** How much of a document's text the results can show and phrases are checked against. */
    static final int MAX_TEXT = 1_500;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    static final int TITLE_WEIGHT = 12;
    static final int AUTHOR_WEIGHT = 8;
    static final int TEXT_WEIGHT = 4;

    private final Consumer<IndexFile> sink;
    private final Stemmer stemmer;
    /** Every term's postings: looked up on any thread ({@link #lookUp}), added to by the adding one alone. */
    private final Map<String, Postings> terms = new java.util.concurrent.ConcurrentHashMap<>(1 << 16);
    private final List<SearchDebate> debates = new ArrayList<>();
    private final List<Integer> firstDocs = new ArrayList<>();
    private final List<byte[]> fragment = new ArrayList<>();
    private int[] lengths = new int[1024];
    private byte[] kinds = new byte[1024];
    private final List<byte[]> records = new ArrayList<>();
    private int docs;
    private long totalLength;
    private TreeMap<String, String> encoded;
    private List<String> keys;
    private String manifestHead;
    private String manifestTail;

    /**
     * @param sink    takes each file of the index as it is made
     * @param stemmer the stemmer the documents are {@linkplain #prepare prepared} with, which the manifest names
     */
    public SearchIndexWriter(Consumer<IndexFile> sink, Stemmer stemmer) {
        this.sink = sink;
        this.stemmer = stemmer;
    }

    /**
     * Prepares a debate ({@code debate} present) or pages (absent) for {@link #add}, its words stemmed
     * with {@code stemmer}. Thread-safe.
     */
    public static PreparedDocuments prepare(Stemmer stemmer, Optional<SearchDebate> debate,
            List<SearchDocument> documents) {
        return PreparedDocuments.of(stemmer, debate, documents);
    }

    /** Adds a page, before any debate. */
    public void addPage(SearchDocument page) {
        add(prepare(stemmer, Optional.empty(), List.of(page)));
    }

    /** Adds the next debate with its documents (the debate itself, prompts, responses, comments). */
    public void addDebate(SearchDebate debate, List<SearchDocument> documents) {
        add(prepare(stemmer, Optional.of(debate), documents));
    }

    /** Adds prepared pages (before any debate) or the next debate. */
    public void add(PreparedDocuments p) {
        add(lookUp(p));
    }

    /**
     * Prepared documents with the postings of their terms looked up ({@link #lookUp}), ready to be
     * {@linkplain #add(LookedUp) added}.
     */
    public static final class LookedUp {

        private final PreparedDocuments documents;
        /** The postings of each term of the documents' dictionary. */
        private final Postings[] postings;

        private LookedUp(PreparedDocuments documents, Postings[] postings) {
            this.documents = documents;
            this.postings = postings;
        }
    }

    /**
     * Looks up (or makes) the postings of the terms of {@code p}, which {@link #add(LookedUp)} then
     * adds to: the hashing of the terms, the costly part of adding, on any thread while the adding
     * one adds what was looked up before. Thread-safe.
     */
    public LookedUp lookUp(PreparedDocuments p) {
        String[] dictionary = p.dictionary();
        Postings[] postings = new Postings[dictionary.length];
        for (int i = 0; i < p.size(); i++) {
            for (int id : p.ids(i)) {
                if (postings[id] == null) {
                    Postings found = terms.get(dictionary[id]);
                    postings[id] = found != null ? found
                            : terms.computeIfAbsent(dictionary[id], t -> new Postings());
                }
            }
        }
        return new LookedUp(p, postings);
    }

    /** Adds prepared pages (before any debate) or the next debate, their terms {@linkplain #lookUp looked up}. */
    public void add(LookedUp looked) {
        PreparedDocuments p = looked.documents;
        Postings[] postings = looked.postings;
        if (p.debate().isPresent()) {
            debates.add(p.debate().get());
            firstDocs.add(docs);
        } else if (!debates.isEmpty()) {
            throw new IllegalStateException("pages come before debates");
        }
        for (int i = 0; i < p.size(); i++) {
            int doc = docs++;
            if (doc == lengths.length) {
                lengths = Arrays.copyOf(lengths, doc * 2);
                kinds = Arrays.copyOf(kinds, doc * 2);
            }
            int[] ids = p.ids(i);
            int[] weights = p.weights(i);
            for (int k = 0; k < ids.length; k++) {
                postings[ids[k]].add(doc, weights[k]);
            }
            lengths[doc] = p.length(i);
            kinds[doc] = p.kind(i);
            totalLength += p.length(i);
            fragment.add(p.rowBytes(i));
            records.add(p.record(i));
            if (fragment.size() == DOCS_PER_FRAGMENT) {
                flushFragment();
            }
        }
    }

    /** Control characters (but line breaks) as spaces, runs of spaces as one. */
    static String clean(String text) {
        int n = text.length();
        char[] out = new char[n];
        int size = 0;
        boolean space = false;
        boolean onlySpaces = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean blank = c < 0x80 ? c <= ' ' || c == 0x7f
                    : Character.isWhitespace(c) || Character.isISOControl(c)
                            || Character.getType(c) == Character.FORMAT && c != '\u200d';
            if (blank) {
                space = size > 0;
                onlySpaces &= c == ' ';
            } else {
                if (space) {
                    out[size++] = ' ';
                    space = false;
                }
                out[size++] = c;
            }
        }
        return size == n && onlySpaces ? text : new String(out, 0, size);
    }

    private void flushFragment() {
        if (fragment.isEmpty()) {
            return;
        }
        int n = (docs - 1) / DOCS_PER_FRAGMENT;
        int size = 0;
        for (byte[] row : fragment) {
            size += row.length + 1;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(size + 32);
        bytes.writeBytes(("rostrumSearch.docs(" + n + ",[").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0; i < fragment.size(); i++) {
            if (i > 0) {
                bytes.write(',');
            }
            bytes.writeBytes(fragment.get(i));
        }
        bytes.writeBytes("]);\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sink.accept(new IndexFile(fragmentPath(n), bytes.toByteArray()));
        fragment.clear();
    }

    /** The document fragment {@code n} made of its rows ({@link #row}). */
    static IndexFile fragment(int n, List<String> rows) {
        return new IndexFile(fragmentPath(n),
                new Script().call("docs").number(n).raw(",[").raw(String.join(",", rows)).raw("]").end());
    }

    static String fragmentPath(int n) {
        return "search/d/" + n + ".js";
    }

    /** Writes the term shards, the debates' fragments and the manifest. */
    public void finish() {
        flushFragment();
        int avgdl = avgdl(totalLength, docs);
        String[] sorted = terms.keySet().toArray(String[]::new);
        Arrays.parallelSort(sorted);
        String[] values = new String[sorted.length];
        IndexFile[] sets = new IndexFile[sorted.length];
        java.util.stream.IntStream.range(0, sorted.length).parallel().forEach(i -> {
            Postings p = terms.get(sorted[i]);
            Postings.Decoded d = p.decode();
            values[i] = encode(d, docs, lengths, kinds, avgdl);
            if (p.count() > MAX_POSTINGS) {
                sets[i] = DocumentSets.file(sorted[i], d.docs(), docs);
            }
        });
        encoded = sortedMap(sorted, values);
        keys = new ShardPlan(encoded, SHARD_SIZE).keys();
        shards(encoded, keys).forEach(sink);
        for (IndexFile set : sets) {
            if (set != null) {
                sink.accept(set);
            }
        }
        Set<String> topics = new TreeSet<>();
        Set<String> people = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        debates.forEach(d -> {
            topics.addAll(d.topics());
            people.addAll(d.people());
            years.add(d.year());
        });
        List<String> topicList = List.copyOf(topics);
        List<String> peopleList = List.copyOf(people);
        for (int from = 0; from < debates.size(); from += DEBATES_PER_FRAGMENT) {
            Script s = new Script().call("debates").number(from / DEBATES_PER_FRAGMENT).raw(",[");
            for (int i = from; i < Math.min(debates.size(), from + DEBATES_PER_FRAGMENT); i++) {
                SearchDebate d = debates.get(i);
                s.raw(i == from ? "[" : ",[").number(firstDocs.get(i)).raw(",").number(d.year()).raw(",[")
                        .raw(indexes(d.topics(), topicList)).raw("],[").raw(indexes(d.people(), peopleList)).raw("]]");
            }
            sink.accept(new IndexFile("search/m/" + from / DEBATES_PER_FRAGMENT + ".js", s.raw("]").end()));
        }
        Script m = new Script().call("manifest").raw("{\"stemmer\":").string(stemmer.id()).raw(",\"docs\":")
                .number(docs).raw(",\"docsPerFragment\":").number(DOCS_PER_FRAGMENT).raw(",\"debates\":")
                .number(debates.size()).raw(",\"debatesPerFragment\":").number(DEBATES_PER_FRAGMENT)
                .raw(",\"firstDocs\":[");
        for (int from = 0; from < debates.size(); from += DEBATES_PER_FRAGMENT) {
            m.raw(from == 0 ? "" : ",").number(firstDocs.get(from));
        }
        manifestHead = m.raw("],\"keys\":").toString();
        Script tail = new Script().raw(",\"topics\":");
        strings(tail, topicList).raw(",\"people\":");
        strings(tail, peopleList).raw(",\"years\":[");
        manifestTail = tail.raw(String.join(",", years.stream().map(String::valueOf).toList())).raw("]}").toString();
        sink.accept(manifest(manifestHead, keys, manifestTail));
    }

    /**
     * Keeps what a later build needs to patch this index ({@link IndexState}) in {@code folder}: call
     * after {@link #finish}, once the index is in the output.
     */
    public void saveState(java.nio.file.Path folder) throws java.io.IOException {
        IndexState.of(new IndexState.Table(docs, totalLength, Arrays.copyOf(lengths, docs), Arrays.copyOf(kinds, docs),
                firstDocs), new IndexState.Shards(encoded, keys, manifestHead, manifestTail), terms, records).save(folder);
    }

    /**
     * The map of {@code keys} (sorted, distinct) to {@code values}, built in one pass without
     * comparing keys ({@link TreeMap#putAll} of a sorted map into an empty one).
     */
    static TreeMap<String, String> sortedMap(String[] keys, String[] values) {
        TreeMap<String, String> map = new TreeMap<>();
        map.putAll(new SortedArrays(keys, values));
        return map;
    }

    /** Sorted keys and their values as a {@link java.util.SortedMap}, enough for {@link TreeMap#putAll}. */
    private static final class SortedArrays extends java.util.AbstractMap<String, String>
            implements java.util.SortedMap<String, String> {

        private final String[] keys;
        private final String[] values;

        SortedArrays(String[] keys, String[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return new java.util.AbstractSet<>() {

                @Override
                public java.util.Iterator<Map.Entry<String, String>> iterator() {
                    return java.util.stream.IntStream.range(0, keys.length)
                            .mapToObj(i -> Map.entry(keys[i], values[i])).iterator();
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }

        @Override
        public java.util.Comparator<? super String> comparator() {
            return null;
        }

        @Override
        public java.util.SortedMap<String, String> subMap(String from, String to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.SortedMap<String, String> headMap(String to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.SortedMap<String, String> tailMap(String from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String firstKey() {
            return keys[0];
        }

        @Override
        public String lastKey() {
            return keys[keys.length - 1];
        }
    }

    static int avgdl(long totalLength, int docs) {
        return (int) Math.max(1, Math.round((double) totalLength / Math.max(1, docs)));
    }

    static IndexFile manifest(String head, List<String> keys, String tail) {
        Script m = new Script().raw(head);
        strings(m, keys);
        return new IndexFile("search/index.js", m.raw(tail).end());
    }

    /** The term shards of {@code keys}, each with the encoded terms under it (made in parallel). */
    static List<IndexFile> shards(TreeMap<String, String> encoded, List<String> keys) {
        return java.util.stream.IntStream.range(0, keys.size()).parallel()
                .mapToObj(i -> shard(encoded, keys.get(i), i + 1 < keys.size() ? keys.get(i + 1) : null)).toList();
    }

    private static IndexFile shard(TreeMap<String, String> encoded, String key, String next) {
        Script s = new Script().call("terms").string(key).raw(",{");
        boolean first = true;
        for (Map.Entry<String, String> e : encoded.tailMap(key, true).entrySet()) {
            if (!e.getKey().startsWith(key) || next != null && e.getKey().compareTo(next) >= 0) {
                break;
            }
            s.raw(first ? "" : ",").string(e.getKey()).raw(":\"").raw(e.getValue()).raw("\"");
            first = false;
        }
        return new IndexFile(shardPath(key), s.raw("}").end());
    }

    /** Where the shard of {@code key} is: its UTF-8 bytes in hex, safe in any file system and URL. */
    static String shardPath(String key) {
        StringBuilder hex = new StringBuilder("search/t/");
        for (byte b : key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            hex.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return hex.append(".js").toString();
    }

    private static Script strings(Script s, List<String> values) {
        s.raw("[");
        for (int i = 0; i < values.size(); i++) {
            s.raw(i == 0 ? "" : ",").string(values.get(i));
        }
        return s.raw("]");
    }

    private static String indexes(List<String> names, List<String> all) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            b.append(b.length() == 0 ? "" : ",").append(java.util.Collections.binarySearch(all, n));
        }
        return b.toString();
    }

    /**
     * A term's documents as {@code docDelta, value} pairs in document order ({@link Varints}), where
     * value is the BM25 score (times 10, at least 1) times 8 plus the document's kind; only the best
     * {@value #MAX_POSTINGS} documents of a very common term are kept, after {@link DocumentSets#CAPPED}.
     */
    static String encode(Postings p, int docs, int[] lengths, byte[] kinds, int avgdl) {
        return encode(p.decode(), docs, lengths, kinds, avgdl);
    }

    /** {@link #encode(Postings, int, int[], byte[], int)} of postings already decoded. */
    static String encode(Postings.Decoded d, int docs, int[] lengths, byte[] kinds, int avgdl) {
        int n = d.docs().length;
        int[] members = d.docs();
        int[] frequencies = d.frequencies();
        SearchDocument.Kind[] all = SearchDocument.Kind.values();
        double[] boosts = new double[all.length];
        for (int k = 0; k < all.length; k++) {
            boosts[k] = all[k].boost;
        }
        double idf = Math.log(1 + (docs - n + 0.5) / (n + 0.5));
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            int doc = members[i];
            double tf = frequencies[i] / (double) TEXT_WEIGHT;
            double bm25 = idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[doc] / (double) avgdl));
            scores[i] = (int) Math.max(1, Math.round(bm25 * boosts[kinds[doc]] * 10));
        }
        boolean[] kept = best(scores, n);
        StringBuilder b = new StringBuilder(n * 5).append(n > MAX_POSTINGS ? DocumentSets.CAPPED : "");
        int lastDoc = 0;
        for (int i = 0; i < n; i++) {
            if (!kept[i]) {
                continue;
            }
            int doc = members[i];
            Varints.append(b, doc - lastDoc);
            Varints.append(b, scores[i] * 8 + kinds[doc]);
            lastDoc = doc;
        }
        return b.toString();
    }

    /** Which postings to keep: all, or the {@value #MAX_POSTINGS} best (the earlier first among equals). */
    private static boolean[] best(int[] scores, int n) {
        boolean[] kept = new boolean[n];
        if (n <= MAX_POSTINGS) {
            Arrays.fill(kept, true);
            return kept;
        }
        int threshold = threshold(scores, n);
        int above = 0;
        for (int s : scores) {
            above += s > threshold ? 1 : 0;
        }
        int atThreshold = MAX_POSTINGS - above;
        for (int i = 0; i < n; i++) {
            if (scores[i] > threshold || scores[i] == threshold && atThreshold-- > 0) {
                kept[i] = true;
            }
        }
        return kept;
    }

    /**
     * The {@value #MAX_POSTINGS}th highest of {@code scores} (all at least 1): counted by value when
     * the highest is small, as it nearly always is, else sorted.
     */
    static int threshold(int[] scores, int n) {
        int max = 0;
        for (int s : scores) {
            max = Math.max(max, s);
        }
        if (max > 1 << 16) {
            int[] sorted = scores.clone();
            Arrays.sort(sorted);
            return sorted[n - MAX_POSTINGS];
        }
        int[] counts = new int[max + 1];
        for (int s : scores) {
            counts[s]++;
        }
        int v = max;
        for (int atLeast = counts[v]; atLeast < MAX_POSTINGS; atLeast += counts[v]) {
            v--;
        }
        return v;
    }
}
