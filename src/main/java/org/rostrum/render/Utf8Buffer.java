package org.rostrum.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes what FreeMarker writes as UTF-8 straight into a growing byte array.
 * Templates write many short strings; this does without the locking and buffer handling of an
 * {@code OutputStreamWriter} and without building the page as a {@code String} first. Lone
 * surrogates are written as U+FFFD. Not thread-safe: one per rendered page.
 */
final class Utf8Buffer extends Writer {

    private static final int COPY_ABOVE = 64;

    private byte[] bytes;
    private int size;
    private char pendingHigh;
    private char[] scratch = new char[256];

    Utf8Buffer(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(String text, int offset, int length) {
        if (length > COPY_ABOVE) {
            // a comment's HTML and other long values: one bulk copy of the characters is cheaper than
            // charAt on each, above all for text in other scripts (a string of UTF-16 characters)
            if (scratch.length < length) {
                scratch = new char[Math.max(length, scratch.length * 2)];
            }
            text.getChars(offset, offset + length, scratch, 0);
            write(scratch, 0, length);
            return;
        }
        ensure(length * 3);
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (pendingHigh == 0) {
                // runs of ASCII, most of a page, in a tight loop
                byte[] b = bytes;
                int s = size;
                char c;
                while (i < end && (c = text.charAt(i)) < 0x80) {
                    b[s++] = (byte) c;
                    i++;
                }
                size = s;
                if (i == end) {
                    return;
                }
            }
            put(text.charAt(i++));
        }
    }

    /**
     * The loop of {@link #write(String, int, int)} over an array: FreeMarker writes a template's
     * static text as {@code char[]} and values as strings, and both are hot, so neither goes through
     * a {@code CharSequence} for the other.
     */
    @Override
    public void write(char[] chars, int offset, int length) {
        ensure(length * 3);
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (pendingHigh == 0) {
                byte[] b = bytes;
                int s = size;
                char c;
                while (i < end && (c = chars[i]) < 0x80) {
                    b[s++] = (byte) c;
                    i++;
                }
                size = s;
                if (i == end) {
                    return;
                }
            }
            put(chars[i++]);
        }
    }

    @Override
    public void write(int c) {
        ensure(4);
        put((char) c);
    }

    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                ensure(4);
                bytes[size++] = (byte) (0xF0 | (cp >> 18));
                bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            replacement();
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            replacement();
        } else {
            bytes[size++] = (byte) (0xE0 | (c >> 12));
            bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void replacement() {
        ensure(3);
        bytes[size++] = (byte) 0xEF;
        bytes[size++] = (byte) 0xBF;
        bytes[size++] = (byte) 0xBD;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** Everything written, as UTF-8. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            replacement();
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
