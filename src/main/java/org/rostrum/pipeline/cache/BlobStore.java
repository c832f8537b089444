package org.rostrum.pipeline.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * The part of a build cache file that holds the debates' blobs ({@link DebateBlob}), read only as
 * far as a build needs: all of it at once ({@link #loadAll}, checked against its checksum), single
 * blobs (each checked against its own), or none.
 *
 * <p>It remembers the identity of the file it was found in, and refuses to read from a file that
 * was replaced since. Thread-safe.
 */
final class BlobStore {

    /** How much is read per system call: large reads would go through an equally large native buffer. */
    private static final int CHUNK = 1 << 20;

    private final Path file;
    private final Object fileKey;
    private final long fileSize;
    private final long start;
    private final long length;
    private final long crc;
    private byte[] all;

    BlobStore(Path file, BasicFileAttributes attributes, long start, long length, long crc) {
        this.file = file;
        this.fileKey = attributes.fileKey();
        this.fileSize = attributes.size();
        this.start = start;
        this.length = length;
        this.crc = crc;
    }

    long length() {
        return length;
    }

    long crc() {
        return crc;
    }

    /**
     * Reads every blob at once and checks the checksum of the whole: for a build that needs them
     * all. Later reads come from memory.
     */
    synchronized void loadAll() throws IOException {
        if (all != null) {
            return;
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new IOException("cache too large");
        }
        byte[] bytes = new byte[(int) length];
        try (FileChannel channel = open()) {
            readFully(channel, bytes, start);
        }
        CRC32C check = new CRC32C();
        check.update(bytes);
        if (check.getValue() != crc) {
            throw new IOException("damaged cache");
        }
        all = bytes;
    }

    /** The blob at {@code offset} (from the start of the blobs), checked against {@code blobCrc}. */
    synchronized byte[] read(long offset, int blobLength, int blobCrc) throws IOException {
        if (offset < 0 || blobLength < 0 || offset + blobLength > length) {
            throw new IOException("damaged cache: blob outside the file");
        }
        byte[] bytes = new byte[blobLength];
        if (all != null) {
            System.arraycopy(all, (int) offset, bytes, 0, blobLength);
        } else {
            try (FileChannel channel = open()) {
                readFully(channel, bytes, start + offset);
            }
        }
        CRC32C check = new CRC32C();
        check.update(bytes);
        if ((int) check.getValue() != blobCrc) {
            throw new IOException("damaged cache: blob checksum");
        }
        return bytes;
    }

    /** Whether {@code path} is the file this store was read from (a rename keeps it the same file). */
    boolean isFile(Path path) throws IOException {
        BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
        return Objects.equals(now.fileKey(), fileKey) && now.size() == fileSize;
    }

    private FileChannel open() throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            if (!isFile(file) || channel.size() != fileSize) {
                throw new IOException("the cache file changed while it was in use");
            }
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    private static void readFully(FileChannel channel, byte[] bytes, long position) throws IOException {
        int done = 0;
        while (done < bytes.length) {
            int n = channel.read(ByteBuffer.wrap(bytes, done, Math.min(CHUNK, bytes.length - done)), position + done);
            if (n < 0) {
                throw new IOException("cache file cut short");
            }
            done += n;
        }
    }
}
