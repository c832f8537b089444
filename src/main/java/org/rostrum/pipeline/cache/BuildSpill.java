package org.rostrum.pipeline.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rostrum.model.Block;
import org.rostrum.model.Debate;
import org.rostrum.model.EditorialText;
import org.rostrum.output.ByteInput;

/**
 * What a build keeps of every debate it reads, in a temporary file beside the output instead of in
 * memory: the editors' own text ({@link EditorialText}, which only a debate's own page and search
 * entries show), from the moment the debate is loaded until its page is rendered, and the debate's
 * blob for the next build's cache ({@link DebateBlob}), from the moment it is rendered until the
 * cache is written. A build keeps every debate loaded from the start to the site's own pages, so
 * at 100,000 debates these were most of its heap. In memory stays the debate without its editors'
 * text ({@link #keep}), which is what the cache keeps of a debate too ({@link DebateCodec});
 * {@link #restore} puts the text back.
 *
 * <p>The file is deleted when the spill is closed (on Linux at once: it lives on unnamed, and goes
 * with the build's process however that ends). Thread-safe.
 */
public final class BuildSpill implements AutoCloseable {

    /** Where one debate's text is in the file. */
    private record Place(long offset, int length) {
    }

    private final FileChannel channel;
    private final Map<String, Place> places = new ConcurrentHashMap<>();
    private long end;

    private BuildSpill(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * A spill for the build of {@code out}, in a temporary file beside its cache (in the system's
     * temporary folder while the folder that will hold the output does not exist yet).
     */
    public static BuildSpill open(Path out) throws IOException {
        Path cache = BuildCache.fileFor(out);
        Path file = Files.isDirectory(cache.getParent()) ? cache.resolveSibling(cache.getFileName() + ".spill.tmp")
                : Files.createTempFile("rostrum", ".spill.tmp");
        return new BuildSpill(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE));
    }

    /**
     * {@code full} without its editors' text, the text kept here for {@link #restore}; {@code full}
     * itself when it has none.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public Debate keep(Debate full) {
        List<Block> body = full.body();
        List<Block> kept = new ArrayList<>(body.size());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try {
            DataOutputStream data = new DataOutputStream(bytes);
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof EditorialText text) {
                    data.writeInt(i);
                    DebateCodec.string(data, text.html());
                } else {
                    kept.add(body.get(i));
                }
            }
            if (kept.size() == body.size()) {
                return full;
            }
            places.put(full.slug(), append(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withBody(full, kept);
    }

    /**
     * {@code summary} with the editors' text that {@link #keep} took from it put back where it was;
     * {@code summary} itself when this spill holds none of it.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public Debate restore(Debate summary) {
        Place place = places.get(summary.slug());
        if (place == null) {
            return summary;
        }
        try {
            List<Block> body = new ArrayList<>(summary.body());
            ByteInput in = new ByteInput(read(place.offset(), place.length()));
            while (!in.atEnd()) {
                int index = in.readInt();
                body.add(index, new EditorialText(DebateCodec.string(in)));
            }
            return withBody(summary, body);
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** The blob of {@code debate} with {@code context} ({@link DebateBlob#of}), its bytes kept here. */
    public DebateBlob blob(byte[] context, Debate debate) {
        byte[] bytes = DebateBlob.encode(context, debate);
        try {
            Place place = append(bytes);
            return DebateBlob.spilled(this, place.offset(), bytes.length, debate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code length} bytes at {@code offset}. */
    byte[] read(long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("the build's spill file was cut short");
            }
        }
        return buffer.array();
    }

    private synchronized Place append(byte[] bytes) throws IOException {
        long at = end;
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer, at + buffer.position());
        }
        end += bytes.length;
        return new Place(at, bytes.length);
    }

    private static Debate withBody(Debate d, List<Block> body) {
        return new Debate(d.slug(), d.directory(), d.position(), d.title(), d.date(), d.updated(), d.topics(),
                d.summary(), d.image(), d.status(), d.draft(), d.aliases(), body, d.bundleFiles(), d.links(), d.guid(),
                d.authorIds(), d.language());
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
