package org.rostrum.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A fast 64-bit fingerprint of bytes and strings, to tell whether an output or an input changed
 * between builds. Not cryptographic: two different contents share a fingerprint with a chance of
 * about 2<sup>-64</sup>, which is far below the chance of a disk error.
 *
 * <p>Fingerprints are combined in order with {@link #mix(long, long)}; {@code 0} is never returned,
 * so callers may use it for "none".
 */
public final class Fingerprint {

    private static final long SEED = 0x9E3779B97F4A7C15L;
    private static final long M = 0xBF58476D1CE4E5B9L;

    private Fingerprint() {
    }

    public static long of(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long h = SEED ^ bytes.length;
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            h = round(h, buffer.getLong(i));
        }
        long tail = 0;
        for (int shift = 0; i < bytes.length; i++, shift += 8) {
            tail |= (bytes[i] & 0xffL) << shift;
        }
        return nonZero(finish(round(h, tail)));
    }

    public static long of(String text) {
        long h = SEED ^ text.length();
        int i = 0;
        for (; i + 4 <= text.length(); i += 4) {
            long word = text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
                    | (long) text.charAt(i + 3) << 48;
            h = round(h, word);
        }
        long tail = 0;
        for (int shift = 0; i < text.length(); i++, shift += 16) {
            tail |= (long) text.charAt(i) << shift;
        }
        return nonZero(finish(round(h, tail)));
    }

    /** How recently a file must have changed for its bytes, not only its size and time, to count. */
    static final long RACY_MILLIS = 3_000;

    /**
     * A fingerprint of a file from its size and modification time; for a file changed within the
     * last few seconds also from its bytes, because a file system's clock is coarse (a few
     * milliseconds on many): a file saved twice in one tick with the same size would otherwise look
     * unchanged. (Git calls this the "racy clean" problem.)
     *
     * @param nowMillis the time of the build, in milliseconds since the epoch
     */
    public static long ofFile(Path file, BasicFileAttributes attributes, long nowMillis) throws IOException {
        long modified = attributes.lastModifiedTime().toMillis();
        long h = mix(attributes.size(), modified);
        if (modified > nowMillis - RACY_MILLIS && attributes.isRegularFile()) {
            h = mix(h, of(Files.readAllBytes(file)));
        }
        return h;
    }

    /** Combines two fingerprints; the order matters. */
    public static long mix(long a, long b) {
        return nonZero(finish(round(round(SEED, a), b)));
    }

    private static long round(long h, long word) {
        return Long.rotateLeft(h ^ (word * M), 31) * SEED;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }
}
