package org.rostrum.search;

import java.nio.charset.StandardCharsets;

/**
 * Builds the text of one index file: a call of a function of {@code window.rostrumSearch} with JSON
 * arguments. Strings are escaped so that nothing in a comment can end the string or the script:
 * quotes, backslashes, {@code <}, {@code >}, {@code &}, control characters and the line and paragraph
 * separators are written as escapes. Not thread-safe.
 */
final class Script {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();

    Script call(String function) {
        out.append("rostrumSearch.").append(function).append('(');
        return this;
    }

    Script raw(String text) {
        out.append(text);
        return this;
    }

    Script number(long n) {
        out.append(n);
        return this;
    }

    Script string(String s) {
        out.append('"');
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != 0x7f
                    && c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.append(s, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                        .append(HEX[c & 15]);
            }
        }
        out.append(s, from, n).append('"');
        return this;
    }

    /** What has been written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    byte[] end() {
        out.append(");\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
