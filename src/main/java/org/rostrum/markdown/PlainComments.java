package org.rostrum.markdown;

import java.util.Arrays;

/**
 * A fast path for the comments readers write most: paragraphs of ordinary text in any script with
 * {@code *emphasis*}, {@code _emphasis_}, {@code **strong**}, {@code ***both***},
 * {@code ~~strikethrough~~}, {@code `code`}, {@code &amp;}, hard breaks and
 * {@code [links](https://...)} (with a title, with balanced parentheses), bare {@code https://} and
 * {@code www.} addresses, a quote of one line,
 * lists of one-line items ({@code - }, {@code * }, {@code 1. }) and fenced code, and nothing else.
 *
 * <p>Flexmark spends most of its time on a short comment setting up the document, not parsing it,
 * and an archive has hundreds of thousands of short comments. For the comments this class
 * understands it writes exactly the HTML that Flexmark's reader renderer writes; it declines
 * (returns {@code null}) anything else: an address it is not sure about, raw HTML, an entity other than {@code &amp;},
 * a backslash, a tab, a loose or nested list, emphasis it is not sure about, a character that
 * {@link LegalText} would replace, and so on, which then goes to Flexmark. Differential tests hold
 * the two to the same output over many generated comments, real-shaped and hostile.
 *
 * <p>Stateless and thread-safe.
 */
final class PlainComments {

    private PlainComments() {
    }

    /** The comment's HTML, or {@code null} when it is not a plain comment. */
    static String render(String markdown) {
        return render(markdown.toCharArray());
    }

    /**
     * {@link #render(String)} of the comment whose characters are {@code markdown} (which it does
     * not change): the text is read from an array, since under the quick compiler the launcher runs
     * with {@code String.charAt} costs a call per character, above all on text in other scripts.
     */
    static String render(char[] markdown) {
        int first = 0;
        while (first < markdown.length && markdown[first] == '\n') {
            first++;
        }
        int last = markdown.length;
        // only spaces and line breaks: Flexmark keeps other white space, such as U+3000, as text
        while (last > first && (markdown[last - 1] == ' ' || markdown[last - 1] == '\n')) {
            last--;
        }
        if (last == first || last - first > 20_000) {
            return null;
        }
        char[] text = first == 0 && last == markdown.length ? markdown : Arrays.copyOfRange(markdown, first, last);
        Html html = new Html(text.length + 32);
        int start = 0;
        boolean afterList = false;
        while (start < text.length) {
            int end = indexOf(text, '\n', '\n', start);
            if (end < 0) {
                end = text.length;
            }
            boolean list = startsList(text, start);
            // a list after a blank line continues the list above it, which makes that list loose
            if (list && afterList || !block(text, start, end, html)) {
                return null;
            }
            afterList = list;
            start = end + 2;
            if (start < text.length && text[start] == '\n') {
                return null;
            }
        }
        return html.toString();
    }

    /** A growing {@code char[]} for the HTML: cheaper per character than a {@code StringBuilder} under the quick compiler. */
    private static final class Html {
        private char[] chars;
        private int length;

        Html(int capacity) {
            chars = new char[capacity];
        }

        Html append(char c) {
            if (length == chars.length) {
                chars = Arrays.copyOf(chars, length * 2);
            }
            chars[length++] = c;
            return this;
        }

        Html append(char[] text, int from, int to) {
            int n = to - from;
            if (length + n > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(length * 2, length + n));
            }
            System.arraycopy(text, from, chars, length, n);
            length += n;
            return this;
        }

        Html append(String s) {
            int n = s.length();
            if (length + n > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(length * 2, length + n));
            }
            s.getChars(0, n, chars, length);
            length += n;
            return this;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    /** The first {@code a} followed by {@code b} in {@code text} from {@code from}, or -1. */
    private static int indexOf(char[] text, char a, char b, int from) {
        for (int i = Math.max(from, 0); i + 1 < text.length; i++) {
            if (text[i] == a && text[i + 1] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The first {@code c} in {@code text} from {@code from}, or -1. */
    private static int indexOf(char[] text, char c, int from) {
        for (int i = Math.max(from, 0); i < text.length; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code text} holds {@code prefix} at {@code at}. */
    private static boolean startsWith(char[] text, String prefix, int at) {
        int n = prefix.length();
        if (at < 0 || at > text.length - n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (text[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Renders the block {@code text[start, end)}, which has no blank line; false when it is not plain. */
    private static boolean block(char[] text, int start, int end, Html html) {
        if (startsWith(text, "```\n", start)) {
            return fencedCode(text, start, end, html);
        }
        if (startsWith(text, "> ", start)) {
            return quote(text, start, end, html);
        }
        if (startsList(text, start)) {
            return list(text, start, end, html);
        }
        return paragraph(text, start, end, html);
    }

    private static boolean startsList(char[] text, int start) {
        return startsWith(text, "- ", start) || startsWith(text, "* ", start) || startsWith(text, "1. ", start);
    }

    /**
     * A list of one-line items: {@code - } or {@code * } items (a change of marker starts a new list,
     * as in Flexmark) or items numbered {@code 1. 2. 3.} in order.
     */
    private static boolean list(char[] text, int start, int end, Html html) {
        char marker = 0;
        int number = 0;
        for (int lineStart = start; lineStart < end; ) {
            int lineEnd = indexOf(text, '\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            int content;
            char c = text[lineStart];
            if (c == '-' || c == '*') {
                if (number > 0 || lineStart + 1 >= lineEnd || text[lineStart + 1] != ' ') {
                    return false;
                }
                if (c != marker) {
                    html.append(marker == 0 ? "<ul>\n" : "</ul>\n<ul>\n");
                    marker = c;
                }
                content = lineStart + 2;
            } else {
                String prefix = (number + 1) + ". ";
                if (marker != 0 || !startsWith(text, prefix, lineStart)) {
                    return false;
                }
                if (number++ == 0) {
                    html.append("<ol>\n");
                }
                content = lineStart + prefix.length();
            }
            if (!plainLine(text, content, lineEnd)) {
                return false;
            }
            html.append("<li>");
            if (!inline(text, content, lineEnd, html)) {
                return false;
            }
            html.append("</li>\n");
            lineStart = lineEnd + 1;
        }
        html.append(number > 0 ? "</ol>\n" : "</ul>\n");
        return true;
    }

    /** A quote of one line: {@code > text}. */
    private static boolean quote(char[] text, int start, int end, Html html) {
        int content = start + 2;
        int lineEnd = indexOf(text, '\n', content);
        if (lineEnd >= 0 && lineEnd < end || !plainLine(text, content, end)) {
            return false;
        }
        html.append("<blockquote>\n<p>");
        if (!inline(text, content, end, html)) {
            return false;
        }
        html.append("</p>\n</blockquote>\n");
        return true;
    }

    /**
     * Code between a line {@code ```} and a line {@code ```}, without blank lines, backticks, tildes
     * or characters {@link LegalText} would replace.
     */
    private static boolean fencedCode(char[] text, int start, int end, Html html) {
        int from = start + 4;
        int close = end - 3;
        if (close <= from || !startsWith(text, "\n```", close - 1)) {
            return false;
        }
        html.append("<pre><code>");
        for (int k = from; k < close; k++) {
            char c = text[k];
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\n' -> html.append(c);
                default -> {
                    if (c == '`' || c == '~' || c < 0x20 || c == 0x7F
                            || (c >= 0x80 && !Character.isLetterOrDigit(c) && !literal(c))) {
                        return false;
                    }
                    html.append(c);
                }
            }
        }
        html.append("</code></pre>\n");
        return true;
    }

    /**
     * Renders the paragraph {@code text[start, end)}; false when it is not plain. A line may end in
     * two spaces, a hard break, except the last.
     */
    private static boolean paragraph(char[] text, int start, int end, Html html) {
        for (int lineStart = start; lineStart < end; ) {
            int lineEnd = indexOf(text, '\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            int contentEnd = lineEnd < end && lineEnd - lineStart > 2 && text[lineEnd - 1] == ' '
                    && text[lineEnd - 2] == ' ' ? lineEnd - 2 : lineEnd;
            if (!plainLine(text, lineStart, contentEnd)) {
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
    private static boolean plainLine(char[] text, int start, int end) {
        if (end <= start) {
            return false;
        }
        char first = text[start];
        char last = text[end - 1];
        if (last == ' ' || !(Character.isLetter(first) || first == '(' || first == '"' || first == '\''
                || first == '[' || first == '*' || first == '_' || first == '`' || Character.isDigit(first)
                || (first >= 0x80 && literal(first)))) {
            return false;
        }
        if (Character.isDigit(first)) {
            int i = start;
            while (i < end && Character.isDigit(text[i])) {
                i++;
            }
            if (i < end && (text[i] == '.' || text[i] == ')')) {
                return false;
            }
        }
        return true;
    }

    private static boolean inline(char[] text, int start, int end, Html html) {
        int i = start;
        while (i >= 0 && i < end) {
            char c = text[i];
            if (c < 0x80 && ITSELF[c]) {
                int run = itself(text, i, end);
                if (run > i) {
                    html.append(text, i, run);
                    i = run;
                    continue;
                }
            }
            if (c == '*' || c == '_' || c == '~') {
                i = emphasis(text, i, end, html);
            } else if (c == '[') {
                i = link(text, i, end, html);
            } else if (c == '`') {
                i = code(text, i, end, html);
            } else if ((c == 'h' || c == 'w') && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')
                    && bareLinkAt(text, i)) {
                i = bareLink(text, i, end, html);
            } else if (c == ' ' && i + 2 < end && text[i + 1] == ' ' && text[i + 2] == '\n') {
                // two spaces at the end of a line other than the last: paragraph() checked there are no more
                html.append("<br />\n");
                i += 3;
            } else {
                i = plainChar(text, i, end, html);
            }
        }
        return i >= 0;
    }

    /**
     * The ASCII characters that {@link #inline} writes as they are wherever they stand, as
     * {@link #plainChar} does: letters and digits (but {@code h}, {@code w} and {@code W}, which may
     * start an address), the space (unless it starts a hard break) and ordinary punctuation.
     */
    private static final boolean[] ITSELF = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ITSELF[c] = (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                    && c != 'h' && c != 'w' && c != 'W' || " \n.,;?!'()%-+=/$#^{}".indexOf(c) >= 0;
        }
    }

    /** The end of the run of {@link #ITSELF} characters at {@code i}, before {@code end} and any hard break. */
    private static int itself(char[] text, int i, int end) {
        int j = i;
        while (j < end) {
            char d = text[j];
            if (d >= 0x80 || !ITSELF[d] || d == ' ' && j + 2 < end && text[j + 1] == ' ' && text[j + 2] == '\n') {
                break;
            }
            j++;
        }
        return j;
    }

    /**
     * Writes one ordinary character, or the entity {@code &amp;}; returns the index after it, or -1
     * for anything that could mean more than itself.
     */
    private static int plainChar(char[] text, int i, int end, Html html) {
        char c = text[i];
        if (Character.isLetterOrDigit(c)) {
            if ((c == 'w' || c == 'W') && wwwDot(text, i, end)) {
                return -1;
            }
            html.append(c);
            return i + 1;
        }
        switch (c) {
            case ' ', '\n', '.', ',', ';', '?', '!', '\'', '(', ')', '%', '-', '+', '=', '/', '$', '#', '^', '{', '}' ->
                    html.append(c);
            case ':' -> {
                if (i + 2 < end && text[i + 1] == '/' && text[i + 2] == '/') {
                    return -1;
                }
                html.append(c);
            }
            case '"' -> html.append("&quot;");
            case '&' -> {
                if (startsWith(text, "&amp;", i) && i + 5 <= end) {
                    html.append("&amp;");
                    return i + 5;
                }
                // an entity needs a name or '#' right after the '&'
                if (i + 1 < end && text[i + 1] != ' ' && text[i + 1] != '\n') {
                    return -1;
                }
                html.append("&amp;");
            }
            case '<' -> {
                // raw HTML and <autolinks> start with a letter, '/', '!' or '?' right after the '<'
                if (i + 1 >= end || !(text[i + 1] == ' ' || Character.isDigit(text[i + 1]))) {
                    return -1;
                }
                html.append("&lt;");
            }
            case '>' -> html.append("&gt;");
            case '@' -> {
                // an address needs a name before the '@'
                if (i == 0 || !(text[i - 1] == ' ' || text[i - 1] == '\n')) {
                    return -1;
                }
                html.append(c);
            }
            default -> {
                if (c < 0x80 || !literal(c)) {
                    return -1;
                }
                html.append(c);
            }
        }
        return i + 1;
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
    private static int code(char[] text, int i, int end, Html html) {
        int from = i + 1;
        int close = from;
        while (close < end && text[close] != '`' && text[close] != '\n') {
            close++;
        }
        if (close >= end || text[close] != '`' || close == from || text[from] == ' '
                || text[close - 1] == ' ' || (close + 1 < end && text[close + 1] == '`')) {
            return -1;
        }
        html.append("<code>");
        for (int k = from; k < close; k++) {
            char c = text[k];
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                default -> {
                    // Flexmark writes two spaces in a code span of a paragraph with a '|' as one
                    if (c < 0x20 || c == 0x7F || c == '|' || (c == ' ' && text[k - 1] == ' ')
                            || (c >= 0x80 && !Character.isLetterOrDigit(c) && !literal(c))) {
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
     * {@code *text*}, {@code **text**}, {@code ***text***}, the same with {@code _}, or
     * {@code ~~text~~} within one line, opened after a space, the paragraph's start or an opening
     * bracket or quote, before a letter or digit; closed after a letter or digit and before a space,
     * the end or punctuation. Returns the index after it, or -1.
     */
    private static int emphasis(char[] text, int i, int end, Html html) {
        char delimiter = text[i];
        int run = 1;
        while (run < 3 && i + run < end && text[i + run] == delimiter) {
            run++;
        }
        int from = i + run;
        char before = i == 0 ? ' ' : text[i - 1];
        if (!(before == ' ' || before == '\n' || before == '(' || before == '"')
                || from >= end || !Character.isLetterOrDigit(text[from]) || (delimiter == '~' && run != 2)) {
            return -1;
        }
        int close = from;
        while (close < end && text[close] != delimiter && text[close] != '\n') {
            close++;
        }
        int after = close + run;
        if (close >= end || text[close] != delimiter || !Character.isLetterOrDigit(text[close - 1])
                || after > end) {
            return -1;
        }
        for (int k = close + 1; k < after; k++) {
            if (text[k] != delimiter) {
                return -1;
            }
        }
        if (after < end) {
            char next = text[after];
            if (!(next == ' ' || next == '\n' || next == '.' || next == ',' || next == ';' || next == ':'
                    || next == '?' || next == '!' || next == ')' || next == '"')) {
                return -1;
            }
        }
        String open = delimiter == '~' ? "<del>" : run == 1 ? "<em>" : run == 2 ? "<strong>" : "<em><strong>";
        html.append(open);
        for (int k = from; k < close; ) {
            char c = text[k];
            if (c == '[' || c == '*' || c == '_' || c == '`' || c == '~') {
                return -1;
            }
            k = plainChar(text, k, close, html);
            if (k < 0) {
                return -1;
            }
        }
        html.append(delimiter == '~' ? "</del>" : run == 1 ? "</em>" : run == 2 ? "</strong>" : "</strong></em>");
        return after;
    }

    /**
     * {@code [text](https://host/path?query#fragment)} or the same with a title in double quotes
     * after a space (which the reader's renderer leaves out): plain link text, an http(s) URL of
     * letters, digits, {@code . _ ~ / - ? = & #} and balanced parentheses only. Returns the index
     * after it, or -1.
     */
    private static int link(char[] text, int i, int end, Html html) {
        if (i > 0 && text[i - 1] == '!') {
            return -1;
        }
        int close = indexOf(text, ']', '(', i);
        // Flexmark strips white space at either end of the text
        if (close < 0 || close + 2 >= end || close == i + 1 || text[i + 1] == ' ' || text[close - 1] == ' ') {
            return -1;
        }
        int urlStart = close + 2;
        int host = startsWith(text, "https://", urlStart) ? 8 : startsWith(text, "http://", urlStart) ? 7 : -1;
        if (host < 0) {
            return -1;
        }
        int urlEnd = urlStart + host;
        int depth = 0;
        while (urlEnd < end) {
            char c = text[urlEnd];
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '_' || c == '~' || c == '/' || c == '-' || c == '?' || c == '=' || c == '&' || c == '#')) {
                break;
            }
            urlEnd++;
        }
        if (urlEnd >= end || depth != 0 || urlEnd == urlStart + host) {
            return -1;
        }
        int after = title(text, urlEnd, end);
        if (after < 0) {
            return -1;
        }
        String url = new String(text, urlStart, urlEnd - urlStart);
        // no ';' is allowed, so an '&' cannot start an entity
        html.append("<a href=\"").append(url.replace("&", "&amp;")).append("\" rel=\"").append(ReaderNodeRenderer.REL)
                .append("\">");
        for (int k = i + 1; k < close; ) {
            char c = text[k];
            if (c == '\n' || c == '*' || c == '_' || c == '`' || c == '(' || c == ')' || c == '[' || c == ']'
                    || c == '~') {
                return -1;
            }
            k = plainChar(text, k, close, html);
            if (k < 0) {
                return -1;
            }
        }
        html.append("</a>");
        return after;
    }

    /**
     * The end of a link after its URL at {@code at}: {@code )}, or {@code  "title")} with a title of
     * letters, digits, spaces and ordinary punctuation. Returns the index after the {@code )}, or -1.
     */
    private static int title(char[] text, int at, int end) {
        if (text[at] == ')') {
            return at + 1;
        }
        if (!startsWith(text, " \"", at)) {
            return -1;
        }
        for (int k = at + 2; k < end; k++) {
            char c = text[k];
            if (c == '"') {
                return k + 1 < end && text[k + 1] == ')' && k > at + 2 ? k + 2 : -1;
            }
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == ',' || c == '-')) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean bareLinkAt(char[] text, int i) {
        return startsWith(text, "https://", i) || startsWith(text, "http://", i) || startsWith(text, "www.", i);
    }

    /**
     * A bare {@code https://}, {@code http://} or {@code www.} address after a space or a line's
     * start, as Flexmark's autolinks take it: a host with a dot, then letters, digits,
     * {@code . _ / - ? = & #} and balanced parentheses, ending in a letter, digit or {@code /}, and
     * followed by a space, the end of the line or one of {@code . , ? !} before them. Returns the
     * index after it, or -1.
     */
    private static int bareLink(char[] text, int i, int end, Html html) {
        int hostStart = i + (startsWith(text, "www.", i) ? 4 : text[i + 4] == 's' ? 8 : 7);
        int at = hostStart;
        boolean dot = false;
        while (at < end && (Character.isLetterOrDigit(text[at]) && text[at] < 0x80
                || text[at] == '.' || text[at] == '-')) {
            // a dot inside the host, not one that ends the sentence
            dot |= text[at] == '.' && at + 1 < end && Character.isLetterOrDigit(text[at + 1])
                    && text[at + 1] < 0x80;
            at++;
        }
        if (!dot || at == hostStart || text[hostStart] == '.' || text[hostStart] == '-') {
            return -1;
        }
        int depth = 0;
        while (at < end) {
            char c = text[at];
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth < 0) {
                    return -1;
                }
            } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '_' || c == '/' || c == '-' || c == '?' || c == '=' || c == '&' || c == '#')) {
                break;
            }
            at++;
        }
        int urlEnd = at;
        char last = text[urlEnd - 1];
        if (last == '.' || last == ',' || last == '?' || last == '!') {
            urlEnd--;
            last = text[urlEnd - 1];
        }
        if (depth != 0 || !(Character.isLetterOrDigit(last) || last == '/' || last == ')')
                || at < end && !(text[at] == ' ' || text[at] == '\n')) {
            return -1;
        }
        String url = new String(text, i, urlEnd - i);
        String shown = url.replace("&", "&amp;");
        html.append("<a href=\"").append(url.startsWith("www.") ? "http://" : "").append(shown).append("\" rel=\"")
                .append(ReaderNodeRenderer.REL).append("\">").append(shown).append("</a>");
        return urlEnd;
    }

    /** {@code www.} in any case at {@code i}, where Flexmark's autolink would start. */
    private static boolean wwwDot(char[] text, int i, int end) {
        return end - i >= 4 && (text[i + 1] | 0x20) == 'w' && (text[i + 2] | 0x20) == 'w'
                && text[i + 3] == '.';
    }
}
