package org.rostrum.markdown;

import java.util.Arrays;
import org.rostrum.diag.SourcePosition;

/**
 * Turns character offsets in a Markdown text into positions in the file it came from.
 *
 * <p>The text starts at {@code firstLine}: its first line is that line of the file, starting at that
 * column, and every later line starts at column 1. Lines end at {@code \n}, {@code \r\n} or
 * {@code \r}, as in CommonMark; columns count characters.
 */
final class SourceMap {

    private final SourcePosition firstLine;
    private final int[] lineStarts;

    SourceMap(CharSequence text, SourcePosition firstLine) {
        this.firstLine = firstLine;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The file position of the character at {@code offset} of the text. */
    SourcePosition position(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        int column = offset - lineStarts[line] + 1;
        return line == 0 ? firstLine.down(0, firstLine.column() + column - 1) : firstLine.down(line, column);
    }
}
