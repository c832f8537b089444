package org.rostrum.output;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One file of the built site, named by its path relative to the output folder with {@code /}
 * separators ({@code debates/x/index.html}).
 */
public sealed interface OutputFile permits OutputFile.Generated, OutputFile.Copied {

    String path();

    /**
     * A file whose bytes are produced on demand, so that a large site is never held in memory.
     *
     * @param path    where it goes
     * @param key     a fingerprint of everything the content depends on, cheaper to compute than the
     *                content; when it matches the previous build's, the file is kept without being
     *                produced again. {@link #NO_KEY} means: always produce it and compare the bytes.
     * @param content the bytes
     */
    record Generated(String path, LongSupplier key, Supplier<byte[]> content) implements OutputFile {
        public Generated {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(content, "content");
        }

        /** A file without a key: produced on every build, written only when its bytes changed. */
        public Generated(String path, Supplier<byte[]> content) {
            this(path, () -> NO_KEY, content);
        }
    }

    /** The key of a file that has none. */
    long NO_KEY = 0L;

    /** A file copied as it is: a bundle file, a photo, a theme's static file. */
    record Copied(String path, Path source) implements OutputFile {
        public Copied {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(source, "source");
        }
    }
}
