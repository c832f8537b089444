package org.rostrum.source;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.rostrum.diag.SourcePosition;

/**
 * A YAML or JSON value as written, before it is given a type: every scalar is kept as text with its
 * position, so that each field can convert it by its own expected type (YAML 1.2 style: {@code NO}
 * and {@code 1.10} stay text where text is expected). {@code null}, {@code ~} and empty values are
 * {@link Empty}.
 */
sealed interface Value permits Value.Scalar, Value.Sequence, Value.Mapping, Value.Empty {

    /** Where the value starts. */
    SourcePosition position();

    /** What the value is, as messages say it: {@code text}, {@code a list}, {@code a mapping}, {@code empty}. */
    String kind();

    /**
     * A scalar.
     *
     * @param text         the scalar's content
     * @param position     where the scalar starts (its quote or block indicator)
     * @param textPosition where its content starts: the line after {@code |} or {@code >}, after a quote
     */
    record Scalar(String text, SourcePosition position, SourcePosition textPosition) implements Value {
        @Override
        public String kind() {
            return "text";
        }
    }

    record Sequence(List<Value> items, SourcePosition position) implements Value {
        public Sequence {
            items = Collections.unmodifiableList(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A mapping with text keys, in file order, without duplicate keys. */
    record Mapping(List<Entry> entries, SourcePosition position) implements Value {
        public Mapping {
            entries = Collections.unmodifiableList(entries);
        }

        /** The value of {@code key}, if the key is there. */
        Optional<Value> get(String key) {
            for (Entry entry : entries) {
                if (entry.key().text().equals(key)) {
                    return Optional.of(entry.value());
                }
            }
            return Optional.empty();
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record Entry(Scalar key, Value value) {
    }

    /** An absent value: {@code null}, {@code ~}, nothing at all. */
    record Empty(SourcePosition position) implements Value {
        @Override
        public String kind() {
            return "empty";
        }
    }
}
