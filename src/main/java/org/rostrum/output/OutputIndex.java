package org.rostrum.output;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a build wrote into its output folder: for every file, the key of its inputs and the
 * fingerprint of its bytes. The next build compares against it to render and write only what
 * changed. Immutable.
 */
public final class OutputIndex {

    /** One file of the output. */
    public record Entry(long key, long hash) {
    }

    public static final OutputIndex EMPTY = new OutputIndex(Map.of());

    private final Map<String, Entry> entries;

    OutputIndex(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    public Optional<Entry> get(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    public Set<String> paths() {
        return entries.keySet();
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue().key());
            out.writeLong(e.getValue().hash());
        }
    }

    public static OutputIndex readFrom(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("corrupt output index");
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String path = in.readUTF();
            if (!OutputPaths.isSafe(path)) {
                throw new IOException("corrupt output index: unsafe path");
            }
            entries.put(path, new Entry(in.readLong(), in.readLong()));
        }
        return new OutputIndex(entries);
    }
}
