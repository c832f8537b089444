package org.rostrum.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A theme's stylesheet as the site serves it: comments, indentation and blank lines left out, so
 * that the theme's source can explain itself without every reader downloading the explanation.
 * Comments that start with {@code /*!} (licences, by convention) are kept, and nothing inside a
 * quoted string is touched. Everything else, including line breaks, stays as written.
 */
final class CompactCss {

    private CompactCss() {
    }

    /** {@code source}, read as UTF-8 and compacted. */
    static byte[] of(Path source) {
        try {
            return compact(Files.readString(source, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String compact(String css) {
        StringBuilder out = new StringBuilder(css.length());
        StringBuilder line = new StringBuilder();
        int n = css.length();
        int i = 0;
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*' && !(i + 2 < n && css.charAt(i + 2) == '!')) {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && css.charAt(j) != c && css.charAt(j) != '\n') {
                    j += css.charAt(j) == '\\' && j + 1 < n ? 2 : 1;
                }
                j = Math.min(n, j + 1);
                line.append(css, i, j);
                i = j;
            } else if (c == '\n') {
                flush(line, out);
                i++;
            } else {
                line.append(c);
                i++;
            }
        }
        flush(line, out);
        return out.toString();
    }

    /** Adds {@code line} without its indentation, unless it is blank, with a line break. */
    private static void flush(StringBuilder line, StringBuilder out) {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        int end = line.length();
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.append(line, start, end).append('\n');
        }
        line.setLength(0);
    }
}
