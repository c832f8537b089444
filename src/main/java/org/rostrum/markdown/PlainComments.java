package org.rostrum.markdown;

/**
 * A fast path for the most common reader comment: paragraphs of ordinary text in any script with
 * {@code *emphasis*}, {@code _emphasis_}, {@code **strong**}, {@code __strong__},
 * {@code `code`} and {@code [links](https://...)}, and nothing else.
 *
 * <p>Flexmark spends most of its time on a short comment setting up the document, not parsing it,
 * and an archive has hundreds of thousands of short comments. For the plain comments this class
 * understands it writes exactly the HTML that Flexmark's reader renderer writes; it declines
 * (returns {@code null}) anything else: a list, a quote, raw HTML, an entity, an autolink, a
 * backslash, a tab, emphasis it is not sure about, a character that {@link LegalText} would
 * replace, and so on, which then goes to Flexmark. A
 * differential test holds the two to the same output over many generated comments.
 *
 * <p>Stateless and thread-safe.
 */
final class PlainComments {

    private PlainComments() {
    }

    /** The comment's HTML, or {@code null} when it is not a plain comment. */
    static String render(String markdown) {
        int first = 0;
        while (first < markdown.length() && markdown.charAt(first) == '\n') {
            first++;
        }
        int last = markdown.length();
        // only spaces and line breaks: Flexmark keeps other white space, such as U+3000, as text
        while (last > first && (markdown.charAt(last - 1) == ' ' || markdown.charAt(last - 1) == '\n')) {
            last--;
        }
        String text = markdown.substring(first, last);
        if (text.isEmpty() || text.length() > 20_000) {
            return null;
        }
        StringBuilder html = new StringBuilder(text.length() + 32);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            if (!paragraph(text, start, end, html)) {
                return null;
            }
            start = end + 2;
            if (start < text.length() && text.charAt(start) == '\n') {
                return null;
            }
        }
        return html.toString();
    }

    /** Renders the paragraph {@code text[start, end)}; false when it is not plain. */
    private static boolean paragraph(String text, int start, int end, StringBuilder html) {
        for (int lineStart = start; lineStart < end; ) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            if (!plainLine(text, lineStart, lineEnd)) {
                return false;
            }
            lineStart = lineEnd + 1;
        }
        html.append("<p>");
        if (!inline(text, start, end, html)) {
            return false;
        }
        html.append("</p>\n");
        return true;
    }

    /** A line that cannot start a block of its own and has no trailing space (a hard break). */
    private static boolean plainLine(String text, int start, int end) {
        if (end <= start) {
            return false;
        }
        char first = text.charAt(start);
        char last = text.charAt(end - 1);
        if (last == ' ' || !(Character.isLetter(first) || first == '(' || first == '"' || first == '\''
                || first == '[' || first == '*' || first == '_' || first == '`' || Character.isDigit(first)
                || (first >= 0x80 && literal(first)))) {
            return false;
        }
        if (Character.isDigit(first)) {
            int i = start;
            while (i < end && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i < end && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
                return false;
            }
        }
        return true;
    }

    private static boolean inline(String text, int start, int end, StringBuilder html) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '*' || c == '_') {
                int next = emphasis(text, i, end, html);
                if (next < 0) {
                    return false;
                }
                i = next;
            } else if (c == '[') {
                int next = link(text, i, end, html);
                if (next < 0) {
                    return false;
                }
                i = next;
            } else if (c == '`') {
                int next = code(text, i, end, html);
                if (next < 0) {
                    return false;
                }
                i = next;
            } else if (!plainChar(text, i, end, html)) {
                return false;
            } else {
                i++;
            }
        }
        return true;
    }

    /** Writes one ordinary character; false for anything that could mean more than itself. */
    private static boolean plainChar(String text, int i, int end, StringBuilder html) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            if ((c == 'w' || c == 'W') && wwwDot(text, i, end)) {
                return false;
            }
            html.append(c);
            return true;
        }
        switch (c) {
            case ' ', '\n', '.', ',', ';', '?', '!', '\'', '(', ')', '%', '-', '+', '=', '/', '$', '#', '^', '{', '}' ->
                    html.append(c);
            case ':' -> {
                if (i + 2 < end && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                    return false;
                }
                html.append(c);
            }
            case '"' -> html.append("&quot;");
            case '&' -> {
                // an entity needs a name or '#' right after the '&'
                if (i + 1 < end && text.charAt(i + 1) != ' ' && text.charAt(i + 1) != '\n') {
                    return false;
                }
                html.append("&amp;");
            }
            case '<' -> {
                // raw HTML and <autolinks> start with a letter, '/', '!' or '?' right after the '<'
                if (i + 1 >= end || !(text.charAt(i + 1) == ' ' || Character.isDigit(text.charAt(i + 1)))) {
                    return false;
                }
                html.append("&lt;");
            }
            case '>' -> html.append("&gt;");
            default -> {
                if (c < 0x80 || !literal(c)) {
                    return false;
                }
                html.append(c);
            }
        }
        return true;
    }

    /**
     * A character above ASCII that Markdown takes as itself wherever it stands: punctuation,
     * symbols and marks of any script. Not spaces (they decide emphasis), controls, format
     * characters (bidirectional overrides), surrogates or unassigned code points.
     */
    private static boolean literal(char c) {
        return switch (Character.getType(c)) {
            case Character.OTHER_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.CONNECTOR_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.MODIFIER_LETTER,
                    Character.OTHER_NUMBER, Character.LETTER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * {@code `code`} within one line: one backtick on each side, no space at either end, no
     * backtick inside. Returns the index after it, or -1.
     */
    private static int code(String text, int i, int end, StringBuilder html) {
        int from = i + 1;
        int close = from;
        while (close < end && text.charAt(close) != '`' && text.charAt(close) != '\n') {
            close++;
        }
        if (close >= end || text.charAt(close) != '`' || close == from || text.charAt(from) == ' '
                || text.charAt(close - 1) == ' ' || (close + 1 < end && text.charAt(close + 1) == '`')) {
            return -1;
        }
        html.append("<code>");
        for (int k = from; k < close; k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && !Character.isLetterOrDigit(c) && !literal(c))) {
                        return -1;
                    }
                    html.append(c);
                }
            }
        }
        html.append("</code>");
        return close + 1;
    }

    /**
     * {@code *text*}, {@code **text**}, {@code _text_} or {@code __text__} within one line, opened
     * after a space, the paragraph's start or an opening bracket or quote, before a letter or digit;
     * closed after a letter or digit and before a space, the end or punctuation. Returns the index
     * after it, or -1.
     */
    private static int emphasis(String text, int i, int end, StringBuilder html) {
        char delimiter = text.charAt(i);
        int run = i + 1 < end && text.charAt(i + 1) == delimiter ? 2 : 1;
        int from = i + run;
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        if (!(before == ' ' || before == '\n' || before == '(' || before == '"')
                || from >= end || !Character.isLetterOrDigit(text.charAt(from))) {
            return -1;
        }
        int close = from;
        while (close < end && text.charAt(close) != delimiter && text.charAt(close) != '\n') {
            close++;
        }
        if (close >= end || text.charAt(close) != delimiter || !Character.isLetterOrDigit(text.charAt(close - 1))) {
            return -1;
        }
        int after = close + run;
        if (after > end || (run == 2 && text.charAt(close + 1) != delimiter)) {
            return -1;
        }
        if (after < end) {
            char next = text.charAt(after);
            if (!(next == ' ' || next == '\n' || next == '.' || next == ',' || next == ';' || next == ':'
                    || next == '?' || next == '!' || next == ')' || next == '"')) {
                return -1;
            }
        }
        String tag = run == 2 ? "strong" : "em";
        html.append('<').append(tag).append('>');
        for (int k = from; k < close; k++) {
            char c = text.charAt(k);
            if (c == '[' || c == '*' || c == '_' || c == '`' || !plainChar(text, k, close, html)) {
                return -1;
            }
        }
        html.append("</").append(tag).append('>');
        return after;
    }

    /**
     * {@code [text](https://host/path?query#fragment)}: plain link text, an http(s) URL of letters,
     * digits and {@code . _ ~ / - ? = & #} only, no title. Returns the index after it, or -1.
     */
    private static int link(String text, int i, int end, StringBuilder html) {
        if (i > 0 && text.charAt(i - 1) == '!') {
            return -1;
        }
        int close = text.indexOf("](", i);
        if (close < 0 || close + 2 >= end || close == i + 1) {
            return -1;
        }
        int urlStart = close + 2;
        int urlEnd = text.indexOf(')', urlStart);
        if (urlEnd < 0 || urlEnd >= end) {
            return -1;
        }
        String url = text.substring(urlStart, urlEnd);
        int host = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
        if (host < 0 || url.length() == host) {
            return -1;
        }
        for (int k = host; k < url.length(); k++) {
            char c = url.charAt(k);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '~' || c == '/' || c == '-' || c == '?' || c == '=' || c == '&' || c == '#')) {
                return -1;
            }
        }
        // no ';' is allowed, so an '&' cannot start an entity
        html.append("<a href=\"").append(url.replace("&", "&amp;")).append("\" rel=\"").append(ReaderNodeRenderer.REL)
                .append("\">");
        for (int k = i + 1; k < close; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '*' || c == '_' || c == '`' || c == '(' || c == ')' || c == '[' || c == ']'
                    || !plainChar(text, k, close, html)) {
                return -1;
            }
        }
        html.append("</a>");
        return urlEnd + 1;
    }

    /** {@code www.} in any case at {@code i}, where Flexmark's autolink would start. */
    private static boolean wwwDot(String text, int i, int end) {
        return end - i >= 4 && (text.charAt(i + 1) | 0x20) == 'w' && (text.charAt(i + 2) | 0x20) == 'w'
                && text.charAt(i + 3) == '.';
    }
}
