package org.rostrum.importer;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.rostrum.diag.SourcePosition;
import org.rostrum.importer.DisqusReader.Post;

/**
 * A temporary file that holds Disqus posts between reading them and writing them by debate, so that
 * their bodies are not all in memory at once. Records are appended in export order and read back by
 * offset. The file is readable only by its owner where the file system allows it and is deleted on
 * {@link #close()}.
 */
final class PostSpill implements AutoCloseable {

    private final Path file;
    private final Path export;
    private final DataOutputStream out;
    private FileChannel reader;
    private long size;

    PostSpill(Path export) throws IOException {
        this.export = export;
        this.file = Files.createTempFile("rostrum-disqus-", ".spill");
        OutputStream stream = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING);
        this.out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
    }

    /** Appends a post and returns its offset for {@link #read}. */
    long append(Post post) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream record = new DataOutputStream(bytes);
        record.writeInt(post.position().line());
        record.writeInt(post.position().column());
        for (String field : new String[] {post.id(), post.threadId(), post.parentId(), post.createdAt(),
                post.author(), post.message()}) {
            byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
            record.writeInt(utf8.length);
            record.write(utf8);
        }
        record.writeBoolean(post.deleted());
        record.writeBoolean(post.spam());
        long offset = size;
        out.writeInt(bytes.size());
        bytes.writeTo(out);
        size += 4 + bytes.size();
        return offset;
    }

    /** The post appended at {@code offset}. */
    Post read(long offset) throws IOException {
        if (reader == null) {
            out.flush();
            reader = FileChannel.open(file, StandardOpenOption.READ);
        }
        ByteBuffer length = ByteBuffer.allocate(4);
        readFully(length, offset);
        ByteBuffer record = ByteBuffer.allocate(length.flip().getInt());
        readFully(record, offset + 4);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(record.array()));
        SourcePosition position = new SourcePosition(export, in.readInt(), in.readInt());
        String[] fields = new String[6];
        for (int i = 0; i < fields.length; i++) {
            byte[] utf8 = new byte[in.readInt()];
            in.readFully(utf8);
            fields[i] = new String(utf8, StandardCharsets.UTF_8);
        }
        boolean deleted = in.readBoolean();
        boolean spam = in.readBoolean();
        return new Post(position, fields[0], fields[1], fields[2], fields[3], deleted, spam, fields[4], fields[5]);
    }

    private void readFully(ByteBuffer buffer, long offset) throws IOException {
        long at = offset;
        while (buffer.hasRemaining()) {
            int n = reader.read(buffer, at);
            if (n < 0) {
                throw new IOException("the temporary file " + file + " ended early");
            }
            at += n;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
            if (reader != null) {
                reader.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
