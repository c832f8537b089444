package org.rostrum.build;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.rostrum.model.Debate;
import org.rostrum.model.ThreadStats;
import org.rostrum.output.OutputIndex;

/**
 * What the last successful build of an output folder knew, kept beside it in {@code .site.cache}
 * so that the next build does only the work its changes need: the fingerprint of everything global
 * ({@link #salt}), the first moment at which a scheduled debate becomes due ({@link #nextChange},
 * milliseconds since the epoch), how many debates and comments it published, what the site's own
 * pages showed of the debates ({@link #neighbourhood}, and with the threads' counts {@link #listsKey})
 * and which files those pages are ({@link #siteOutputs}), what it wrote ({@link #outputs}), and for every debate the fingerprint of its folder, what its pages
 * showed of other debates, its thread's counts, the files it wrote and its summary.
 *
 * <p>The file ends with a checksum. A cache that is missing, from another version, cut short or
 * corrupted in any way reads as {@link #EMPTY}: the build is then a full build, never a wrong one.
 * The build deletes the cache before it changes the output and writes a new one after, so a
 * cache never describes an output that a later, interrupted build has changed.
 */
record BuildCache(long salt, long nextChange, int debateCount, int commentCount, long neighbourhood, long listsKey,
        List<String> siteOutputs, OutputIndex outputs, Map<String, DebateEntry> debates) {

    private static final int MAGIC = 0x52535443; // "RSTC"
    private static final int FORMAT = 3;

    static final BuildCache EMPTY = new BuildCache(0, Long.MAX_VALUE, 0, 0, 0, 0, List.of(), OutputIndex.EMPTY,
            Map.of());

    /**
     * One debate as the last build left it.
     *
     * @param slug          the debate's folder
     * @param fingerprint   of its folder ({@link InputScan})
     * @param neighboursKey what its pages showed of other debates
     * @param stats         its thread's counts
     * @param outputs       the files it wrote
     * @param summary       its summary (see {@link DebateCodec}); never to be rendered as a debate page
     */
    record DebateEntry(String slug, long fingerprint, long neighboursKey, ThreadStats stats, List<String> outputs,
            CachedSummary summary) {
        DebateEntry {
            outputs = List.copyOf(outputs);
        }

        Debate debate() {
            return summary.debate();
        }
    }

    BuildCache {
        siteOutputs = List.copyOf(siteOutputs);
        debates = Map.copyOf(debates);
    }

    static Path fileFor(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".cache");
    }

    /** The cache of {@code out}, or {@link #EMPTY} when there is none or it cannot be trusted. */
    static BuildCache read(Path out) {
        Path file = fileFor(out);
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 16) {
                return EMPTY;
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 8);
            if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) {
                return EMPTY;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return EMPTY;
            }
            long salt = in.readLong();
            long nextChange = in.readLong();
            int debateCount = in.readInt();
            int commentCount = in.readInt();
            long neighbourhood = in.readLong();
            long listsKey = in.readLong();
            int siteCount = DebateCodec.count(in);
            String[] siteOutputs = new String[siteCount];
            for (int i = 0; i < siteCount; i++) {
                siteOutputs[i] = DebateCodec.string(in);
            }
            OutputIndex outputs = OutputIndex.readFrom(in);
            int n = DebateCodec.count(in);
            Map<String, DebateEntry> debates = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String slug = DebateCodec.string(in);
                long fingerprint = in.readLong();
                long neighbours = in.readLong();
                ThreadStats stats = new ThreadStats(in.readInt(), in.readInt(), in.readInt());
                int outputCount = DebateCodec.count(in);
                String[] paths = new String[outputCount];
                for (int k = 0; k < outputCount; k++) {
                    paths[k] = DebateCodec.string(in);
                }
                byte[] summary = new byte[DebateCodec.count(in)];
                in.readFully(summary);
                debates.put(slug, new DebateEntry(slug, fingerprint, neighbours, stats, List.of(paths),
                        CachedSummary.encoded(summary)));
            }
            return in.read() == -1 ? new BuildCache(salt, nextChange, debateCount, commentCount, neighbourhood,
                    listsKey, List.of(siteOutputs), outputs, debates)
                    : EMPTY;
        } catch (IOException | RuntimeException e) {
            return EMPTY;
        }
    }

    /** Removes the cache of {@code out}: the output is about to change. */
    static void delete(Path out) throws IOException {
        Files.deleteIfExists(fileFor(out));
    }

    /** Writes this cache for {@code out}, atomically: a temporary file renamed over the old one. */
    void write(Path out) throws IOException {
        Path file = fileFor(out);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        CRC32C crc = new CRC32C();
        try (OutputStream raw = Files.newOutputStream(temporary)) {
            DataOutputStream data = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16),
                    crc));
            data.writeInt(MAGIC);
            data.writeInt(FORMAT);
            data.writeLong(salt);
            data.writeLong(nextChange);
            data.writeInt(debateCount);
            data.writeInt(commentCount);
            data.writeLong(neighbourhood);
            data.writeLong(listsKey);
            data.writeInt(siteOutputs.size());
            for (String path : siteOutputs) {
                DebateCodec.string(data, path);
            }
            outputs.writeTo(data);
            data.writeInt(debates.size());
            for (DebateEntry e : debates.values().stream()
                    .sorted(java.util.Comparator.comparing(DebateEntry::slug)).toList()) {
                DebateCodec.string(data, e.slug());
                data.writeLong(e.fingerprint());
                data.writeLong(e.neighboursKey());
                data.writeInt(e.stats().published());
                data.writeInt(e.stats().total());
                data.writeInt(e.stats().topLevel());
                data.writeInt(e.outputs().size());
                for (String path : e.outputs()) {
                    DebateCodec.string(data, path);
                }
                byte[] summary = e.summary().bytes();
                data.writeInt(summary.length);
                data.write(summary);
            }
            data.flush();
            long checksum = crc.getValue();
            DataOutputStream tail = new DataOutputStream(raw);
            tail.writeLong(checksum);
            tail.flush();
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Whether a build at {@code nowMillis} with these inputs would change nothing: the same global
     * inputs, the same debate folders with the same fingerprints, and no scheduled debate due.
     */
    boolean unchangedFor(long salt, InputScan scan, long nowMillis) {
        if (this.salt != salt || nowMillis >= nextChange || debates.size() != scan.debates().size()) {
            return false;
        }
        for (Map.Entry<String, Long> e : scan.debates().entrySet()) {
            DebateEntry entry = debates.get(e.getKey());
            if (entry == null || entry.fingerprint() != e.getValue()) {
                return false;
            }
        }
        return true;
    }

    Optional<DebateEntry> entry(String slug) {
        return Optional.ofNullable(debates.get(slug));
    }
}
