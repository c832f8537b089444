package org.rostrum.pipeline.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The index of the {@link SearchStore}, in {@code entries.index}: the published debates in the
 * order the last full build indexed them (when one did), and where each debate's entry is: its
 * pack, offset and length, and the key it was made for. The file ends with the CRC-32C of what
 * comes before it; one that is missing, from another format, cut short or damaged reads as an
 * empty index (every entry absent). Replaced as a whole, so a reader never sees half of it.
 *
 * @param order   the published debates in the site's order, or empty
 * @param entries where each debate's entry is, by slug
 */
record StoreIndex(Optional<List<String>> order, Map<String, Location> entries) {

    static final String FILE = "entries.index";
    static final StoreIndex EMPTY = new StoreIndex(Optional.empty(), Map.of());

    /**
     * Where an entry is.
     *
     * @param pack   the number of its pack file
     * @param offset where its record starts in the pack
     * @param length how long its record is
     * @param key    the key it was made for
     */
    record Location(int pack, long offset, int length, long key) {
    }

    StoreIndex {
        order = order.map(List::copyOf);
        entries = Map.copyOf(entries);
    }

    /** The index in {@code folder}, or the empty one when there is none or it does not read whole. */
    static StoreIndex read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 8) {
                return EMPTY;
            }
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 4);
            if (in.getInt(bytes.length - 4) != (int) crc.getValue() || in.getInt() != PackRecord.FORMAT) {
                return EMPTY;
            }
            int orderSize = in.getInt();
            Optional<List<String>> order = Optional.empty();
            if (orderSize >= 0) {
                List<String> slugs = new ArrayList<>(Math.min(orderSize, 1 << 20));
                for (int i = 0; i < orderSize; i++) {
                    slugs.add(string(in));
                }
                order = Optional.of(slugs);
            }
            int count = in.getInt();
            Map<String, Location> entries = new HashMap<>();
            for (int i = 0; i < count; i++) {
                entries.put(string(in), new Location(in.getInt(), in.getLong(), in.getInt(), in.getLong()));
            }
            return in.remaining() == 4 ? new StoreIndex(order, entries) : EMPTY;
        } catch (IOException | BufferUnderflowException | IllegalArgumentException e) {
            return EMPTY;
        }
    }

    /** Writes the index into {@code folder}, replacing the file as a whole. */
    void write(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 64 * entries.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(PackRecord.FORMAT);
            out.writeInt(order.map(List::size).orElse(-1));
            for (String slug : order.orElse(List.of())) {
                string(out, slug);
            }
            out.writeInt(entries.size());
            for (Map.Entry<String, Location> e : new java.util.TreeMap<>(entries).entrySet()) {
                string(out, e.getKey());
                Location l = e.getValue();
                out.writeInt(l.pack());
                out.writeLong(l.offset());
                out.writeInt(l.length());
                out.writeLong(l.key());
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
        }
        Path temporary = Files.createTempFile(folder, ".", ".tmp");
        Files.write(temporary, bytes.toByteArray());
        Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IOException("bad length");
        }
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
