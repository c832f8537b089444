package org.rostrum.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A debate's documents (or pages) as the index takes them: per document its terms with their
 * weighted counts (ids into one dictionary of the debate's terms), its length in words, its kind,
 * the row a document fragment shows of it, and the record {@link IndexState} keeps of it. Making
 * one ({@link #of}) is the costly part of indexing (folding, stemming, counting), done on any thread
 * as the debate is rendered; what the index then does with it is quick. It is also what the search
 * store keeps of a debate between builds ({@link #toBytes}, {@link #read}), far smaller than the text.
 * Immutable once made; the arrays it hands out are not copied and must not be changed.
 */
public final class PreparedDocuments {

    private final Optional<SearchDebate> debate;
    private final String[] dictionary;
    private final int[][] ids;
    private final int[][] weights;
    private final int[] lengths;
    private final byte[] kinds;
    /** Each document's row, in UTF-8: copied as it is into the store and into the fragment. */
    private final byte[][] rows;
    private final byte[][] records;

    private PreparedDocuments(Optional<SearchDebate> debate, String[] dictionary, int size) {
        this.debate = debate;
        this.dictionary = dictionary;
        this.ids = new int[size][];
        this.weights = new int[size][];
        this.lengths = new int[size];
        this.kinds = new byte[size];
        this.rows = new byte[size][];
        this.records = new byte[size][];
    }

    /** Prepares a debate ({@code debate} present) or pages (absent), its words stemmed by {@code stemmer}. Thread-safe. */
    public static PreparedDocuments of(Stemmer stemmer, Optional<SearchDebate> debate, List<SearchDocument> documents) {
        return of(new Workspace(stemmer), debate, documents);
    }

    /**
     * What one thread prepares documents with, kept from debate to debate so that each distinct word
     * is stemmed once ({@link TermCounter}) and the buffers are made once. Not thread-safe.
     */
    static final class Workspace {

        final TermCounter counter;
        final RowBytes row = new RowBytes();
        /** Where a document's author is cleaned for its row. */
        char[] text = new char[64];

        Workspace(Stemmer stemmer) {
            counter = new TermCounter(stemmer);
        }
    }

    /**
     * Prepares a debate or pages with {@code work}: each document's text is read once into an array,
     * {@linkplain SearchIndexWriter#clean cleaned} there as it is counted ({@link TermCounter#addCleaning}),
     * and written into its row.
     */
    static PreparedDocuments of(Workspace work, Optional<SearchDebate> debate, List<SearchDocument> documents) {
        TermCounter counter = work.counter;
        counter.startDictionary();
        int n = documents.size();
        TermCounter.Counted[] counted = new TermCounter.Counted[n];
        int[] lengths = new int[n];
        byte[][] rows = new byte[n][];
        IndexState.RowHash[] rowHashes = new IndexState.RowHash[n];
        String heading = null;
        String cleanHeading = null;
        for (int i = 0; i < n; i++) {
            SearchDocument d = documents.get(i);
            if (!d.heading().equals(heading)) {
                heading = d.heading();
                cleanHeading = SearchIndexWriter.clean(heading);
            }
            lengths[i] = counter.add(d.title(), SearchIndexWriter.TITLE_WEIGHT)
                    + counter.add(d.author(), SearchIndexWriter.AUTHOR_WEIGHT)
                    + counter.addCleaning(d.text(), SearchIndexWriter.TEXT_WEIGHT);
            counted[i] = counter.take();
            int author = clean(work, d.author());
            RowBytes row = work.row.start().raw("[").number(d.kind().ordinal()).raw(",").string(d.url()).raw(",")
                    .string(cleanHeading).raw(",").string(work.text, 0, author).raw(",").string(d.date()).raw(",")
                    .string(counter.cleaned(), 0, Math.min(counter.cleanedLength(), SearchIndexWriter.MAX_TEXT))
                    .raw("]");
            rows[i] = row.toBytes();
            rowHashes[i] = new IndexState.RowHash(row.hash(), row.length());
        }
        PreparedDocuments p = new PreparedDocuments(debate, counter.terms(), n);
        int[] termHashes = new int[p.dictionary.length];
        for (int t = 0; t < termHashes.length; t++) {
            termHashes[t] = p.dictionary[t].hashCode();
        }
        for (int i = 0; i < n; i++) {
            byte kind = (byte) documents.get(i).kind().ordinal();
            p.ids[i] = counted[i].ids();
            p.weights[i] = counted[i].weights();
            p.lengths[i] = lengths[i];
            p.kinds[i] = kind;
            p.rows[i] = rows[i];
            p.records[i] = IndexState.record(termHashes, counted[i], lengths[i], kind, rowHashes[i]);
        }
        return p;
    }

    /** {@link SearchIndexWriter#clean} of {@code text} into {@code work.text}; returns its length. */
    private static int clean(Workspace work, String text) {
        int n = text.length();
        if (work.text.length < n) {
            work.text = new char[Math.max(n, work.text.length * 2)];
        }
        char[] chars = work.text;
        text.getChars(0, n, chars, 0);
        return TermCounter.clean(work.counter.table(), chars, n);
    }

    /**
     * These documents with their comments replaced by {@code comments}' documents (the others
     * first, as a debate lists them).
     */
    public PreparedDocuments withComments(PreparedDocuments comments) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (kinds[i] != SearchDocument.Kind.COMMENT.ordinal()) {
                kept.add(i);
            }
        }
        Map<String, Integer> merged = new HashMap<>();
        List<String> terms = new ArrayList<>();
        int[][] fromThis = remap(dictionary, merged, terms);
        int[][] fromComments = remap(comments.dictionary, merged, terms);
        PreparedDocuments p = new PreparedDocuments(debate, terms.toArray(String[]::new),
                kept.size() + comments.size());
        int at = 0;
        for (int i : kept) {
            p.copy(at++, this, i, fromThis[0]);
        }
        for (int i = 0; i < comments.size(); i++) {
            p.copy(at++, comments, i, fromComments[0]);
        }
        return p;
    }

    private static int[][] remap(String[] dictionary, Map<String, Integer> merged, List<String> terms) {
        int[] to = new int[dictionary.length];
        for (int t = 0; t < dictionary.length; t++) {
            to[t] = merged.computeIfAbsent(dictionary[t], k -> {
                terms.add(k);
                return terms.size() - 1;
            });
        }
        return new int[][] {to};
    }

    private void copy(int at, PreparedDocuments from, int i, int[] to) {
        int[] mapped = new int[from.ids[i].length];
        for (int k = 0; k < mapped.length; k++) {
            mapped[k] = to[from.ids[i][k]];
        }
        ids[at] = mapped;
        weights[at] = from.weights[i];
        lengths[at] = from.lengths[i];
        kinds[at] = from.kinds[i];
        rows[at] = from.rows[i];
        records[at] = from.records[i];
    }

    /** The debate, or empty for pages. */
    public Optional<SearchDebate> debate() {
        return debate;
    }

    /** How many documents. */
    public int size() {
        return lengths.length;
    }

    String[] dictionary() {
        return dictionary;
    }

    int[] ids(int i) {
        return ids[i];
    }

    int[] weights(int i) {
        return weights[i];
    }

    /** Document {@code i}'s terms and their weighted counts. */
    Map<String, Integer> terms(int i) {
        Map<String, Integer> out = new HashMap<>();
        for (int k = 0; k < ids[i].length; k++) {
            out.put(dictionary[ids[i][k]], weights[i][k]);
        }
        return out;
    }

    int length(int i) {
        return lengths[i];
    }

    byte kind(int i) {
        return kinds[i];
    }

    String row(int i) {
        return new String(rows[i], StandardCharsets.UTF_8);
    }

    /** {@link #row} in UTF-8. */
    byte[] rowBytes(int i) {
        return rows[i];
    }

    byte[] record(int i) {
        return records[i];
    }

    /**
     * These documents as bytes for {@link #read}: big-endian numbers, strings as their UTF-8 length
     * and bytes, term ids and counts as variable-length numbers. Built in one array, without a stream's
     * per-byte calls.
     */
    public byte[] toBytes() {
        Out out = new Out(256 + 64 * dictionary.length + 32 * size());
        for (int i = 0; i < size(); i++) {
            out.grow(rows[i].length + records[i].length + 10 * ids[i].length + 16);
        }
        out.bool(debate.isPresent());
        if (debate.isPresent()) {
            out.int32(debate.get().year());
            out.strings(debate.get().topics());
            out.strings(debate.get().people());
        }
        out.strings(List.of(dictionary));
        out.int32(size());
        for (int i = 0; i < size(); i++) {
            out.int8(kinds[i]);
            out.int32(lengths[i]);
            out.bytes(rows[i]);
            out.bytes(records[i]);
            out.int32(ids[i].length);
            for (int k = 0; k < ids[i].length; k++) {
                out.varint(ids[i][k]);
                out.varint(weights[i][k]);
            }
        }
        return out.toArray();
    }

    /**
     * Reads what {@link #toBytes} wrote from {@code in}'s position; fails with an {@link IOException}
     * (or a {@link RuntimeException} when the bytes end early) on anything else.
     */
    public static PreparedDocuments read(ByteBuffer in) throws IOException {
        Optional<SearchDebate> debate = in.get() != 0
                ? Optional.of(new SearchDebate(in.getInt(), strings(in), strings(in)))
                : Optional.empty();
        String[] dictionary = strings(in).toArray(String[]::new);
        int n = in.getInt();
        if (n < 0 || n > 1 << 24) {
            throw new IOException("bad count");
        }
        PreparedDocuments p = new PreparedDocuments(debate, dictionary, n);
        for (int i = 0; i < n; i++) {
            byte kind = in.get();
            int length = in.getInt();
            byte[] row = bytes(in, 64 << 20);
            byte[] record = bytes(in, 1 << 16);
            if (record.length < 8) {
                throw new IOException("bad record");
            }
            int terms = in.getInt();
            if (terms < 0 || terms > dictionary.length) {
                throw new IOException("bad count");
            }
            int[] termIds = new int[terms];
            int[] termWeights = new int[terms];
            if (in.hasArray()) {
                termsFromArray(in, termIds, termWeights, dictionary.length);
            } else {
                for (int k = 0; k < terms; k++) {
                    termIds[k] = varint(in);
                    termWeights[k] = varint(in);
                    if (termIds[k] < 0 || termIds[k] >= dictionary.length) {
                        throw new IOException("bad term");
                    }
                }
            }
            if (kind < 0 || kind >= SearchDocument.Kind.values().length) {
                throw new IOException("bad kind");
            }
            p.ids[i] = termIds;
            p.weights[i] = termWeights;
            p.lengths[i] = length;
            p.kinds[i] = kind;
            p.rows[i] = row;
            p.records[i] = record;
        }
        return p;
    }

    /**
     * Reads a document's term ids and counts as {@link #varint} does, from the array behind {@code in}
     * (quicker than a call a byte), and moves {@code in} past them.
     */
    private static void termsFromArray(ByteBuffer in, int[] ids, int[] weights, int dictionarySize)
            throws IOException {
        byte[] b = in.array();
        int at = in.arrayOffset() + in.position();
        int end = in.arrayOffset() + in.limit();
        for (int k = 0; k < ids.length; k++) {
            for (int half = 0; half < 2; half++) {
                int v = 0;
                int shift = 0;
                while (true) {
                    if (at >= end) {
                        throw new IOException("cut short");
                    }
                    int x = b[at++];
                    v |= (x & 0x7f) << shift;
                    if ((x & 0x80) == 0) {
                        break;
                    }
                    shift += 7;
                    if (shift >= 35) {
                        throw new IOException("bad number");
                    }
                }
                if (half == 0) {
                    if (v < 0 || v >= dictionarySize) {
                        throw new IOException("bad term");
                    }
                    ids[k] = v;
                } else {
                    weights[k] = v;
                }
            }
        }
        in.position(at - in.arrayOffset());
    }

    private static int varint(ByteBuffer in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.get();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("bad number");
    }

    private static List<String> strings(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > 1 << 24) {
            throw new IOException("bad count");
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new String(bytes(in, 64 << 20), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static byte[] bytes(ByteBuffer in, int limit) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > limit || n > in.remaining()) {
            throw new IOException("bad length");
        }
        byte[] bytes = new byte[n];
        in.get(bytes);
        return bytes;
    }

    /** A growing array of bytes, written as {@link java.io.DataOutput} would write them. */
    private static final class Out {

        private byte[] buffer;
        private int size;

        Out(int capacity) {
            buffer = new byte[capacity];
        }

        void grow(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(size + more, buffer.length * 2));
            }
        }

        void bool(boolean v) {
            int8(v ? 1 : 0);
        }

        void int8(int v) {
            grow(1);
            buffer[size++] = (byte) v;
        }

        void int32(int v) {
            grow(4);
            buffer[size++] = (byte) (v >>> 24);
            buffer[size++] = (byte) (v >>> 16);
            buffer[size++] = (byte) (v >>> 8);
            buffer[size++] = (byte) v;
        }

        void varint(int v) {
            grow(5);
            while ((v & ~0x7f) != 0) {
                buffer[size++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            buffer[size++] = (byte) v;
        }

        void bytes(byte[] b) {
            int32(b.length);
            grow(b.length);
            System.arraycopy(b, 0, buffer, size, b.length);
            size += b.length;
        }

        void strings(List<String> values) {
            int32(values.size());
            for (String v : values) {
                bytes(v.getBytes(StandardCharsets.UTF_8));
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(buffer, size);
        }
    }
}
