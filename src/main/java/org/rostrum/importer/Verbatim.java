package org.rostrum.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown that must reach the output exactly as written (raw HTML for figures and players,
 * autolinks whose addresses must not be escaped): each piece is put into the HTML as a token made of
 * a private-use character that the text does not contain and a number, which the HTML-to-Markdown
 * converter copies as it is, and {@link #restore} puts the pieces back. One per conversion.
 */
final class Verbatim {

    private final char mark;
    private final List<String> pieces = new ArrayList<>();

    Verbatim(char mark) {
        this.mark = mark;
    }

    /** The token that stands for {@code markdown}. */
    String token(String markdown) {
        pieces.add(markdown);
        return "" + mark + (pieces.size() - 1) + mark;
    }

    /** {@code markdown} with every token replaced by its piece. */
    String restore(String markdown) {
        if (pieces.isEmpty()) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        int at = 0;
        int start;
        while ((start = markdown.indexOf(mark, at)) >= 0) {
            int end = markdown.indexOf(mark, start + 1);
            if (end < 0) {
                break;
            }
            out.append(markdown, at, start).append(pieces.get(Integer.parseInt(markdown.substring(start + 1, end))));
            at = end + 1;
        }
        return out.append(markdown, at, markdown.length()).toString();
    }
}
