package org.rostrum.output;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One file of the built site, named by its path relative to the output folder with {@code /}
 * separators ({@code debates/x/index.html}).
 */
public sealed interface OutputFile permits OutputFile.Generated, OutputFile.Copied {

    String path();

    /** A file whose bytes are produced on demand, so that a large site is never held in memory. */
    record Generated(String path, Supplier<byte[]> content) implements OutputFile {
        public Generated {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(content, "content");
        }
    }

    /** A file copied as it is: a bundle file, a photo, a theme's static file. */
    record Copied(String path, Path source) implements OutputFile {
        public Copied {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(source, "source");
        }
    }
}
