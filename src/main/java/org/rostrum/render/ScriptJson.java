package org.rostrum.render;

import java.util.Arrays;

/**
 * JSON written straight into a {@code char[]}, exactly as Jackson's generator writes it with
 * {@link JsonDocuments.ScriptSafeEscapes} (compact, fields quoted): {@code "}, {@code \} and the
 * control characters escaped as JSON has them, {@code <}, {@code >} and {@code &} as
 * {@code \\u003C} etc. and U+2028, U+2029 as {@code \\u2028}, {@code \\u2029}, so that no text can end
 * the {@code <script>} element the JSON is printed in.
 *
 * <p>For the JSON-LD of debate pages, which holds the text of every comment of the page: Jackson
 * copied each text four times on its way to the page (into its buffer, its segments, one array,
 * a string) and asked its escapes about every character above ASCII with a call, which under the
 * quick compiler the launcher runs with cost more than the escaping. Differential tests hold the
 * two to the same output. Not thread-safe: one per document.
 */
final class ScriptJson {

    /** For each ASCII character: 0 written as it is, a letter written after a backslash, -1 written as {@code \\u00XX}. */
    private static final int[] ESCAPES = new int[0x80];
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = -1;
        }
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\f'] = 'f';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
        ESCAPES['<'] = -1;
        ESCAPES['>'] = -1;
        ESCAPES['&'] = -1;
    }

    private char[] out;
    private int length;
    private char[] scratch = new char[256];
    /** For each open object or array, whether nothing is in it yet; [0] is the root. */
    private boolean[] empty = new boolean[16];
    private int depth;
    /** Whether a field name was written and its value is next. */
    private boolean afterName;

    ScriptJson(int capacity) {
        out = new char[Math.max(capacity, 16)];
        empty[0] = true;
    }

    ScriptJson startObject() {
        beforeValue();
        put('{');
        open();
        return this;
    }

    ScriptJson endObject() {
        depth--;
        put('}');
        return this;
    }

    ScriptJson startArray() {
        beforeValue();
        put('[');
        open();
        return this;
    }

    ScriptJson endArray() {
        depth--;
        put(']');
        return this;
    }

    ScriptJson name(String name) {
        if (!empty[depth]) {
            put(',');
        }
        empty[depth] = false;
        quoted(name);
        put(':');
        afterName = true;
        return this;
    }

    ScriptJson string(String value) {
        beforeValue();
        quoted(value);
        return this;
    }

    ScriptJson stringField(String name, String value) {
        return name(name).string(value);
    }

    ScriptJson numberField(String name, long value) {
        name(name);
        beforeValue();
        String digits = Long.toString(value);
        reserve(digits.length());
        digits.getChars(0, digits.length(), out, length);
        length += digits.length();
        return this;
    }

    ScriptJson objectFieldStart(String name) {
        return name(name).startObject();
    }

    ScriptJson arrayFieldStart(String name) {
        return name(name).startArray();
    }

    @Override
    public String toString() {
        return new String(out, 0, length);
    }

    private void open() {
        depth++;
        if (depth == empty.length) {
            empty = Arrays.copyOf(empty, depth * 2);
        }
        empty[depth] = true;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (!empty[depth]) {
                put(',');
            }
            empty[depth] = false;
        }
    }

    private void put(char c) {
        if (length == out.length) {
            out = Arrays.copyOf(out, length * 2);
        }
        out[length++] = c;
    }

    private void reserve(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }

    /** {@code value} in quotes, escaped: read once into an array, written at most six chars a char. */
    private void quoted(String value) {
        int n = value.length();
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        value.getChars(0, n, scratch, 0);
        char[] text = scratch;
        reserve(n + 2);
        char[] o = out;
        int at = length;
        o[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text[i];
            int escape = c < 0x80 ? ESCAPES[c] : c == '\u2028' || c == '\u2029' ? -1 : 0;
            if (escape == 0) {
                if (at == o.length) {
                    length = at;
                    reserve(n - i + 1);
                    o = out;
                }
                o[at++] = c;
                continue;
            }
            // room for this escape, the rest as it is and the closing quote
            if (at + 6 + (n - i) > o.length) {
                length = at;
                reserve(6 + (n - i));
                o = out;
            }
            o[at++] = '\\';
            if (escape > 0) {
                o[at++] = (char) escape;
            } else {
                o[at++] = 'u';
                o[at++] = HEX[c >> 12];
                o[at++] = HEX[(c >> 8) & 0xF];
                o[at++] = HEX[(c >> 4) & 0xF];
                o[at++] = HEX[c & 0xF];
            }
        }
        length = at;
        put('"');
    }
}
