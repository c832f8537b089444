package org.rostrum.importer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * The blog's UTC offset at moments of its export (a post's or comment's local time against its UTC
 * time), packed into one {@code long} each so that an export of a million comments costs 8 MB at
 * most, and usually far less: repeated samples are dropped as they come in. Pairs whose difference
 * is not a whole number of minutes or is over 18 hours are not offsets and are ignored.
 */
final class OffsetSamples {

    private static final int BIAS = 2048;
    private long[] packed = new long[64];
    private int size;

    /** Adds the offset that {@code local} and {@code utc}, the same moment, give. */
    void add(LocalDateTime local, LocalDateTime utc) {
        Duration difference = Duration.between(utc, local);
        if (difference.getSeconds() % 60 != 0 || Math.abs(difference.getSeconds()) > 18 * 3600) {
            return;
        }
        long sample = (utc.toEpochSecond(ZoneOffset.UTC) << 12) | (difference.toMinutes() + BIAS);
        if (size > 0 && packed[size - 1] == sample) {
            return;
        }
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, size * 2);
        }
        packed[size++] = sample;
    }

    /** The distinct samples, sorted by time. */
    long[] distinct() {
        return Arrays.stream(packed, 0, size).sorted().distinct().toArray();
    }

    static Instant instant(long sample) {
        return Instant.ofEpochSecond(sample >> 12);
    }

    static ZoneOffset offset(long sample) {
        return ZoneOffset.ofTotalSeconds((int) ((sample & 0xFFF) - BIAS) * 60);
    }
}
