package org.rostrum.pipeline.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.rostrum.model.Debate;
import org.rostrum.output.ByteInput;

/**
 * What the build cache keeps of one debate besides its fingerprints: what its pages showed of the
 * rest of the archive (its {@link DebateCodec#context context}) and its summary
 * ({@link DebateCodec}). Either in memory, for a debate this build read, or where the cache file
 * holds it ({@link BlobStore}), read only when a build needs it: a build in which nothing changed
 * reads none, a rebuild after a comment edit only those of the edited debates.
 *
 * <p>Its bytes are the context's length, the context, and the summary. Thread-safe: each part is
 * read and decoded at most once.
 */
public final class DebateBlob {

    /** Where a cache file holds a blob: {@code length} bytes at {@code offset}, with checksum {@code crc}. */
    private record Place(BlobStore store, long offset, int length, int crc) {
    }

    /** Where a build's spill holds a blob this build made: {@code length} bytes at {@code offset}. */
    private record Spilled(BuildSpill spill, long offset, int length) {
    }

    /** Where it is stored; none for a blob this build made. */
    private final Place place;
    /** Where this build keeps it, for a blob it made and spilled; its bytes are then not kept in memory. */
    private final Spilled spilled;
    private byte[] bytes;
    private Debate debate;

    private DebateBlob(Place place, Spilled spilled, byte[] bytes, Debate debate) {
        this.place = place;
        this.spilled = spilled;
        this.bytes = bytes;
        this.debate = debate;
    }

    /** A debate this build read, with the context of its pages (empty when it is not published). */
    public static DebateBlob of(byte[] context, Debate debate) {
        return new DebateBlob(null, null, encode(context, debate), debate);
    }

    /** The bytes of a blob: the context's length, the context, and the debate's summary. */
    static byte[] encode(byte[] context, Debate debate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048 + context.length);
        try {
            DataOutputStream data = new DataOutputStream(out);
            data.writeInt(context.length);
            data.write(context);
            DebateCodec.write(debate, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A blob this build made whose {@code length} bytes {@code spill} holds at {@code offset}. */
    static DebateBlob spilled(BuildSpill spill, long offset, int length, Debate debate) {
        return new DebateBlob(null, new Spilled(spill, offset, length), null, debate);
    }

    /** The blob at {@code offset} in {@code store}, {@code length} bytes with checksum {@code crc}. */
    static DebateBlob stored(BlobStore store, long offset, int length, int crc) {
        return new DebateBlob(new Place(store, offset, length, crc), null, null, null);
    }

    /** Whether this is the blob at the same place in {@code other}: unchanged since it was read. */
    boolean storedIn(BlobStore other) {
        return place != null && place.store() == other;
    }

    long offset() {
        return place == null ? 0 : place.offset();
    }

    int crc() {
        return place == null ? 0 : place.crc();
    }

    /** How many bytes the cache file holds of it (for a stored blob). */
    int length() {
        return place == null ? 0 : place.length();
    }

    /**
     * The bytes, from the cache file when they are there.
     *
     * @throws UncheckedIOException when the cache file cannot be read or the bytes are damaged
     */
    synchronized byte[] bytes() {
        if (bytes == null && spilled != null) {
            try {
                return spilled.spill().read(spilled.offset(), spilled.length());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (bytes == null) {
            try {
                bytes = place.store().read(place.offset(), place.length(), place.crc());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    /** The context's bytes ({@link DebateCodec#context}); empty for a debate that was not published. */
    byte[] context() {
        byte[] b = bytes();
        int n = ByteBuffer.wrap(b).getInt();
        return Arrays.copyOfRange(b, 4, 4 + n);
    }

    /**
     * The debate's summary: never to be rendered as a debate page.
     *
     * @throws UncheckedIOException when the bytes do not decode
     */
    synchronized Debate debate() {
        if (debate == null) {
            byte[] b = bytes();
            int n = ByteBuffer.wrap(b).getInt();
            try {
                debate = DebateCodec.read(new ByteInput(b, 4 + n, b.length - 4 - n));
            } catch (IOException | RuntimeException e) {
                throw new UncheckedIOException(new IOException("cannot decode a cached debate", e));
            }
        }
        return debate;
    }
}
