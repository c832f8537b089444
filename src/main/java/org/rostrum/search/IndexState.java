package org.rostrum.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a later build needs to patch a written index instead of making it again ({@link IndexPatch}),
 * kept in the search folder beside the output:
 * <ul>
 * <li>{@code index.state}: the document count and total length, every document's length and kind,
 * each debate's first document, every term's encoded postings (what the shards hold), the shard
 * keys and the manifest around them;</li>
 * <li>{@code index.docs}: per document, a hash of all it adds to the index and the buckets of its
 * terms (a table of offsets, then the records; a patch appends a changed record and moves its
 * offset);</li>
 * <li>{@code index.postings}: the raw postings (document, weighted frequency), uncapped, of the
 * terms in each of {@value #BUCKETS} buckets by the hash of the term ({@link PostingsFile}).</li>
 * </ul>
 * {@code index.state} is written last and deleted first, so its presence means the rest is whole.
 * Not thread-safe.
 */
final class IndexState {

    static final int BUCKETS = 512;
    private static final int FORMAT = 2;
    static final String STATE = "index.state";
    static final String DOCS = "index.docs";

    int docs;
    long totalLength;
    int[] lengths;
    byte[] kinds;
    List<Integer> firstDocs;
    TreeMap<String, String> encoded;
    List<String> keys;
    String manifestHead;
    String manifestTail;
    /** Only when made by a full build: the raw postings and the documents' records, to save. */
    private Map<String, Postings> terms;
    private List<byte[]> records;

    private IndexState() {
    }

    /**
     * What a full build knows of its documents.
     *
     * @param docs        how many documents
     * @param totalLength their lengths added up
     * @param lengths     each document's length
     * @param kinds       each document's kind
     * @param firstDocs   each debate's first document
     */
    record Table(int docs, long totalLength, int[] lengths, byte[] kinds, List<Integer> firstDocs) {
    }

    /**
     * What a full build wrote of its terms.
     *
     * @param encoded      every term's encoded postings, by term
     * @param keys         the shard keys
     * @param manifestHead the manifest before the keys
     * @param manifestTail the manifest after them
     */
    record Shards(TreeMap<String, String> encoded, List<String> keys, String manifestHead, String manifestTail) {
    }

    /** The state of a full build, with its raw postings ({@code terms}) and documents' {@code records} to save. */
    static IndexState of(Table table, Shards shards, Map<String, Postings> terms, List<byte[]> records) {
        IndexState s = new IndexState();
        s.docs = table.docs();
        s.totalLength = table.totalLength();
        s.lengths = table.lengths();
        s.kinds = table.kinds();
        s.firstDocs = List.copyOf(table.firstDocs());
        s.terms = terms;
        s.encoded = shards.encoded();
        s.keys = List.copyOf(shards.keys());
        s.manifestHead = shards.manifestHead();
        s.manifestTail = shards.manifestTail();
        s.records = records;
        return s;
    }

    /**
     * What the index keeps of a document: a hash of its terms ({@code dictionary[ids[k]]}, counted
     * {@code weights[k]}), length, kind and row, then its terms' buckets.
     */
    static byte[] record(String[] dictionary, TermCounter.Counted terms, int length, byte kind, String row) {
        return record(dictionary, terms, length, kind, new RowHash(row.hashCode(), row.length()));
    }

    /** What a record keeps of a document's row: its {@link String#hashCode} and length. */
    record RowHash(int hash, int length) {
    }

    /** {@link #record} of a row known by its {@code rowHash}. */
    static byte[] record(String[] dictionary, TermCounter.Counted terms, int length, byte kind, RowHash rowHash) {
        int[] ids = terms.ids();
        int[] weights = terms.weights();
        long hash = 0;
        long[] buckets = new long[BUCKETS / 64];
        for (int k = 0; k < ids.length; k++) {
            String term = dictionary[ids[k]];
            hash += mix(term.hashCode() * 31L + weights[k]);
            int bucket = bucket(term);
            buckets[bucket >>> 6] |= 1L << bucket;
        }
        return finish(hash, buckets, length, kind, rowHash);
    }

    /** The {@link #record} of terms whose part of the hash is {@code termsHash} and whose buckets are {@code buckets}. */
    private static byte[] finish(long termsHash, long[] buckets, int length, byte kind, RowHash rowHash) {
        long hash = mix(termsHash ^ mix(rowHash.hash() + 0x9e3779b97f4a7c15L * length) ^ kind);
        hash = mix(hash + rowHash.length());
        int distinct = 0;
        for (long word : buckets) {
            distinct += Long.bitCount(word);
        }
        byte[] bytes = new byte[8 + 2 * distinct];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (hash >>> (56 - 8 * i));
        }
        int size = 8;
        int last = 0;
        for (int w = 0; w < buckets.length; w++) {
            for (long word = buckets[w]; word != 0; word &= word - 1) {
                int bucket = w * 64 + Long.numberOfTrailingZeros(word);
                int gap = bucket - last;
                if (gap >= 0x80) {
                    bytes[size++] = (byte) (gap & 0x7f | 0x80);
                    gap >>>= 7;
                }
                bytes[size++] = (byte) gap;
                last = bucket;
            }
        }
        return java.util.Arrays.copyOf(bytes, size);
    }

    /**
     * {@link #record} of a row known by its {@code rowHash}, the terms known by their {@link String#hashCode}
     * ({@code termHashes[ids[k]]}, what {@link #bucket} and the hash need of them).
     */
    static byte[] record(int[] termHashes, TermCounter.Counted terms, int length, byte kind, RowHash rowHash) {
        int[] ids = terms.ids();
        int[] weights = terms.weights();
        long hash = 0;
        long[] buckets = new long[BUCKETS / 64];
        for (int k = 0; k < ids.length; k++) {
            int termHash = termHashes[ids[k]];
            hash += mix(termHash * 31L + weights[k]);
            int bucket = termHash & (BUCKETS - 1);
            buckets[bucket >>> 6] |= 1L << bucket;
        }
        return finish(hash, buckets, length, kind, rowHash);
    }

    /** The buckets a record ({@link #record}) names. */
    static List<Integer> buckets(byte[] record) {
        List<Integer> out = new ArrayList<>();
        int last = 0;
        int i = 8;
        while (i < record.length) {
            int v = 0;
            int shift = 0;
            byte b;
            do {
                b = record[i++];
                v |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            last += v;
            out.add(last);
        }
        return out;
    }

    static int bucket(String term) {
        return Math.floorMod(term.hashCode(), BUCKETS);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Saves a full build's state, replacing what {@code folder} held (the buckets encoded in parallel). */
    void save(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve(STATE));
        PostingsFile.deleteBucketFiles(folder);
        List<List<String>> byBucket = new ArrayList<>(BUCKETS);
        for (int b = 0; b < BUCKETS; b++) {
            byBucket.add(new ArrayList<>());
        }
        terms.keySet().forEach(t -> byBucket.get(bucket(t)).add(t));
        PostingsFile.write(folder, b -> {
            TreeMap<String, Postings> bucket = new TreeMap<>();
            byBucket.get(b).forEach(t -> bucket.put(t, terms.get(t)));
            return PostingsFile.encode(bucket);
        });
        Path docsFile = folder.resolve(DOCS);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(docsFile)))) {
            out.writeInt(records.size());
            long offset = 4 + 8L * records.size();
            for (byte[] r : records) {
                out.writeLong(offset);
                offset += 4 + r.length;
            }
            for (byte[] r : records) {
                out.writeInt(r.length);
                out.write(r);
            }
        }
        writeState(folder);
    }

    /** Writes {@code index.state} (atomically), after the other files are in place. */
    void writeState(Path folder) throws IOException {
        Path temporary = Files.createTempFile(folder, ".", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
            out.writeInt(FORMAT);
            out.writeInt(docs);
            out.writeLong(totalLength);
            for (int i = 0; i < docs; i++) {
                out.writeInt(lengths[i]);
                out.writeByte(kinds[i]);
            }
            out.writeInt(firstDocs.size());
            for (int f : firstDocs) {
                out.writeInt(f);
            }
            out.writeInt(encoded.size());
            for (Map.Entry<String, String> e : encoded.entrySet()) {
                string(out, e.getKey());
                string(out, e.getValue());
            }
            out.writeInt(keys.size());
            for (String k : keys) {
                string(out, k);
            }
            string(out, manifestHead);
            string(out, manifestTail);
        }
        Files.move(temporary, folder.resolve(STATE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Forgets the state (before the output changes, so that a failed build leaves none that lies). */
    static void delete(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(STATE));
    }

    /** The state in {@code folder}, or null when there is none or it cannot be read. */
    static IndexState load(Path folder) {
        Path file = folder.resolve(STATE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != FORMAT) {
                return null;
            }
            IndexState s = new IndexState();
            s.docs = in.readInt();
            s.totalLength = in.readLong();
            s.lengths = new int[s.docs];
            s.kinds = new byte[s.docs];
            for (int i = 0; i < s.docs; i++) {
                s.lengths[i] = in.readInt();
                s.kinds[i] = in.readByte();
            }
            int debates = in.readInt();
            List<Integer> firstDocs = new ArrayList<>(debates);
            for (int i = 0; i < debates; i++) {
                firstDocs.add(in.readInt());
            }
            s.firstDocs = firstDocs;
            s.encoded = new TreeMap<>();
            int terms = in.readInt();
            for (int i = 0; i < terms; i++) {
                s.encoded.put(string(in), string(in));
            }
            int keys = in.readInt();
            List<String> keyList = new ArrayList<>(keys);
            for (int i = 0; i < keys; i++) {
                keyList.add(string(in));
            }
            s.keys = keyList;
            s.manifestHead = string(in);
            s.manifestTail = string(in);
            return s;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The stored record of document {@code doc}. */
    static byte[] readRecord(Path folder, int doc) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve(DOCS).toFile(), "r")) {
            f.seek(4 + 8L * doc);
            f.seek(f.readLong());
            byte[] r = new byte[f.readInt()];
            f.readFully(r);
            return r;
        }
    }

    /** Appends {@code record} as the record of {@code doc}. */
    static void writeRecord(Path folder, int doc, byte[] record) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve(DOCS).toFile(), "rw")) {
            long end = f.length();
            f.seek(end);
            f.writeInt(record.length);
            f.write(record);
            f.seek(4 + 8L * doc);
            f.writeLong(end);
        }
    }

    static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        int shift = 0;
        int b;
        do {
            b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return v;
    }

    static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64 << 20) {
            throw new IOException("bad length");
        }
        byte[] bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new IOException("cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
