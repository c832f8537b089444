package org.rostrum.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Reads YAML (1.2, through SnakeYAML Engine's node API) into {@link Value}s that keep every
 * position. Explicit tags, duplicate keys and non-text keys are errors; the {@link Limits} bound
 * size, nesting and aliases. Syntax errors are reported at the engine's mark.
 *
 * <p>Immutable and safe to share between threads.
 */
final class YamlReader {

    private static final int SMALL_MAPPING = 12;

    private final Limits limits;
    private final LoadSettings settings;
    private final boolean blockShortcut;

    YamlReader(Limits limits) {
        this(limits, true);
    }

    /**
     * @param blockShortcut whether texts of the common shape are composed by {@link BlockYaml}
     *                      rather than by the engine (the same nodes, several times faster); false
     *                      only to compare the two
     */
    YamlReader(Limits limits, boolean blockShortcut) {
        this.limits = limits;
        this.blockShortcut = blockShortcut;
        this.settings = LoadSettings.builder()
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                .setMaxAliasesForCollections(Math.max(1, limits.maxAliasValues()))
                .setAllowDuplicateKeys(true) // checked here, to report them at the second key
                .setAllowRecursiveKeys(false)
                .setUseMarks(true)
                .setSchema(new FailsafeSchema()) // every scalar stays text; no regex per scalar
                .build();
    }

    /**
     * The part of a file that is YAML: char offsets {@code from} to {@code to}, starting at the
     * 0-based line {@code firstLine} of the file (1 for front matter after its {@code ---}).
     */
    record Span(int from, int to, int firstLine) {
    }

    /**
     * Reads the YAML of {@code span} in {@code source}, each text value at most
     * {@code maxScalarChars} long (a longer one is an error at its position and is read as empty).
     * Returns {@link Value.Empty} for a document without content, and empty when the YAML could not
     * be read (the problem is reported).
     */
    Optional<Value> read(SourceText source, Span span, int maxScalarChars, Diagnostics diagnostics) {
        int from = span.from();
        int to = span.to();
        int firstLine = span.firstLine();
        Positions positions = new Positions(source, firstLine);
        Optional<Node> composed = blockShortcut
                ? BlockYaml.compose(source.text(), from, to, settings.getCodePointLimit(), limits.maxDepth())
                : Optional.empty();
        if (composed.isPresent()) {
            return Optional.of(convert(composed.get(), positions, maxScalarChars, diagnostics));
        }
        String yaml = source.text().substring(from, to);
        try {
            GuardedParser parser = new GuardedParser(new ParserImpl(settings, new StreamReader(settings, yaml)),
                    limits, (mark, message) -> diagnostics.error(positions.of(mark), message));
            Optional<Node> node = new Composer(settings, parser).getSingleNode();
            return Optional.of(node.map(n -> convert(n, positions, maxScalarChars, diagnostics))
                    .orElseGet(() -> new Value.Empty(source.position(firstLine, 0))));
        } catch (YamlLimitException e) {
            diagnostics.error(positions.of(e.mark()), e.getMessage());
        } catch (MarkedYamlEngineException e) {
            YamlProblems.Problem problem = YamlProblems.describe(e, source, positions::of);
            diagnostics.error(problem.position(), problem.message());
        } catch (ReaderException e) {
            int offset = yaml.offsetByCodePoints(0, Math.min(e.getPosition(), yaml.codePointCount(0, yaml.length())));
            diagnostics.error(source.positionAt(from + offset),
                    String.format("invalid YAML: character U+%04X is not allowed", e.getCodePoint()));
        } catch (YamlEngineException e) {
            diagnostics.error(source.position(firstLine, 0), "invalid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Reads a whole file as YAML. */
    Optional<Value> read(SourceText source, Diagnostics diagnostics) {
        return read(source, new Span(0, source.text().length(), 0), Integer.MAX_VALUE, diagnostics);
    }

    private Value convert(Node node, Positions positions, int maxScalarChars, Diagnostics diagnostics) {
        SourcePosition position = positions.of(node.getStartMark());
        if (node instanceof ScalarNode scalar) {
            if (scalar.getValue().length() > maxScalarChars) {
                diagnostics.error(position, String.format(Locale.ROOT, "value is longer than %,d characters,"
                        + " the most one value here may have", maxScalarChars));
                return new Value.Empty(position);
            }
            return scalar(scalar, position, positions);
        }
        if (node instanceof SequenceNode sequence) {
            List<Value> items = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                items.add(convert(item, positions, maxScalarChars, diagnostics));
                checkRunOnItem(item, positions, diagnostics);
            }
            return new Value.Sequence(items, position);
        }
        MappingNode mapping = (MappingNode) node;
        List<Value.Entry> entries = new ArrayList<>(mapping.getValue().size());
        Map<String, Value.Scalar> seen = mapping.getValue().size() > SMALL_MAPPING ? new HashMap<>() : null;
        for (NodeTuple tuple : mapping.getValue()) {
            Value key = convert(tuple.getKeyNode(), positions, maxScalarChars, diagnostics);
            if (!(key instanceof Value.Scalar name)) {
                diagnostics.error(key.position(), key instanceof Value.Empty ? "empty key"
                        : "a key must be a name, not " + key.kind());
                continue;
            }
            Value.Scalar first = seen != null ? seen.putIfAbsent(name.text(), name) : find(entries, name.text());
            if (first != null) {
                diagnostics.error(name.position(), "duplicate key " + Fields.quote(name.text())
                        + " (first at line " + first.position().line() + ")");
                continue;
            }
            Value value = convert(tuple.getValueNode(), positions, maxScalarChars, diagnostics);
            if (value instanceof Value.Empty) {
                checkCommentedOutValue(name, positions, diagnostics);
            }
            entries.add(new Value.Entry(name, value));
        }
        return new Value.Mapping(entries, position);
    }

    /**
     * Warns when a key's value is empty because it starts with {@code #}, which YAML reads as a
     * comment: {@code title: #MeToo five years on} has no title.
     */
    private static void checkCommentedOutValue(Value.Scalar key, Positions positions, Diagnostics diagnostics) {
        String line = positions.source().line(key.position().line() - 1);
        int colon = line.indexOf(':', key.position().column() - 1 + key.text().length());
        if (colon < 0) {
            return;
        }
        String rest = line.substring(colon + 1);
        String stripped = rest.stripLeading();
        if (stripped.startsWith("#") && rest.length() > stripped.length() && stripped.length() > 1
                && !Character.isWhitespace(stripped.charAt(1))) {
            int at = colon + 1 + rest.length() - stripped.length();
            diagnostics.warning(key.position().down(0, at + 1), "'#' starts a comment in YAML, so "
                    + Fields.quote(key.text()) + " is empty here; put the value in quotes: " + key.text() + ": \""
                    + stripped.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
    }

    /** The key {@code text} among {@code entries}, for mappings small enough that a scan beats a hash map. */
    private static Value.Scalar find(List<Value.Entry> entries, String text) {
        for (Value.Entry entry : entries) {
            if (entry.key().text().equals(text)) {
                return entry.key();
            }
        }
        return null;
    }

    private static Value scalar(ScalarNode node, SourcePosition position, Positions positions) {
        String text = node.getValue();
        ScalarStyle style = node.getScalarStyle();
        if (style == ScalarStyle.PLAIN && isNull(text)) {
            return new Value.Empty(position);
        }
        SourcePosition textPosition = switch (style) {
            case SINGLE_QUOTED, DOUBLE_QUOTED -> position.down(0, position.column() + 1);
            case LITERAL, FOLDED -> positions.blockContent(node.getStartMark());
            default -> position;
        };
        return new Value.Scalar(text, position, textPosition);
    }

    /**
     * Reports a plain list item that runs on to a line starting with {@code - }: a list item indented
     * too far, which YAML reads as part of the item above ({@code Migration - Europe}).
     */
    private static void checkRunOnItem(Node item, Positions positions, Diagnostics diagnostics) {
        if (!(item instanceof ScalarNode scalar) || scalar.getScalarStyle() != ScalarStyle.PLAIN
                || item.getStartMark().isEmpty() || item.getEndMark().isEmpty()) {
            return;
        }
        int first = item.getStartMark().get().getLine();
        int last = item.getEndMark().get().getLine();
        for (int line = first + 1; line <= last; line++) {
            String text = positions.source().line(positions.firstLine() + line).strip();
            if (text.startsWith("- ")) {
                diagnostics.error(positions.of(Optional.of(item.getStartMark().get())), "this list item runs on to line "
                        + (positions.firstLine() + line + 1) + " and reads as " + Fields.quote(scalar.getValue())
                        + "; to make " + Fields.quote(text) + " an item of its own, indent it like this one");
                return;
            }
        }
    }

    /** The YAML 1.2 core schema's nulls: {@code null}, {@code Null}, {@code NULL}, {@code ~} and nothing. */
    private static boolean isNull(String text) {
        return text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL");
    }

    /** Turns engine marks (0-based, code points, relative to the YAML) into file positions. */
    private record Positions(SourceText source, int firstLine) {

        SourcePosition of(Optional<Mark> mark) {
            if (mark.isEmpty()) {
                return source.position(firstLine, 0);
            }
            Mark m = mark.get();
            return source.position(firstLine + m.getLine(), m.getColumn());
        }

        /** The first content line of a block scalar: the line after its indicator, at its indentation. */
        SourcePosition blockContent(Optional<Mark> indicator) {
            int line = firstLine + indicator.map(Mark::getLine).orElse(0) + 1;
            if (line >= source.lineCount()) {
                return of(indicator);
            }
            String text = source.text();
            int start = source.lineStart(line);
            int at = start;
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            return source.position(line, at - start);
        }
    }
}
