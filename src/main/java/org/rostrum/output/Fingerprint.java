package org.rostrum.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A 64-bit fingerprint of bytes and strings, to tell whether an output or an input changed between
 * builds: xxHash64 (seed 0), a well-studied non-cryptographic hash, checked against the reference
 * implementation's published values in {@code FingerprintTest}. Two different contents share a
 * fingerprint with a chance of about 2<sup>-64</sup>, far below the chance of a disk error.
 *
 * <p>A string is hashed as its UTF-16LE bytes, without encoding it first. Fingerprints are
 * combined in order with {@link #mix(long, long)}; {@code 0} is never returned, so callers may use
 * it for "none".
 */
public final class Fingerprint {

    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;

    private Fingerprint() {
    }

    public static long of(byte[] bytes) {
        return nonZero(xxHash64(bytes));
    }

    /** xxHash64 with seed 0 of the bytes. */
    static long xxHash64(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int n = bytes.length;
        int i = 0;
        long h;
        if (n >= 32) {
            long v1 = P1 + P2;
            long v2 = P2;
            long v3 = 0;
            long v4 = -P1;
            for (; i + 32 <= n; i += 32) {
                v1 = round(v1, in.getLong(i));
                v2 = round(v2, in.getLong(i + 8));
                v3 = round(v3, in.getLong(i + 16));
                v4 = round(v4, in.getLong(i + 24));
            }
            h = converge(v1, v2, v3, v4);
        } else {
            h = P5;
        }
        h += n;
        for (; i + 8 <= n; i += 8) {
            h = lane(h, in.getLong(i));
        }
        if (i + 4 <= n) {
            h = half(h, in.getInt(i));
            i += 4;
        }
        for (; i < n; i++) {
            h = single(h, bytes[i]);
        }
        return avalanche(h);
    }

    public static long of(String text) {
        return nonZero(xxHash64(text));
    }

    /**
     * xxHash64 with seed 0 of the UTF-16LE bytes of the text: the twin of {@link #xxHash64(byte[])}
     * reading four chars where that reads eight bytes, so that no byte array is made.
     */
    static long xxHash64(String text) {
        int chars = text.length();
        long n = 2L * chars;
        int i = 0;
        long h;
        if (chars >= 16) {
            long v1 = P1 + P2;
            long v2 = P2;
            long v3 = 0;
            long v4 = -P1;
            for (; i + 16 <= chars; i += 16) {
                v1 = round(v1, fourChars(text, i));
                v2 = round(v2, fourChars(text, i + 4));
                v3 = round(v3, fourChars(text, i + 8));
                v4 = round(v4, fourChars(text, i + 12));
            }
            h = converge(v1, v2, v3, v4);
        } else {
            h = P5;
        }
        h += n;
        for (; i + 4 <= chars; i += 4) {
            h = lane(h, fourChars(text, i));
        }
        if (i + 2 <= chars) {
            h = half(h, text.charAt(i) | text.charAt(i + 1) << 16);
            i += 2;
        }
        if (i < chars) {
            char c = text.charAt(i);
            h = single(single(h, (byte) c), (byte) (c >>> 8));
        }
        return avalanche(h);
    }

    private static long fourChars(String text, int i) {
        return text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
                | (long) text.charAt(i + 3) << 48;
    }

    /** How recently a file must have changed to be "racy": its size and time may not tell a change. */
    public static final long RACY_MILLIS = 3_000;

    /**
     * A fingerprint of a file from its size and modification time. A file system's clock is coarse
     * (a few milliseconds on many, two seconds on some), so a file saved twice in one tick with the
     * same size looks unchanged: Git calls this the "racy clean" problem. A file changed within
     * {@link #RACY_MILLIS} of a build ({@link #isRacy}) is therefore also remembered by its bytes
     * ({@link #of(byte[])}), which the next build compares.
     */
    public static long ofFile(BasicFileAttributes attributes) {
        return mix(attributes.size(), attributes.lastModifiedTime().toMillis());
    }

    /**
     * Whether a file with these attributes changed too recently, at {@code nowMillis}, for its size
     * and time to tell a later change.
     */
    public static boolean isRacy(BasicFileAttributes attributes, long nowMillis) {
        return attributes.isRegularFile() && attributes.lastModifiedTime().toMillis() > nowMillis - RACY_MILLIS;
    }

    /** Combines two fingerprints; the order matters: xxHash64 of their 16 little-endian bytes. */
    public static long mix(long a, long b) {
        long h = P5 + 16;
        h = lane(h, a);
        h = lane(h, b);
        return nonZero(avalanche(h));
    }

    private static long round(long acc, long input) {
        return Long.rotateLeft(acc + input * P2, 31) * P1;
    }

    private static long converge(long v1, long v2, long v3, long v4) {
        long h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12)
                + Long.rotateLeft(v4, 18);
        h = (h ^ round(0, v1)) * P1 + P4;
        h = (h ^ round(0, v2)) * P1 + P4;
        h = (h ^ round(0, v3)) * P1 + P4;
        return (h ^ round(0, v4)) * P1 + P4;
    }

    private static long lane(long h, long word) {
        return Long.rotateLeft(h ^ round(0, word), 27) * P1 + P4;
    }

    private static long half(long h, int word) {
        return Long.rotateLeft(h ^ (word & 0xFFFFFFFFL) * P1, 23) * P2 + P3;
    }

    private static long single(long h, byte b) {
        return Long.rotateLeft(h ^ (b & 0xFFL) * P5, 11) * P1;
    }

    private static long avalanche(long h) {
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        return h ^ (h >>> 32);
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }
}
