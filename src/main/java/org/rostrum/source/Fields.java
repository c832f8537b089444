package org.rostrum.source;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.Hints;
import org.rostrum.diag.SourcePosition;
import org.rostrum.markdown.LegalText;
import org.rostrum.model.Timestamp;

/**
 * Typed access to the fields of one YAML or JSON mapping. Each accessor converts the text of its
 * field by the type it expects and reports a value of the wrong kind or form as an error at the
 * value, in one pattern: {@code field 'draft' must be true or false, not 'yes'}. Absent,
 * {@code null}, {@code ~} and empty values are absent. Unknown fields are warnings with a
 * "did you mean" hint.
 */
final class Fields {

    static final String DATE = "a date like 2019-01-28 or 2019-01-28T09:30:00+01:00";
    private static final int QUOTE_LIMIT = 60;

    /**
     * The fields a kind of mapping may have.
     *
     * @param subject what the mapping is, for the not-a-mapping message: {@code front matter}
     * @param shape   what it must be: {@code a mapping of fields}
     * @param prefix  put before field names in messages, for nested mappings: {@code comments.}
     * @param names   the known field names
     * @param strict  whether an unknown field is an error rather than a warning: where a misspelt
     *                key would silently lose content (the {@code comments} list of comments.yaml)
     */
    record Kind(String subject, String shape, String prefix, Set<String> names, boolean strict) {
        Kind(String subject, String shape, String prefix, Set<String> names) {
            this(subject, shape, prefix, names, false);
        }

        Kind(String subject, Set<String> names) {
            this(subject, "a mapping of fields", "", names);
        }
    }

    private final Value.Mapping mapping;
    private final Kind kind;
    private final SourcePosition missingAt;
    private final Diagnostics diagnostics;

    private Fields(Value.Mapping mapping, Kind kind, SourcePosition missingAt, Diagnostics diagnostics) {
        this.mapping = mapping;
        this.kind = kind;
        this.missingAt = missingAt;
        this.diagnostics = diagnostics;
    }

    /**
     * The fields of {@code value}, which must be a mapping (an empty value counts as a mapping
     * without fields). Warns about unknown fields. A missing required field is reported at
     * {@code missingAt}.
     */
    static Optional<Fields> of(Value value, Kind kind, SourcePosition missingAt, Diagnostics diagnostics) {
        Value.Mapping mapping;
        if (value instanceof Value.Mapping m) {
            mapping = m;
        } else if (value instanceof Value.Empty) {
            mapping = new Value.Mapping(List.of(), value.position());
        } else {
            diagnostics.error(value.position(), kind.subject() + " must be " + kind.shape() + ", not " + value.kind());
            return Optional.empty();
        }
        for (Value.Entry entry : mapping.entries()) {
            String name = entry.key().text();
            if (!kind.names().contains(name)) {
                String message = "unknown field " + quote(kind.prefix() + name)
                        + Hints.closest(name, kind.names().stream().sorted().toList())
                                .map(c -> " (did you mean '" + kind.prefix() + c + "'?)").orElse("");
                if (kind.strict()) {
                    diagnostics.error(entry.key().position(), message);
                } else {
                    diagnostics.warning(entry.key().position(), message);
                }
            }
        }
        return Optional.of(new Fields(mapping, kind, missingAt, diagnostics));
    }

    /** The mapping's own position. */
    SourcePosition position() {
        return mapping.position();
    }

    /** The value of a field, unless it is absent or empty. */
    Optional<Value> value(String name) {
        return mapping.get(name).filter(v -> !(v instanceof Value.Empty));
    }

    /** A scalar field as written (not trimmed); a list or mapping is an error. Blank counts as absent. */
    Optional<Value.Scalar> scalar(String name, String expected) {
        Optional<Value> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof Value.Scalar scalar) {
            return scalar.text().isBlank() ? Optional.empty() : Optional.of(scalar);
        }
        wrongKind(name, expected, value.get(), "");
        return Optional.empty();
    }

    /** A text field, trimmed; blank counts as absent. */
    /**
     * A text field, stripped. Characters that HTML and XML do not allow in a document (controls
     * other than tab and line breaks, which YAML and JSON escapes can write, and lone surrogates)
     * become U+FFFD, so that no page or feed that shows the text is invalid; fields with a syntax of
     * their own (ids, URLs, aliases) are read raw and rejected instead.
     */
    Optional<String> text(String name) {
        return scalar(name, "text").map(s -> LegalText.of(s.text().strip()));
    }

    Optional<String> requiredText(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty() && isMissing(name)) {
            missing(name);
        }
        return text;
    }

    Optional<Boolean> bool(String name) {
        return scalar(name, "true or false").flatMap(s -> switch (s.text().strip()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> invalid(name, "true or false", s);
        });
    }

    OptionalInt positiveInt(String name) {
        String expected = "a positive whole number";
        Optional<Value.Scalar> scalar = scalar(name, expected);
        if (scalar.isEmpty()) {
            return OptionalInt.empty();
        }
        String text = scalar.get().text().strip();
        if (text.matches("[0-9]{1,9}") && Integer.parseInt(text) > 0) {
            return OptionalInt.of(Integer.parseInt(text));
        }
        invalid(name, expected, scalar.get());
        return OptionalInt.empty();
    }

    Optional<Timestamp> timestamp(String name, ZoneId zone) {
        return scalar(name, DATE).flatMap(s -> Timestamps.parse(s.text().strip(), zone)
                .or(() -> Timestamps.impossible(s.text().strip()).isPresent() ? notADate(name, s) : invalid(name, DATE, s)));
    }

    private <T> Optional<T> notADate(String name, Value.Scalar value) {
        String text = value.text().strip();
        diagnostics.error(value.position(), "field " + quote(kind.prefix() + name) + " is not a real date: "
                + text + ": " + Timestamps.impossible(text).orElseThrow());
        return Optional.empty();
    }

    Optional<Timestamp> requiredTimestamp(String name, ZoneId zone) {
        Optional<Timestamp> timestamp = timestamp(name, zone);
        if (timestamp.isEmpty() && isMissing(name)) {
            missing(name);
        }
        return timestamp;
    }

    /** One of a fixed set of words, for example a status. */
    <T> Optional<T> oneOf(String name, Map<String, T> choices, String expected) {
        return scalar(name, expected).flatMap(s -> Optional.ofNullable(choices.get(s.text().strip()))
                .or(() -> invalid(name, expected, s)));
    }

    /**
     * A list field. Text where a list is expected is an error whose hint {@code textHint} builds from
     * the text (for example {@code write topics: [Security]}).
     */
    Optional<Value.Sequence> list(String name, String expected, UnaryOperator<String> textHint) {
        Optional<Value> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof Value.Sequence sequence) {
            return Optional.of(sequence);
        }
        String hint = value.get() instanceof Value.Scalar s ? " (" + textHint.apply(s.text().strip()) + ")" : "";
        wrongKind(name, expected, value.get(), hint);
        return Optional.empty();
    }

    Optional<Value.Mapping> mapping(String name) {
        Optional<Value> value = value(name);
        if (value.isPresent() && !(value.get() instanceof Value.Mapping)) {
            wrongKind(name, "a mapping", value.get(), "");
            return Optional.empty();
        }
        return value.map(Value.Mapping.class::cast);
    }

    /** Reports a required field as missing, at the mapping (or the file) start. */
    void missing(String name) {
        diagnostics.error(missingAt, "missing required field " + quote(kind.prefix() + name));
    }

    /** True when the field is not there at all or empty (as opposed to there but invalid). */
    private boolean isMissing(String name) {
        Optional<Value> value = mapping.get(name);
        return value.isEmpty() || value.get() instanceof Value.Empty
                || (value.get() instanceof Value.Scalar s && s.text().isBlank());
    }

    /** Reports a value of the right kind but the wrong form: {@code field 'x' must be E, not 'v'}. */
    <T> Optional<T> invalid(String name, String expected, Value.Scalar value) {
        return invalid(name, expected, value, "");
    }

    /** As {@link #invalid(String, String, Value.Scalar)}, with a hint such as {@code  (did you mean 'x'?)} after it. */
    <T> Optional<T> invalid(String name, String expected, Value.Scalar value, String hint) {
        diagnostics.error(value.position(), "field " + quote(kind.prefix() + name) + " must be " + expected
                + ", not " + quote(value.text().strip()) + hint);
        return Optional.empty();
    }

    private void wrongKind(String name, String expected, Value value, String hint) {
        diagnostics.error(value.position(), "field " + quote(kind.prefix() + name) + " must be " + expected
                + ", not " + value.kind() + hint);
    }

    /**
     * Text in single quotes for a message: shortened past 60 characters, line breaks and other
     * control characters escaped so that a message stays on one line.
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < text.length(); i++) {
            if (shown == QUOTE_LIMIT) {
                out.append('…');
                break;
            }
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
            shown++;
        }
        return out.append('\'').toString();
    }
}
