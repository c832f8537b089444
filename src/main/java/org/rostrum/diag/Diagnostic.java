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
        message = oneLine(Objects.requireNonNull(message, "message"));
    }

    /**
     * {@code text} with every character that could break a log line or disguise one escaped:
     * line breaks as {@code \n} and {@code \r}, a tab as {@code \t}, other control, line separator and
     * bidirectional formatting characters as a backslash, {@code u} and four hex digits. Messages
     * quote what readers wrote, and CI logs must show one line per problem whatever that was.
     */
    static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                    : Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                            || (c >= '\u2066' && c <= '\u2069') ? String.format("\\u%04X", (int) c) : null;
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Orders by file, line, column, then errors before warnings, then message. */
    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:line:column: error: message}, GNU style. */
    @Override
    public String toString() {
        return oneLine(position.toString()) + ": " + severity.label() + ": " + message;
    }
}
