package org.rostrum.render;

import java.util.Arrays;

/**
 * JSON written straight into UTF-8 bytes, exactly as Jackson's UTF-8 generator writes it with its
 * standard escapes (compact, fields quoted): {@code "}, {@code \} and the control characters escaped
 * as JSON has them, each UTF-16 surrogate as {@code \\uXXXX}, everything else as UTF-8.
 *
 * <p>For {@code comments.json}, which holds the text of every comment of a debate: Jackson read each
 * string a {@code charAt} at a time (or copied it to its own array first) and wrote it through two
 * loops, which under the quick compiler the launcher runs with cost more than the encoding.
 * Differential tests hold the two to the same bytes. Not thread-safe: one per document.
 */
final class DataJson {

    /** For each ASCII character: 0 written as it is, a letter written after a backslash, -1 written as {@code \\u00XX}. */
    private static final int[] ESCAPES = new int[0x80];
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

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
    }

    private byte[] out;
    private int length;
    private char[] scratch = new char[256];
    /** For each open object or array, whether nothing is in it yet; [0] is the root. */
    private boolean[] empty = new boolean[16];
    private int depth;
    /** Whether a field name was written and its value is next. */
    private boolean afterName;

    DataJson(int capacity) {
        out = new byte[Math.max(capacity, 16)];
        empty[0] = true;
    }

    DataJson startObject() {
        beforeValue();
        put('{');
        open();
        return this;
    }

    DataJson endObject() {
        depth--;
        put('}');
        return this;
    }

    DataJson startArray() {
        beforeValue();
        put('[');
        open();
        return this;
    }

    DataJson endArray() {
        depth--;
        put(']');
        return this;
    }

    DataJson name(String name) {
        if (!empty[depth]) {
            put(',');
        }
        empty[depth] = false;
        quoted(name);
        put(':');
        afterName = true;
        return this;
    }

    DataJson string(String value) {
        beforeValue();
        quoted(value);
        return this;
    }

    DataJson stringField(String name, String value) {
        return name(name).string(value);
    }

    DataJson numberField(String name, long value) {
        name(name);
        beforeValue();
        String digits = Long.toString(value);
        reserve(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            out[length++] = (byte) digits.charAt(i);
        }
        return this;
    }

    DataJson arrayFieldStart(String name) {
        return name(name).startArray();
    }

    /** What was written, and {@code extra} more bytes (such as a last line break). */
    byte[] toByteArray(byte... extra) {
        byte[] bytes = Arrays.copyOf(out, length + extra.length);
        System.arraycopy(extra, 0, bytes, length, extra.length);
        return bytes;
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
        out[length++] = (byte) c;
    }

    private void reserve(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }

    /** {@code value} in quotes, escaped: read once into an array, at most six bytes a char. */
    private void quoted(String value) {
        int n = value.length();
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        value.getChars(0, n, scratch, 0);
        char[] text = scratch;
        // six bytes for every char at most, and the quotes
        reserve(n * 6 + 2);
        byte[] o = out;
        int at = length;
        o[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c < 0x80) {
                int escape = ESCAPES[c];
                if (escape == 0) {
                    o[at++] = (byte) c;
                } else if (escape > 0) {
                    o[at++] = '\\';
                    o[at++] = (byte) escape;
                } else {
                    at = unicodeEscape(o, at, c);
                }
            } else if (c < 0x800) {
                o[at++] = (byte) (0xC0 | (c >> 6));
                o[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                at = unicodeEscape(o, at, c);
            } else {
                o[at++] = (byte) (0xE0 | (c >> 12));
                o[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                o[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        o[at++] = '"';
        length = at;
    }

    private static int unicodeEscape(byte[] o, int at, char c) {
        o[at++] = '\\';
        o[at++] = 'u';
        o[at++] = HEX[c >> 12];
        o[at++] = HEX[(c >> 8) & 0xF];
        o[at++] = HEX[(c >> 4) & 0xF];
        o[at++] = HEX[c & 0xF];
        return at;
    }
}
