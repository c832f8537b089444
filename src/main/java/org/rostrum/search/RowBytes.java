package org.rostrum.search;

import java.util.Arrays;

/**
 * Writes what {@link Script} would make of a row of a document fragment straight into UTF-8, row
 * after row into one reused array, with the hash and length the row would have as a
 * {@link String} (what {@link IndexState#record} keeps of it): strings escaped as
 * {@link Script#string} escapes them, and a surrogate without its other half written as {@code ?},
 * as {@link String#getBytes} writes it. Not thread-safe.
 */
final class RowBytes {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Per ASCII character, whether a string holds it as it is (not escaped). */
    private static final boolean[] PLAIN = new boolean[0x80];

    static {
        for (char c = 0x20; c < 0x7f; c++) {
            PLAIN[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
        }
    }

    private byte[] bytes = new byte[1024];
    private int size;
    private int hash;
    private int length;
    private char[] chars = new char[256];

    /** Starts a new row. */
    RowBytes start() {
        size = 0;
        hash = 0;
        length = 0;
        return this;
    }

    /** Appends ASCII text as it is. */
    RowBytes raw(String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            ascii(ascii.charAt(i));
        }
        return this;
    }

    RowBytes number(int n) {
        return raw(Integer.toString(n));
    }

    /** Appends {@code s} as a quoted, escaped string. */
    RowBytes string(String s) {
        int n = s.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        s.getChars(0, n, chars, 0);
        return string(chars, 0, n);
    }

    /** Appends {@code s[from, to)} as a quoted, escaped string. */
    RowBytes string(char[] s, int from, int to) {
        ensure(6 * (to - from) + 2);
        ascii('"');
        byte[] b = bytes;
        boolean[] plain = PLAIN;
        int at = size;
        int h = hash;
        // every character counts once, as it is; an escaped one counts as its escape instead
        int count = length + (to - from);
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < 0x80) {
                if (plain[c]) {
                    b[at++] = (byte) c;
                    h = (h << 5) - h + c;
                    continue;
                }
            } else if (c != '\u2028' && c != '\u2029') {
                h = (h << 5) - h + c;
                if (c < 0x800) {
                    b[at++] = (byte) (0xc0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3f);
                } else if (!Character.isSurrogate(c)) {
                    b[at++] = (byte) (0xe0 | c >> 12);
                    b[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                    b[at++] = (byte) (0x80 | c & 0x3f);
                } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s[i + 1])) {
                    char low = s[++i];
                    h = 31 * h + low;
                    int cp = Character.toCodePoint(c, low);
                    b[at++] = (byte) (0xf0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    b[at++] = (byte) (0x80 | cp & 0x3f);
                } else {
                    b[at++] = '?';
                }
                continue;
            }
            size = at;
            hash = h;
            length = count - 1;
            escape(c);
            at = size;
            h = hash;
            count = length;
        }
        size = at;
        hash = h;
        length = count;
        ascii('"');
        return this;
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> raw("\\\"");
            case '\\' -> raw("\\\\");
            case '\n' -> raw("\\n");
            default -> {
                raw("\\u");
                ascii((char) HEX[c >> 12]);
                ascii((char) HEX[(c >> 8) & 15]);
                ascii((char) HEX[(c >> 4) & 15]);
                ascii((char) HEX[c & 15]);
            }
        }
    }

    private void ascii(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        hash = 31 * hash + c;
        length++;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }
    }

    /** The row so far in UTF-8. */
    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    /** The {@link String#hashCode} of the row so far. */
    int hash() {
        return hash;
    }

    /** How many UTF-16 characters the row so far has. */
    int length() {
        return length;
    }
}
