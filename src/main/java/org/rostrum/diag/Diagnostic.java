package org.rostrum.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the content or templates, with its position.
 *
 * <p>The message is complete on its own and already carries its hint where one helps, for example
 * {@code unknown person 'james-kirchik' (did you mean 'james-kirchick'?)}.
 */
public record Diagnostic(Severity severity, SourcePosition position, String message)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    /** Orders by file, line, column, then errors before warnings, then message. */
    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:line:column: error: message}, GNU style. */
    @Override
    public String toString() {
        return position + ": " + severity.label() + ": " + message;
    }
}
