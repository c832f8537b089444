package org.rostrum.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A theme's script as the site serves it: lines that are only a {@code //} comment, blank lines and
 * indentation left out, so that the theme's source can explain itself without every reader downloading
 * the explanation (the search page's budget counts every byte). Only whole lines go: a comment after
 * code, and everything else, stays as written, line breaks included, so automatic semicolons fall
 * where they did. A script with a template literal ({@code `}) or a string continued on the next line
 * (a line ending in {@code \}) could carry such lines inside a string, and is served unchanged.
 */
final class CompactScript {

    private CompactScript() {
    }

    /** {@code source}, read as UTF-8 and compacted. */
    static byte[] of(Path source) {
        try {
            return compact(Files.readString(source, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String compact(String script) {
        String[] lines = script.split("\n", -1);
        StringBuilder out = new StringBuilder(script.length());
        for (String line : lines) {
            if (line.stripTrailing().endsWith("\\")) {
                return script;
            }
        }
        if (script.indexOf('`') >= 0) {
            return script;
        }
        for (String line : lines) {
            String code = line.strip();
            if (!code.isEmpty() && !code.startsWith("//")) {
                out.append(code).append('\n');
            }
        }
        return out.toString();
    }
}
