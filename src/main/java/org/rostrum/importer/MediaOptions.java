package org.rostrum.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a WordPress import finds the media files of the old site.
 *
 * @param uploads          a local copy of the old site's {@code wp-content/uploads} folder
 * @param download         fetch files of the old site that the uploads folder lacks over HTTP(S)
 * @param downloadExternal also fetch images, audio and video on other hosts
 * @param cache            where downloaded files are kept between runs
 * @param concurrency      how many downloads run at once (at least 1)
 * @param timeout          how long one request may take
 * @param attempts         how many times a download is tried before it counts as failed (at least 1)
 */
public record MediaOptions(Optional<Path> uploads, boolean download, boolean downloadExternal, Path cache,
        int concurrency, Duration timeout, int attempts) {

    public MediaOptions {
        Objects.requireNonNull(uploads, "uploads");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(timeout, "timeout");
        if (concurrency < 1 || attempts < 1) {
            throw new IllegalArgumentException("concurrency and attempts must be at least 1");
        }
    }

    /** No uploads folder and no downloads: every media link stays as it is and is reported. */
    public static MediaOptions none() {
        return new MediaOptions(Optional.empty(), false, false, Path.of("import-media-cache"), 4,
                Duration.ofSeconds(30), 3);
    }

    boolean anySource() {
        return uploads.isPresent() || download || downloadExternal;
    }
}
