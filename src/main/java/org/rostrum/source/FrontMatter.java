package org.rostrum.source;

import java.util.Optional;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;

/**
 * A Markdown file split into its YAML front matter and its body: the one rule for where front
 * matter ends, used by the readers and by {@link ContentWriter} alike. The file's first line is
 * {@code ---}; the front matter ends at the next line that is {@code ---} or {@code ...} (YAML's
 * document end). Trailing spaces are allowed on both lines; leading spaces are not, because an
 * indented {@code ---} is text inside a YAML block, as YAML itself reads it.
 *
 * @param yamlFrom  char offset where the YAML starts (line 2 of the file)
 * @param yamlTo    char offset where it ends (the start of the closing {@code ---} line)
 * @param body      everything after the closing line
 * @param bodyStart the position of the body's first line
 */
record FrontMatter(int yamlFrom, int yamlTo, String body, SourcePosition bodyStart) {

    /** The 0-based line where the YAML starts. */
    static final int YAML_FIRST_LINE = 1;

    /** Splits {@code source}; reports a missing or unclosed front matter at line 1 and returns empty. */
    static Optional<FrontMatter> split(SourceText source, Diagnostics diagnostics) {
        if (!opens(source)) {
            diagnostics.error(source.start(), "missing front matter: the file must start with a line '---'");
            return Optional.empty();
        }
        Optional<FrontMatter> found = find(source);
        if (found.isEmpty()) {
            diagnostics.error(source.start(), "front matter is not closed: add a line '---' after it");
        }
        return found;
    }

    /** The front matter of {@code source}, or empty when it has none or it is not closed; reports nothing. */
    static Optional<FrontMatter> find(SourceText source) {
        if (!opens(source)) {
            return Optional.empty();
        }
        String text = source.text();
        for (int line = 1; line < source.lineCount(); line++) {
            if (closes(source.line(line))) {
                int yamlTo = source.lineStart(line);
                int bodyFrom = line + 1 < source.lineCount() ? source.lineStart(line + 1) : text.length();
                return Optional.of(new FrontMatter(source.lineStart(1), yamlTo, text.substring(bodyFrom),
                        new SourcePosition(source.path(), line + 2, 1)));
            }
        }
        return Optional.empty();
    }

    /** The YAML between the two lines. */
    String yaml(SourceText source) {
        return source.text().substring(yamlFrom, yamlTo);
    }

    private static boolean opens(SourceText source) {
        return source.line(0).stripTrailing().equals("---");
    }

    private static boolean closes(String line) {
        String marker = line.stripTrailing();
        return marker.equals("---") || marker.equals("...");
    }
}
