package org.rostrum.pipeline.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.rostrum.model.Debate;
import org.rostrum.model.ThreadStats;
import org.rostrum.output.ByteInput;
import org.rostrum.output.OutputIndex;

/**
 * What the last successful build of an output folder knew, kept beside it in {@code .site.cache}
 * so that the next build does only the work its changes need: the fingerprint of everything global
 * ({@link #globalFingerprint}), the first moment at which a scheduled debate becomes due
 * ({@link #nextChange}, milliseconds since the epoch), how many debates and comments it published, what the site's own
 * pages showed of the debates ({@link #neighbourhood}, and with the threads' counts {@link #listsKey})
 * and which files those pages are ({@link #siteOutputs}), the debates whose threads editors' links
 * point into ({@link #linkTargets}), what it wrote ({@link #outputs}), and for every debate the
 * fingerprints of its folder, its thread's counts, the files it wrote, and its {@link DebateBlob}
 * (what its pages showed of the rest of the archive, and its summary); and the inputs that were
 * racy when it scanned them ({@link #racy}: changed too recently for their size and time to tell a
 * later change), with the fingerprints of their bytes for the next build to compare.
 *
 * <p>The file holds the blobs first and the rest (the <em>index</em>) after them, each with its
 * checksum in a fixed-size trailer, so that a build reads the small index alone, the blobs only
 * as far as it needs them, and rewrites the index alone when no blob changed. A cache
 * that is missing, from another version, cut short or corrupted in any way reads as
 * {@link #EMPTY} (or, for damaged blobs, is found so before anything is written): the build is then
 * a full build, never a wrong one. The build deletes the cache before it changes the output and puts
 * a new one in place after, so a cache never describes an output that a later, interrupted build
 * has changed.
 */
public record BuildCache(long globalFingerprint, long nextChange, int debateCount, int commentCount,
        long neighbourhood, long listsKey, List<String> siteOutputs, Set<String> linkTargets, OutputIndex outputs,
        Map<String, DebateEntry> debates, Map<String, Long> racy, Optional<BlobStore> blobs) {

    private static final int MAGIC = 0x52535443; // "RSTC"
    private static final int FORMAT = 6;
    private static final int HEAD = 8;
    private static final int TRAILER = 36;

    public static final BuildCache EMPTY = new BuildCache(0, Long.MAX_VALUE, 0, 0, 0, 0, List.of(), Set.of(),
            OutputIndex.EMPTY, Map.of(), Map.of(), Optional.empty());

    /**
     * One debate as the last build left it.
     *
     * @param slug            the debate's folder
     * @param fingerprint     of its folder ({@link InputScan#debates})
     * @param pageFingerprint of its folder without its comments ({@link InputScan#pages})
     * @param stats           its thread's counts
     * @param outputs         the files it wrote
     * @param blob            its context and summary
     */
    public record DebateEntry(String slug, long fingerprint, long pageFingerprint, ThreadStats stats, List<String> outputs,
            DebateBlob blob) {
        public DebateEntry {
            outputs = List.copyOf(outputs);
        }

        /** What its pages showed of the rest of the archive ({@link DebateCodec#context}); empty when unpublished. */
        public byte[] context() {
            return blob.context();
        }

        /** Its summary; never to be rendered as a debate page. */
        public Debate debate() {
            return blob.debate();
        }
    }

    public BuildCache {
        siteOutputs = List.copyOf(siteOutputs);
        linkTargets = Set.copyOf(linkTargets);
        debates = Map.copyOf(debates);
        racy = Map.copyOf(racy);
    }

    /**
     * The same cache with other outputs, debates and racy files ({@link InputScan#racy}), keeping
     * where its blobs are.
     */
    public BuildCache with(OutputIndex newOutputs, Map<String, DebateEntry> newDebates, Map<String, Long> newRacy) {
        return new BuildCache(globalFingerprint, nextChange, debateCount, commentCount, neighbourhood, listsKey,
                siteOutputs, linkTargets, newOutputs, newDebates, newRacy, blobs);
    }

    public static Path fileFor(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".cache");
    }

    /** The cache of {@code out}, or {@link #EMPTY} when there is none or it cannot be trusted. */
    public static BuildCache read(Path out) {
        Path file = fileFor(out);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = channel.size();
            if (size < HEAD + TRAILER || size != attributes.size()) {
                return EMPTY;
            }
            ByteBuffer head = read(channel, 0, HEAD);
            ByteBuffer trailer = read(channel, size - TRAILER, TRAILER);
            long blobLength = trailer.getLong();
            long blobCrc = trailer.getLong();
            long indexLength = trailer.getLong();
            long indexCrc = trailer.getLong();
            if (head.getInt() != MAGIC || head.getInt() != FORMAT || trailer.getInt() != MAGIC || blobLength < 0
                    || indexLength < 0 || indexLength > Integer.MAX_VALUE
                    || HEAD + blobLength + indexLength + TRAILER != size) {
                return EMPTY;
            }
            byte[] index = read(channel, HEAD + blobLength, (int) indexLength).array();
            CRC32C crc = new CRC32C();
            crc.update(index);
            if (crc.getValue() != indexCrc) {
                return EMPTY;
            }
            return parse(new ByteInput(index), new BlobStore(file, attributes, HEAD, blobLength, blobCrc));
        } catch (IOException | RuntimeException e) {
            return EMPTY;
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("cut short");
            }
        }
        return buffer.flip();
    }

    private static BuildCache parse(ByteInput in, BlobStore store) throws IOException {
        long globalFingerprint = in.readLong();
        long nextChange = in.readLong();
        int debateCount = in.readInt();
        int commentCount = in.readInt();
        long neighbourhood = in.readLong();
        long listsKey = in.readLong();
        List<String> siteOutputs = DebateCodec.strings(in);
        List<String> linkTargets = DebateCodec.strings(in);
        int racyCount = DebateCodec.count(in);
        Map<String, Long> racy = new HashMap<>(racyCount * 2);
        for (int i = 0; i < racyCount; i++) {
            racy.put(DebateCodec.string(in), in.readLong());
        }
        OutputIndex outputs = OutputIndex.readFrom(in);
        int n = DebateCodec.count(in);
        Map<String, DebateEntry> debates = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String slug = DebateCodec.string(in);
            long fingerprint = in.readLong();
            long pageFingerprint = in.readLong();
            ThreadStats stats = new ThreadStats(in.readInt(), in.readInt(), in.readInt());
            List<String> paths = DebateCodec.strings(in);
            long offset = in.readLong();
            int length = DebateCodec.count(in);
            int crc = in.readInt();
            debates.put(slug, new DebateEntry(slug, fingerprint, pageFingerprint, stats, paths,
                    DebateBlob.stored(store, offset, length, crc)));
        }
        if (!in.atEnd()) {
            throw new IOException("bytes after the index");
        }
        return new BuildCache(globalFingerprint, nextChange, debateCount, commentCount, neighbourhood, listsKey,
                siteOutputs, Set.copyOf(linkTargets), outputs, debates, racy, Optional.of(store));
    }

    /**
     * Reads every debate's blob at once (a build that needs their summaries needs most of them).
     *
     * @return false when they cannot be read or are damaged: the cache must not be used
     */
    public boolean loadBlobs() {
        try {
            if (blobs.isPresent()) {
                blobs.get().loadAll();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes the cache of {@code out}: the output is about to change. */
    public static void delete(Path out) throws IOException {
        Files.deleteIfExists(fileFor(out));
    }

    private static Path temporaryFor(Path out) {
        return fileFor(out).resolveSibling(fileFor(out).getFileName() + ".tmp");
    }

    /**
     * The blobs of a cache, written ahead into the temporary file beside the output (while the
     * rest of the build goes on), for {@link #write(Path, Blobs)} to add the index to.
     */
    public static final class Blobs {
        private final Path temporary;
        private final List<DebateEntry> written;
        private final List<long[]> places;
        private final long length;
        private final long crc;

        private Blobs(Path temporary, List<DebateEntry> written, List<long[]> places, long length, long crc) {
            this.temporary = temporary;
            this.written = written;
            this.places = places;
            this.length = length;
            this.crc = crc;
        }

        /** Whether these are the blobs of {@code sorted}, in that order. */
        boolean of(List<DebateEntry> sorted) {
            if (sorted.size() != written.size()) {
                return false;
            }
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).blob() != written.get(i).blob() || !sorted.get(i).slug().equals(written.get(i).slug())) {
                    return false;
                }
            }
            return true;
        }

        /** Removes the temporary file: the build will not keep a cache. */
        public void discard() throws IOException {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes the head and the blobs of the cache of {@code out} whose debates are {@code debates}
     * into a temporary file beside it, for {@link #write(Path, Blobs)} to finish.
     */
    public static Blobs writeBlobs(Path out, Map<String, DebateEntry> debates) throws IOException {
        Path temporary = temporaryFor(out);
        List<DebateEntry> sorted = sorted(debates);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(HEAD).putInt(MAGIC).putInt(FORMAT).flip());
            CRC32C crc = new CRC32C();
            OutputStream data = new BufferedOutputStream(new CheckedOutputStream(Channels.newOutputStream(channel), crc),
                    1 << 16);
            List<long[]> places = new ArrayList<>(sorted.size());
            long at = 0;
            for (DebateEntry e : sorted) {
                byte[] bytes = e.blob().bytes();
                CRC32C one = new CRC32C();
                one.update(bytes);
                places.add(new long[] {at, bytes.length, (int) one.getValue()});
                data.write(bytes);
                at += bytes.length;
            }
            data.flush();
            return new Blobs(temporary, sorted, places, at, crc.getValue());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e instanceof IOException io ? io : new IOException("cannot write the build cache", e);
        }
    }

    /**
     * Writes this cache for {@code out} into a temporary file beside it, to be put in place with
     * {@link #install}.
     */
    Path writeTemporary(Path out) throws IOException {
        return finish(writeBlobs(out, debates), out);
    }

    /**
     * Adds this cache's index to the temporary file {@code blobs} were written into, when they are
     * this cache's blobs (else writes the file again), and returns it.
     */
    private Path finish(Blobs blobs, Path out) throws IOException {
        List<DebateEntry> sorted = sorted();
        if (!blobs.of(sorted) || !blobs.temporary.equals(temporaryFor(out))) {
            blobs.discard();
            return writeTemporary(out);
        }
        try (FileChannel channel = FileChannel.open(blobs.temporary, StandardOpenOption.WRITE)) {
            if (channel.size() != HEAD + blobs.length) {
                throw new IOException("the build cache's blobs changed while it was written");
            }
            channel.position(HEAD + blobs.length);
            writeIndexAndTrailer(channel, sorted, blobs.places, blobs.length, blobs.crc);
        } catch (IOException | RuntimeException e) {
            blobs.discard();
            throw e instanceof IOException io ? io : new IOException("cannot write the build cache", e);
        }
        return blobs.temporary;
    }

    /**
     * Moves the cache of {@code out} aside, where it no longer counts as its cache (the output is
     * about to change), for {@link #rewriteIndex} to finish.
     */
    public static Path detach(Path out) throws IOException {
        Path temporary = temporaryFor(out);
        Files.move(fileFor(out), temporary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return temporary;
    }

    /**
     * Makes the cache file that {@link #detach} moved aside this cache and puts it in place for
     * {@code out}, writing its index alone: every debate's blob must be where that file holds it,
     * unchanged (a rebuild after comment edits). When the file is not the one this cache's blobs
     * came from, it is removed instead, and the next build is a full one.
     */
    public void rewriteIndex(Path detached, Path out) throws IOException {
        List<DebateEntry> sorted = sorted();
        BlobStore store = blobs.orElseThrow();
        if (!sorted.stream().allMatch(e -> e.blob().storedIn(store)) || !store.isFile(detached)) {
            Files.deleteIfExists(detached);
            return;
        }
        try (FileChannel channel = FileChannel.open(detached, StandardOpenOption.WRITE)) {
            channel.truncate(HEAD + store.length());
            channel.position(HEAD + store.length());
            List<long[]> places = new ArrayList<>(sorted.size());
            for (DebateEntry e : sorted) {
                places.add(new long[] {e.blob().offset(), e.blob().length(), e.blob().crc()});
            }
            writeIndexAndTrailer(channel, sorted, places, store.length(), store.crc());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(detached);
            throw e instanceof IOException io ? io : new IOException("cannot write the build cache", e);
        }
        install(detached, out);
    }

    private List<DebateEntry> sorted() {
        return sorted(debates);
    }

    private static List<DebateEntry> sorted(Map<String, DebateEntry> debates) {
        return debates.values().stream().sorted(Comparator.comparing(DebateEntry::slug)).toList();
    }

    private void writeIndexAndTrailer(FileChannel channel, List<DebateEntry> sorted, List<long[]> places,
            long blobLength, long blobCrc) throws IOException {
        CRC32C indexCrc = new CRC32C();
        CountingOutput counted = new CountingOutput(new CheckedOutputStream(Channels.newOutputStream(channel),
                indexCrc));
        DataOutputStream index = new DataOutputStream(new BufferedOutputStream(counted, 1 << 16));
        writeIndex(index, sorted, places);
        index.flush();
        channel.write(ByteBuffer.allocate(TRAILER).putLong(blobLength).putLong(blobCrc).putLong(counted.count)
                .putLong(indexCrc.getValue()).putInt(MAGIC).flip());
    }

    private void writeIndex(DataOutputStream data, List<DebateEntry> sorted, List<long[]> places)
            throws IOException {
        data.writeLong(globalFingerprint);
        data.writeLong(nextChange);
        data.writeInt(debateCount);
        data.writeInt(commentCount);
        data.writeLong(neighbourhood);
        data.writeLong(listsKey);
        DebateCodec.strings(data, siteOutputs);
        DebateCodec.strings(data, List.copyOf(new TreeSet<>(linkTargets)));
        data.writeInt(racy.size());
        for (Map.Entry<String, Long> e : new TreeMap<>(racy).entrySet()) {
            DebateCodec.string(data, e.getKey());
            data.writeLong(e.getValue());
        }
        outputs.writeTo(data);
        data.writeInt(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            DebateEntry e = sorted.get(i);
            DebateCodec.string(data, e.slug());
            data.writeLong(e.fingerprint());
            data.writeLong(e.pageFingerprint());
            data.writeInt(e.stats().published());
            data.writeInt(e.stats().total());
            data.writeInt(e.stats().topLevel());
            DebateCodec.strings(data, e.outputs());
            long[] place = places.get(i);
            data.writeLong(place[0]);
            data.writeInt((int) place[1]);
            data.writeInt((int) place[2]);
        }
    }

    /** Puts a cache written by {@link #writeTemporary} in place for {@code out}, atomically. */
    static void install(Path temporary, Path out) throws IOException {
        Files.move(temporary, fileFor(out), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes this cache for {@code out} and puts it in place. */
    public void write(Path out) throws IOException {
        install(writeTemporary(out), out);
    }

    /** Writes this cache for {@code out}, its blobs already written as {@code blobs}, and puts it in place. */
    public void write(Path out, Blobs blobs) throws IOException {
        install(finish(blobs, out), out);
    }

    /**
     * Whether a build at {@code nowMillis} with these inputs would change nothing: the same global
     * inputs, the same debate folders with the same fingerprints, and no scheduled debate due.
     */
    public boolean unchangedFor(long globalFingerprint, InputScan scan, long nowMillis) {
        if (this.globalFingerprint != globalFingerprint || nowMillis >= nextChange
                || debates.size() != scan.debates().size()) {
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

    public Optional<DebateEntry> entry(String slug) {
        return Optional.ofNullable(debates.get(slug));
    }

    /** Counts what passes through, for the length of the index. */
    private static final class CountingOutput extends java.io.FilterOutputStream {
        long count;

        CountingOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
