package org.rostrum.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;

/**
 * Reads JSON ({@code comments.json}) with Jackson's streaming parser into the same {@link Value}s
 * as YAML, so that both are checked by the same code. Numbers and booleans become text as written;
 * {@code null} is {@link Value.Empty}. Duplicate keys are errors at the second key; nesting is
 * bounded by {@link Limits#maxDepth()}, without recursion.
 *
 * <p>Immutable and safe to share between threads.
 */
final class JsonReader {

    private final Limits limits;
    private final JsonFactory factory;

    JsonReader(Limits limits) {
        this.limits = limits;
        int max = (int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes());
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(max)
                        .maxNestingDepth(limits.maxDepth() + 1) // checked here first, with our message
                        .build())
                .build();
    }

    /** A list or mapping being read. */
    private static final class Open {
        final SourcePosition position;
        final List<Value> items;
        final List<Value.Entry> entries;
        final Map<String, Value.Scalar> keys;
        Value.Scalar key;

        Open(SourcePosition position, boolean mapping) {
            this.position = position;
            this.items = mapping ? null : new ArrayList<>();
            this.entries = mapping ? new ArrayList<>() : null;
            this.keys = mapping ? new HashMap<>() : null;
        }

        Value close() {
            return entries == null ? new Value.Sequence(items, position) : new Value.Mapping(entries, position);
        }
    }

    /** Reads a whole file; empty when it is not valid JSON (the problem is reported). */
    Optional<Value> read(SourceText source, Diagnostics diagnostics) {
        try (JsonParser parser = factory.createParser(source.text())) {
            Deque<Open> open = new ArrayDeque<>();
            Value root = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                SourcePosition position = position(source, parser.currentTokenLocation());
                if (root != null) {
                    diagnostics.error(position, "invalid JSON: unexpected content after the end of the document");
                    return Optional.empty();
                }
                Value done = null;
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        if (open.size() >= limits.maxDepth()) {
                            diagnostics.error(position,
                                    "nesting is too deep (more than " + limits.maxDepth() + " levels)");
                            return Optional.empty();
                        }
                        open.push(new Open(position, token == JsonToken.START_OBJECT));
                    }
                    case END_OBJECT, END_ARRAY -> done = open.pop().close();
                    case FIELD_NAME -> open.peek().key = new Value.Scalar(parser.currentName(), position, position);
                    case VALUE_NULL -> done = new Value.Empty(position);
                    case VALUE_STRING -> done = new Value.Scalar(parser.getText(), position,
                            position.down(0, position.column() + 1));
                    default -> done = new Value.Scalar(parser.getText(), position, position);
                }
                if (done != null) {
                    root = open.isEmpty() ? done : add(open.peek(), done, diagnostics);
                }
            }
            return Optional.of(root == null ? new Value.Empty(source.start()) : root);
        } catch (JsonProcessingException e) {
            diagnostics.error(position(source, e.getLocation()), "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            diagnostics.error(source.start(), "invalid JSON: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Adds a finished value to its parent; returns null, since the document is not finished. */
    private static Value add(Open parent, Value value, Diagnostics diagnostics) {
        if (parent.entries == null) {
            parent.items.add(value);
            return null;
        }
        Value.Scalar key = parent.key;
        Value.Scalar first = parent.keys.putIfAbsent(key.text(), key);
        if (first != null) {
            diagnostics.error(key.position(), "duplicate key " + Fields.quote(key.text())
                    + " (first at line " + first.position().line() + ")");
        } else {
            parent.entries.add(new Value.Entry(key, value));
        }
        return null;
    }

    private static SourcePosition position(SourceText source, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return source.start();
        }
        return new SourcePosition(source.path(), location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
