package org.rostrum.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.rostrum.pipeline.cache.BuildCache;

/**
 * The cache's blobs (most of its bytes) written on a thread of their own as soon as the debates are
 * built, while the site's own pages and the search index are made; the build adds the rest once its
 * output is in place ({@link #save}), or {@link #discard}s them when it fails. When the blobs cannot be
 * written ahead, {@link #save} writes the whole cache as a build always did, and reports as it did.
 */
final class CacheAhead {

    private final Path out;
    private final Background<Optional<BuildCache.Blobs>> blobs;

    private CacheAhead(Path out, Background<Optional<BuildCache.Blobs>> blobs) {
        this.out = out;
        this.blobs = blobs;
    }

    /** Starts writing the blobs of {@code debates}, the finished debates of the build into {@code out}. */
    static CacheAhead start(Path out, Map<String, BuildCache.DebateEntry> debates) {
        return new CacheAhead(out, Background.start("cache", () -> {
            try {
                return Optional.of(BuildCache.writeBlobs(out, debates));
            } catch (IOException e) {
                return Optional.empty();
            }
        }));
    }

    /** Writes {@code cache} (whose debates are those the blobs were written of) and puts it in place. */
    void save(BuildCache cache) throws IOException {
        Optional<BuildCache.Blobs> written = blobs.join();
        if (written.isPresent()) {
            cache.write(out, written.get());
        } else {
            cache.write(out);
        }
    }

    /** Removes what was written ahead: the build keeps no cache. */
    void discard() {
        try {
            Optional<BuildCache.Blobs> written = blobs.join();
            if (written.isPresent()) {
                written.get().discard();
            }
        } catch (IOException | RuntimeException e) {
            // a leftover temporary file is written over by the next build
        }
    }
}
