package org.rostrum.diag;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a source file. Lines and columns are 1-based; column counts characters (UTF-16 code
 * units) from the start of the line, as editors show it.
 *
 * <p>The path is kept as the build received it (usually relative to the working directory, for
 * example {@code content/debates/x/index.md}) so that messages point at files the user can open.
 */
public record SourcePosition(Path file, int line, int column) implements Comparable<SourcePosition> {

    private static final Comparator<SourcePosition> ORDER = Comparator
            .comparing((SourcePosition p) -> p.file().toString())
            .thenComparingInt(SourcePosition::line)
            .thenComparingInt(SourcePosition::column);

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** The first character of {@code file}: used for problems that concern a whole file. */
    public static SourcePosition startOf(Path file) {
        return new SourcePosition(file, 1, 1);
    }

    /** The same file, {@code lines} lines further down, at {@code column}. */
    public SourcePosition down(int lines, int column) {
        return new SourcePosition(file, line + lines, column);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:line:column}, the GNU form that editors and terminals turn into links. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
