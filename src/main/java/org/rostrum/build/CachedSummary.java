package org.rostrum.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.rostrum.model.Debate;

/**
 * A debate's summary in the build cache ({@link DebateCodec}), decoded only when a build needs it:
 * a build in which nothing changed reads the cache without decoding any of them.
 *
 * <p>Thread-safe: the summary is decoded at most once.
 */
final class CachedSummary {

    private byte[] bytes;
    private Debate debate;

    private CachedSummary(byte[] bytes, Debate debate) {
        this.bytes = bytes;
        this.debate = debate;
    }

    static CachedSummary of(Debate debate) {
        return new CachedSummary(null, debate);
    }

    static CachedSummary encoded(byte[] bytes) {
        return new CachedSummary(bytes, null);
    }

    /**
     * The debate, decoded on first use.
     *
     * @throws UncheckedIOException when the bytes do not decode (the cache's checksum makes this a
     *                              bug rather than a disk error)
     */
    synchronized Debate debate() {
        if (debate == null) {
            try {
                debate = DebateCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot decode a cached debate", e);
            }
        }
        return debate;
    }

    synchronized byte[] bytes() {
        if (bytes == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
            try {
                DebateCodec.write(debate, new DataOutputStream(out));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = out.toByteArray();
        }
        return bytes;
    }
}
