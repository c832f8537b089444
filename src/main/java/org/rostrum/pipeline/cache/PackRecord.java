package org.rostrum.pipeline.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * How one entry sits in a pack file of the {@link SearchStore}: the format, the key it was made
 * for, the debate's slug, the length and CRC-32C of the payload, then the payload. A record is
 * whole when all of these agree with what the store's index expects of it, so that a record read
 * from the wrong place, cut short, damaged or made for another key is never taken for an entry.
 */
final class PackRecord {

    /** Bumped whenever the layout of a record, a pack or the store's index changes. */
    static final int FORMAT = 3;
    private static final int FIXED = 4 + 8 + 2 + 4 + 4;

    private PackRecord() {
    }

    /** The record of {@code payload}, made for {@code key}, of debate {@code slug}. */
    static byte[] of(String slug, long key, byte[] payload) {
        byte[] name = slug.getBytes(StandardCharsets.UTF_8);
        if (name.length > 0xffff) {
            throw new IllegalArgumentException("slug too long for the search store: " + slug);
        }
        ByteBuffer out = ByteBuffer.allocate(FIXED + name.length + payload.length);
        out.putInt(FORMAT).putLong(key).putShort((short) name.length).put(name)
                .putInt(payload.length).putInt(crc(payload, 0, payload.length)).put(payload);
        return out.array();
    }

    /**
     * The payload of {@code record} (the bytes read where the index placed the entry), when it is a
     * whole record of {@code slug} made for {@code key}; empty otherwise.
     */
    static Optional<ByteBuffer> payload(byte[] record, String slug, long key) {
        ByteBuffer in = ByteBuffer.wrap(record);
        if (record.length < FIXED || in.getInt() != FORMAT || in.getLong() != key) {
            return Optional.empty();
        }
        int nameLength = Short.toUnsignedInt(in.getShort());
        if (in.remaining() < nameLength + 8) {
            return Optional.empty();
        }
        byte[] name = new byte[nameLength];
        in.get(name);
        if (!new String(name, StandardCharsets.UTF_8).equals(slug)) {
            return Optional.empty();
        }
        int length = in.getInt();
        int crc = in.getInt();
        if (length != in.remaining() || crc(record, in.position(), length) != crc) {
            return Optional.empty();
        }
        return Optional.of(in.slice());
    }

    private static int crc(byte[] bytes, int from, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }
}
