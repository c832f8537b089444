package org.rostrum.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The raw postings (document, weighted frequency) the index keeps for patches ({@link IndexState}),
 * uncapped, in {@code index.postings}: the terms in {@value IndexState#BUCKETS} buckets by the hash
 * of the term, each bucket encoded alone; the file starts with a table of each bucket's offset,
 * length and CRC-32C, then holds the buckets. One bucket is read with a seek to its table entry
 * and one to it; a patch appends the buckets it changed and moves their table entries, and writes
 * the file afresh once it is more than half garbage. Not thread-safe.
 */
final class PostingsFile {

    static final String POSTINGS = "index.postings";
    /** The buckets' table: their count, then each one's offset, length and CRC-32C. */
    private static final int ENTRY = 16;
    private static final int TABLE = 4 + ENTRY * IndexState.BUCKETS;
    /** How many buckets a full build encodes at once (in parallel) before writing them. */
    private static final int GROUP = 32;

    private PostingsFile() {
    }

    /** The raw postings of the terms of bucket {@code b}, by term. */
    static TreeMap<String, Postings> read(Path folder, int b) throws IOException {
        TreeMap<String, Postings> out = new TreeMap<>();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(rawBucket(folder, b)));
        int terms = in.readInt();
        for (int i = 0; i < terms; i++) {
            String term = IndexState.string(in);
            int n = in.readInt();
            Postings p = new Postings();
            int doc = 0;
            for (int j = 0; j < n; j++) {
                doc += IndexState.readVarint(in);
                p.add(doc, IndexState.readVarint(in));
            }
            out.put(term, p);
        }
        return out;
    }

    /**
     * The encoded bytes of bucket {@code b}, as the postings file holds them; fails when the file
     * is not one of {@value IndexState#BUCKETS} buckets or the bucket lies outside it or fails its checksum.
     */
    private static byte[] rawBucket(Path folder, int b) throws IOException {
        try (FileChannel f = FileChannel.open(folder.resolve(POSTINGS), StandardOpenOption.READ)) {
            ByteBuffer count = readAt(f, 0, 4);
            ByteBuffer entry = readAt(f, 4 + (long) ENTRY * b, ENTRY);
            long offset = entry.getLong();
            int length = entry.getInt();
            int crc = entry.getInt();
            if (count.getInt() != IndexState.BUCKETS || offset < TABLE || length < 0 || offset + length > f.size()) {
                throw new IOException("damaged postings: bucket " + b + " outside the file");
            }
            byte[] bytes = readAt(f, offset, length).array();
            if (crc(bytes) != crc) {
                throw new IOException("damaged postings: bucket " + b);
            }
            return bytes;
        }
    }

    private static ByteBuffer readAt(FileChannel f, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (f.read(buffer, at + buffer.position()) < 0) {
                throw new EOFException("postings cut short");
            }
        }
        return buffer.flip();
    }

    private static void writeAt(FileChannel f, long at, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            f.write(buffer, at + buffer.position());
        }
    }

    /**
     * Replaces the buckets {@code changed} names in the postings file: each is appended and its
     * table entry moved to it; when the file is then more than half garbage, it is written afresh.
     */
    static void replace(Path folder, Map<Integer, ? extends Map<String, Postings>> changed) throws IOException {
        if (changed.isEmpty()) {
            return;
        }
        long live = TABLE;
        long end;
        try (FileChannel f = FileChannel.open(folder.resolve(POSTINGS), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            ByteBuffer table = readAt(f, 0, TABLE);
            if (table.getInt(0) != IndexState.BUCKETS) {
                throw new IOException("damaged postings: not " + IndexState.BUCKETS + " buckets");
            }
            end = f.size();
            for (Map.Entry<Integer, ? extends Map<String, Postings>> e : changed.entrySet()) {
                byte[] bytes = encode(e.getValue());
                writeAt(f, end, ByteBuffer.wrap(bytes));
                table.putLong(4 + ENTRY * e.getKey(), end).putInt(12 + ENTRY * e.getKey(), bytes.length)
                        .putInt(16 + ENTRY * e.getKey(), crc(bytes));
                end += bytes.length;
            }
            writeAt(f, 0, table.rewind());
            for (int b = 0; b < IndexState.BUCKETS; b++) {
                live += table.getInt(12 + ENTRY * b);
            }
        }
        if (end > 2 * live) {
            write(folder, b -> {
                try {
                    return rawBucket(folder, b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Writes the postings file afresh (replacing it as a whole) from each bucket's encoded bytes,
     * made by {@code bucket} on the common pool a group of buckets at a time.
     */
    static void write(Path folder, IntFunction<byte[]> bucket) throws IOException {
        Path temporary = Files.createTempFile(folder, ".", ".tmp");
        long[] offsets = new long[IndexState.BUCKETS];
        int[] lengths = new int[IndexState.BUCKETS];
        int[] crcs = new int[IndexState.BUCKETS];
        try (RandomAccessFile f = new RandomAccessFile(temporary.toFile(), "rw")) {
            long at = TABLE;
            for (int from = 0; from < IndexState.BUCKETS; from += GROUP) {
                List<byte[]> group;
                try {
                    group = IntStream.range(from, Math.min(IndexState.BUCKETS, from + GROUP)).parallel()
                            .mapToObj(bucket).toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                f.seek(at);
                for (int i = 0; i < group.size(); i++) {
                    byte[] bytes = group.get(i);
                    f.write(bytes);
                    offsets[from + i] = at;
                    lengths[from + i] = bytes.length;
                    crcs[from + i] = crc(bytes);
                    at += bytes.length;
                }
            }
            ByteBuffer table = ByteBuffer.allocate(TABLE).putInt(IndexState.BUCKETS);
            for (int b = 0; b < IndexState.BUCKETS; b++) {
                table.putLong(offsets[b]).putInt(lengths[b]).putInt(crcs[b]);
            }
            f.seek(0);
            f.write(table.array());
        }
        Files.move(temporary, folder.resolve(POSTINGS), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the one-file-a-bucket postings ({@code index.p<n>}) an earlier format kept. */
    static void deleteBucketFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().matches("index\\.p[0-9]+")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static int crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /** The terms of a bucket with their postings, encoded as the file holds them. */
    static byte[] encode(Map<String, Postings> terms) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(terms.size());
            for (Map.Entry<String, Postings> e : terms.entrySet()) {
                IndexState.string(out, e.getKey());
                Postings p = e.getValue();
                out.writeInt(p.count());
                p.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
