package org.rostrum.pipeline.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A pack file of the {@link SearchStore}, {@code entries.<number>.pack}: records
 * ({@link PackRecord}) one after another, only ever appended to. A pack is appended to by one
 * thread at a time (the store hands it out); reading from any offset is safe from any thread.
 */
final class Pack {

    private final int number;
    private final Path file;
    private long size;

    /** A new pack, empty until the first {@link #append}. */
    Pack(int number, Path folder) {
        this.number = number;
        this.file = path(folder, number);
    }

    static Path path(Path folder, int number) {
        return folder.resolve("entries." + number + ".pack");
    }

    /** The number of the pack a file of the store's folder is, or -1 when it is no pack. */
    static int number(String fileName) {
        if (!fileName.startsWith("entries.") || !fileName.endsWith(".pack")) {
            return -1;
        }
        String digits = fileName.substring("entries.".length(), fileName.length() - ".pack".length());
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    int number() {
        return number;
    }

    /** Appends {@code record}, and returns the offset it starts at. */
    long append(byte[] record) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long at = size;
            ByteBuffer in = ByteBuffer.wrap(record);
            while (in.hasRemaining()) {
                channel.write(in, at + in.position());
            }
            size = at + record.length;
            return at;
        }
    }

    /**
     * The {@code length} bytes at {@code offset} of pack {@code number}, or empty when the file
     * holds fewer; fails when there is no such file.
     */
    static Optional<byte[]> read(Path folder, int number, long offset, int length) throws IOException {
        Path file = path(folder, number);
        if (offset < 0 || length < 0) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer out = ByteBuffer.allocate(length);
            while (out.hasRemaining()) {
                if (channel.read(out, offset + out.position()) < 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(out.array());
        }
    }
}
