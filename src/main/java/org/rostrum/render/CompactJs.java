package org.rostrum.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A theme's script as the site serves it: indentation, blank lines and lines that hold nothing but a
 * {@code //} comment left out (a {@code //!} comment, a licence by convention, is kept), so that the
 * theme's source can explain itself without every reader downloading the explanation. Line breaks
 * stay where they were, so the script means the same, semicolons or not. A script with a template
 * literal or a line ending in a backslash (whose next line may be inside a string) is served as
 * written.
 */
final class CompactJs {

    private CompactJs() {
    }

    /** {@code source}, read as UTF-8 and compacted. */
    static byte[] of(Path source) {
        try {
            return compact(Files.readString(source, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String compact(String js) {
        if (js.indexOf('`') >= 0 || js.contains("\\\n") || js.contains("\\\r")) {
            return js;
        }
        StringBuilder out = new StringBuilder(js.length());
        for (String line : js.split("\r?\n", -1)) {
            String code = line.strip();
            if (!code.isEmpty() && (!code.startsWith("//") || code.startsWith("//!"))) {
                out.append(code).append('\n');
            }
        }
        return out.toString();
    }
}
