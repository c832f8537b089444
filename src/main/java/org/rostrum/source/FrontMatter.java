package org.rostrum.source;

import java.util.Optional;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;

/**
 * A Markdown file split into its YAML front matter and its body. The front matter sits between a
 * first line {@code ---} and the next line {@code ---} (trailing spaces allowed on both).
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
        if (!isFence(source.line(0))) {
            diagnostics.error(source.start(), "missing front matter: the file must start with a line '---'");
            return Optional.empty();
        }
        String text = source.text();
        for (int line = 1; line < source.lineCount(); line++) {
            if (isFence(source.line(line))) {
                int yamlTo = source.lineStart(line);
                int bodyFrom = line + 1 < source.lineCount() ? source.lineStart(line + 1) : text.length();
                return Optional.of(new FrontMatter(source.lineStart(1), yamlTo, text.substring(bodyFrom),
                        new SourcePosition(source.path(), line + 2, 1)));
            }
        }
        diagnostics.error(source.start(), "front matter is not closed: add a line '---' after it");
        return Optional.empty();
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }
}
