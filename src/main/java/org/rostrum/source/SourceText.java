package org.rostrum.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;

/**
 * The decoded text of one content file, with every line ending turned into {@code \n}, and the
 * means to turn line and column numbers back into {@link SourcePosition}s of that file.
 *
 * <p>Since CRLF and CR count as one line break, as LF does, positions in the normalised text are
 * the positions an editor shows for the file on disk.
 */
final class SourceText {

    private final Path path;
    private final String text;
    private final int[] lineStarts;

    SourceText(Path path, String text) {
        this.path = path;
        this.text = normaliseLineEndings(text);
        this.lineStarts = lineStarts(this.text);
    }

    private SourceText(Path path, String text, int[] lineStarts) {
        this.path = path;
        this.text = text;
        this.lineStarts = lineStarts;
    }

    /**
     * Reads a file as strict UTF-8. A leading byte-order mark is skipped. Reports a file over the
     * size limit, a file with a NUL byte (not text) and an invalid byte sequence (at its line and
     * column), and then returns empty.
     */
    static Optional<SourceText> read(Path path, long maxBytes, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                diagnostics.error(SourcePosition.startOf(path),
                        "file is too large: " + size + " bytes (the limit is " + maxBytes + " bytes)");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(path), "cannot read file: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        // The JDK's own decoding is the fast one; it replaces what is not UTF-8 with U+FFFD, so a text
        // with U+FFFD (rare, and sometimes written on purpose) is decoded again by the strict decoder.
        // A NUL byte is in the bytes exactly when U+0000 is in the text, whether or not it is UTF-8.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        Scan scan = new Scan(text);
        if (scan.nul) {
            diagnostics.error(SourcePosition.startOf(path), "not a text file");
            return Optional.empty();
        }
        if (scan.replacement) {
            return decode(path, bytes, diagnostics).map(strict -> new SourceText(path, strict));
        }
        return Optional.of(scan.carriageReturn ? new SourceText(path, text) : new SourceText(path, text, scan.lineStarts));
    }

    /**
     * One look at every char of a decoded text (a {@code char[]} copy, since {@code String.charAt}
     * and {@code indexOf} cost a call per char under the quick compiler): whether it has U+0000,
     * U+FFFD or {@code \r}, and where its lines start.
     */
    private static final class Scan {
        boolean nul;
        boolean replacement;
        boolean carriageReturn;
        int[] lineStarts;

        Scan(String text) {
            char[] chars = text.toCharArray();
            int[] starts = new int[Math.max(16, chars.length / 32)];
            int count = 1;
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (c > '\r' && c != '\uFFFD') {
                    continue;
                }
                if (c == '\n') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                } else if (c == '\0') {
                    nul = true;
                } else if (c == '\r') {
                    carriageReturn = true;
                } else if (c == '\uFFFD') {
                    replacement = true;
                }
            }
            lineStarts = Arrays.copyOf(starts, count);
        }
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
    }

    private static Optional<String> decode(Path path, byte[] bytes, Diagnostics diagnostics) {
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            int bad = in.hasRemaining() ? in.get(in.position()) & 0xff : bytes[bytes.length - 1] & 0xff;
            SourceText prefix = new SourceText(path, out.toString());
            diagnostics.error(prefix.positionAt(prefix.text.length()),
                    String.format("invalid UTF-8 byte 0x%02x", bad));
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    Path path() {
        return path;
    }

    /** The whole text, line endings normalised to {@code \n}. */
    String text() {
        return text;
    }

    SourcePosition start() {
        return SourcePosition.startOf(path);
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The char offset at which the 0-based {@code line} starts. */
    int lineStart(int line) {
        return lineStarts[Math.min(Math.max(line, 0), lineStarts.length - 1)];
    }

    /** The 0-based {@code line} without its line break. */
    String line(int line) {
        int from = lineStart(line);
        int to = text.indexOf('\n', from);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    /**
     * The position of a 0-based line and a 0-based column counted in code points (as the YAML
     * engine counts), converted to the 1-based UTF-16 column that {@link SourcePosition} uses.
     */
    SourcePosition position(int line, int codePointColumn) {
        int l = Math.min(Math.max(line, 0), lineStarts.length - 1);
        int column = Math.max(codePointColumn, 0);
        int from = lineStarts[l];
        if (hasSurrogateBefore(from, column)) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            int available = text.codePointCount(from, end);
            column = text.offsetByCodePoints(from, Math.min(column, available)) - from
                    + Math.max(0, column - available);
        }
        return new SourcePosition(path, l + 1, column + 1);
    }

    /** The position of a char offset in the text. */
    SourcePosition positionAt(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new SourcePosition(path, line + 1, offset - lineStarts[line] + 1);
    }

    private static String normaliseLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[Math.max(16, text.length() / 32)];
        int count = 1;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = at + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    /**
     * Whether a surrogate comes in the {@code columns} chars from {@code from} (or up to the line's
     * end): only then do code points and chars count a column differently. Columns of positions are
     * small, so this costs less than looking at the whole text once.
     */
    private boolean hasSurrogateBefore(int from, int columns) {
        int to = (int) Math.min(text.length(), (long) from + columns);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return false;
            }
            if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
