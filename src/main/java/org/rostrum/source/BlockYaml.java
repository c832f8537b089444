package org.rostrum.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Composes the common shape of content YAML without the YAML engine, which reads a file code point
 * by code point through several layers: block mappings with plain keys, block sequences (also
 * unindented under a key), one-line plain, single- and double-quoted scalars, and literal block
 * scalars ({@code |} and {@code |-}) — what {@code comments.yaml}, comment files and front matter
 * are made of.
 *
 * <p>Anything else declines: comments, tabs, anchors and aliases, tags, flow collections, folded
 * and multi-line flow scalars, documents markers, an unusual escape or character, nesting at the
 * depth limit, and every form that is an error. A declined text is read by the engine, which then
 * reports its problems as before; so this class never reports anything. What it composes is what
 * the engine composes: the same nodes, values, styles and start marks (line and code point column),
 * as a differential test on generated archives of every shape checks. End marks are only read for
 * plain scalars (a list item that runs on to the next line), so only theirs are the engine's; the
 * others repeat the start.
 *
 * <p>One instance reads one text; not thread-safe.
 */
final class BlockYaml {

    /** What a plain scalar must not start with: YAML's indicators. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String LABEL = "reader";
    private static final int[] NO_BUFFER = new int[0];
    private static final int LONGEST_KEY = 128;

    private final char[] s;
    private final int end;
    private final int maxDepth;
    private int pos;
    private int line;
    private int lineStart;
    private int depth;

    /** Thrown to give up on the text; carries nothing and costs no stack trace. */
    private static final class Declined extends RuntimeException {
        Declined() {
            super(null, null, false, false);
        }
    }

    private BlockYaml(char[] text, int maxDepth) {
        this.s = text;
        this.end = text.length;
        this.maxDepth = maxDepth;
    }

    /**
     * The node the engine would compose from chars {@code from} to {@code to} of {@code source}
     * (marks relative to {@code from}), or empty when the text is not of the shape read here (or is longer than {@code maxChars}, or nests deeper than {@code maxDepth}).
     */
    static Optional<Node> compose(String source, int from, int to, int maxChars, int maxDepth) {
        if (to - from > maxChars) {
            return Optional.empty();
        }
        char[] text = new char[to - from];
        source.getChars(from, to, text, 0);
        if (!isPlainText(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BlockYaml(text, maxDepth).document());
        } catch (Declined e) {
            return Optional.empty();
        }
    }

    /**
     * Whether every character is one the engine reads as an ordinary printable character or a
     * {@code \n}: no tab, no other control, no {@code \r}, none of the characters that some YAML
     * reads as a line break (U+0085, U+2028, U+2029), no byte-order mark, no unpaired surrogate.
     */
    private static boolean isPlainText(char[] text) {
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c >= 0x20 && c < 0x7F || c == '\n') {
                continue;
            }
            if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length || !Character.isLowSurrogate(text[i + 1])) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private Node document() {
        if (nextContentLine() != 0) {
            throw new Declined();
        }
        Node root = block(0, -1);
        if (nextContentLine() != -1) {
            throw new Declined();
        }
        return root;
    }

    /** A mapping or sequence whose first line is the current one, at {@code column}. */
    private Node block(int column, int parentColumn) {
        int at = lineStart + column;
        if (isEntry(at)) {
            return sequence(column, false);
        }
        if (keyEnd(at) > 0) {
            return mapping(column, at);
        }
        throw new Declined();
    }

    private MappingNode mapping(int column, int firstKey) {
        enter();
        Optional<Mark> start = mark(line, column);
        List<NodeTuple> tuples = new ArrayList<>();
        int key = firstKey;
        while (true) {
            int colon = keyEnd(key);
            if (colon < 0) {
                throw new Declined();
            }
            ScalarNode name = new ScalarNode(Tag.STR, true, new String(s, key, colon - key), ScalarStyle.PLAIN,
                    mark(line, column), mark(line, column + colon - key));
            int keyLine = line;
            int v = skipSpaces(colon + 1);
            Node value;
            if (v == end || s[v] == '\n') {
                nextLine(v);
                int next = nextContentLine();
                if (next > column) {
                    value = block(next, column);
                } else if (next == column && isEntry(lineStart + column)) {
                    value = sequence(column, true);
                } else {
                    Optional<Mark> after = mark(keyLine, column + colon + 1 - key);
                    value = new ScalarNode(Tag.STR, true, "", ScalarStyle.PLAIN, after, after);
                }
            } else {
                value = inline(v, column);
            }
            tuples.add(new NodeTuple(name, value));
            int next = nextContentLine();
            if (next > column) {
                throw new Declined();
            }
            if (next < column) {
                break;
            }
            key = lineStart + column;
        }
        depth--;
        return new MappingNode(Tag.MAP, true, tuples, FlowStyle.BLOCK, start, start);
    }

    /** Items start with {@code - } at {@code column}; an unindented one ends at a line that does not. */
    private SequenceNode sequence(int column, boolean unindented) {
        enter();
        Optional<Mark> start = mark(line, column);
        List<Node> items = new ArrayList<>();
        while (true) {
            int dash = lineStart + column;
            if (dash + 1 == end || s[dash + 1] != ' ') {
                throw new Declined();
            }
            int v = skipSpaces(dash + 1);
            if (v == end || s[v] == '\n' || isEntry(v)) {
                throw new Declined();
            }
            items.add(keyEnd(v) > 0 ? mapping(v - lineStart, v) : inline(v, column));
            int next = nextContentLine();
            if (next > column) {
                throw new Declined();
            }
            if (next < column || !isEntry(lineStart + column)) {
                if (next == column && !unindented) {
                    throw new Declined();
                }
                break;
            }
        }
        depth--;
        return new SequenceNode(Tag.SEQ, true, items, FlowStyle.BLOCK, start, start);
    }

    private void enter() {
        if (++depth > maxDepth) {
            throw new Declined();
        }
    }

    /** A scalar starting at {@code v} on the current line; reading goes on at the next line. */
    private ScalarNode inline(int v, int parentColumn) {
        char c = s[v];
        ScalarNode node;
        if (c == '"') {
            node = doubleQuoted(v);
        } else if (c == '\'') {
            node = singleQuoted(v);
        } else if (c == '|') {
            return literal(v, parentColumn);
        } else if (INDICATORS.indexOf(c) >= 0) {
            throw new Declined();
        } else {
            return plain(v);
        }
        return node;
    }

    private ScalarNode plain(int v) {
        int i = v;
        int last = v;
        while (i < end && s[i] != '\n') {
            char c = s[i];
            if (c == ':' && (i + 1 == end || s[i + 1] == ' ' || s[i + 1] == '\n')
                    || c == '#' && s[i - 1] == ' ') {
                throw new Declined();
            }
            if (c != ' ') {
                last = i + 1;
            }
            i++;
        }
        ScalarNode node = new ScalarNode(Tag.STR, true, new String(s, v, last - v), ScalarStyle.PLAIN,
                mark(line, v - lineStart), mark(line, Character.codePointCount(s, lineStart, last - lineStart)));
        nextLine(i);
        return node;
    }

    private ScalarNode doubleQuoted(int v) {
        StringBuilder text = null;
        int run = v + 1;
        int i = run;
        while (true) {
            if (i == end || s[i] == '\n') {
                throw new Declined();
            }
            char c = s[i];
            if (c == '"') {
                break;
            }
            if (c != '\\') {
                i++;
                continue;
            }
            if (text == null) {
                text = new StringBuilder(Math.max(16, (i - run) * 2));
            }
            text.append(s, run, i - run);
            i = escape(i + 1, text);
            run = i;
        }
        String value;
        if (text == null) {
            value = new String(s, run, i - run);
        } else {
            value = text.append(s, run, i - run).toString();
        }
        return quoted(v, i + 1, value, ScalarStyle.DOUBLE_QUOTED);
    }

    /** Appends the escape whose letter is at {@code i}; returns where the text goes on. */
    private int escape(int i, StringBuilder text) {
        if (i == end) {
            throw new Declined();
        }
        char c = s[i];
        char replacement = switch (c) {
            case 'n' -> '\n';
            case '"' -> '"';
            case '\\' -> '\\';
            case 't' -> '\t';
            case '/' -> '/';
            case 'r' -> '\r';
            case ' ' -> ' ';
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'e' -> '\u001b';
            case 'f' -> '\f';
            case 'v' -> '\u000b';
            case 'N' -> '\u0085';
            case '_' -> '\u00a0';
            case 'u' -> unicode(i + 1);
            default -> throw new Declined();
        };
        text.append(replacement);
        return c == 'u' ? i + 5 : i + 1;
    }

    private char unicode(int from) {
        if (from + 4 > end) {
            throw new Declined();
        }
        int value = 0;
        for (int i = from; i < from + 4; i++) {
            int digit = Character.digit(s[i], 16);
            if (digit < 0 || s[i] > 'f') {
                throw new Declined();
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private ScalarNode singleQuoted(int v) {
        StringBuilder text = new StringBuilder();
        int i = v + 1;
        while (true) {
            if (i == end || s[i] == '\n') {
                throw new Declined();
            }
            char c = s[i];
            if (c == '\'') {
                if (i + 1 < end && s[i + 1] == '\'') {
                    text.append('\'');
                    i += 2;
                    continue;
                }
                break;
            }
            text.append(c);
            i++;
        }
        return quoted(v, i + 1, text.toString(), ScalarStyle.SINGLE_QUOTED);
    }

    /** A quoted scalar from {@code v} to {@code after}, which nothing but spaces may follow on its line. */
    private ScalarNode quoted(int v, int after, String value, ScalarStyle style) {
        int rest = skipSpaces(after);
        if (rest < end && s[rest] != '\n') {
            throw new Declined();
        }
        Optional<Mark> start = mark(line, v - lineStart);
        ScalarNode node = new ScalarNode(Tag.STR, true, value, style, start, start);
        nextLine(rest);
        return node;
    }

    /**
     * A literal block scalar whose {@code |} is at {@code v}: its lines are those indented at least
     * as far as its first line, which must be more than {@code parentColumn} and hold text.
     */
    private ScalarNode literal(int v, int parentColumn) {
        int i = v + 1;
        boolean strip = i < end && s[i] == '-';
        if (strip) {
            i++;
        }
        i = skipSpaces(i);
        if (i == end || s[i] != '\n') {
            throw new Declined();
        }
        Optional<Mark> start = mark(line, v - lineStart);
        nextLine(i);
        int indent = spaces(pos);
        int first = pos + indent;
        if (indent <= parentColumn || first == end || s[first] == '\n') {
            throw new Declined();
        }
        StringBuilder text = new StringBuilder();
        int breaks = -1;
        boolean lastBroken = false;
        while (pos < end) {
            int lead = spaces(pos);
            int eol = lineEnd(pos);
            if (lead >= indent && pos + indent < eol) {
                for (int k = 0; k < breaks; k++) {
                    text.append('\n');
                }
                text.append(s, pos + indent, eol - pos - indent);
                breaks = 1;
                lastBroken = eol < end;
                nextLine(eol);
            } else if (pos + lead == eol && eol < end) {
                breaks++;
                nextLine(eol);
            } else {
                break;
            }
        }
        if (!strip && lastBroken) {
            text.append('\n');
        }
        return new ScalarNode(Tag.STR, true, text.toString(), ScalarStyle.LITERAL, start, start);
    }

    /**
     * Moves to the first line from the current one that is not blank and returns its indentation,
     * or -1 at the end of the text. A comment line declines.
     */
    private int nextContentLine() {
        while (pos < end) {
            int lead = spaces(pos);
            int at = pos + lead;
            if (at == end) {
                pos = end;
                return -1;
            }
            if (s[at] == '#') {
                throw new Declined();
            }
            if (s[at] != '\n') {
                return lead;
            }
            nextLine(at);
        }
        return -1;
    }

    /** Goes past the line break at {@code eol} (or to the end of the text). */
    private void nextLine(int eol) {
        if (eol >= end) {
            pos = end;
            return;
        }
        pos = eol + 1;
        lineStart = pos;
        line++;
    }

    /** Where the {@code :} of a plain key starting at {@code at} is, or -1 if no such key starts there. */
    private int keyEnd(int at) {
        int i = at;
        while (i < end && i - at <= LONGEST_KEY) {
            char c = s[i];
            if (c == ':') {
                boolean valueFollows = i + 1 == end || s[i + 1] == ' ' || s[i + 1] == '\n';
                return i > at && valueFollows ? i : -1;
            }
            boolean name = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || (c == '-' || c == '.') && i > at;
            if (!name) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** Whether a sequence entry ({@code - } or a {@code -} that ends its line) starts at {@code at}. */
    private boolean isEntry(int at) {
        return at < end && s[at] == '-' && (at + 1 == end || s[at + 1] == ' ' || s[at + 1] == '\n');
    }

    private int skipSpaces(int from) {
        int i = from;
        while (i < end && s[i] == ' ') {
            i++;
        }
        return i;
    }

    private int spaces(int from) {
        return skipSpaces(from) - from;
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < end && s[i] != '\n') {
            i++;
        }
        return i;
    }

    /** A mark for a line and column; only line and column are read, so the index is the line's. */
    private static Optional<Mark> mark(int line, int column) {
        return Optional.of(new Mark(LABEL, 0, line, column, NO_BUFFER, 0));
    }
}
