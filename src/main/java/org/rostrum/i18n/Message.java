package org.rostrum.i18n;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.rostrum.diag.SourcePosition;

/**
 * One string of a table, as written.
 *
 * @param key      its key, such as {@code comments.count}
 * @param plural   whether it has plural forms (a mapping of CLDR categories) rather than one text
 * @param forms    the text of each plural category ({@code one}, {@code few}, {@code other}…), each
 *                 with its position; a plain text is the one form {@code other}. Sorted by category.
 * @param position where the key is written
 */
public record Message(String key, boolean plural, Map<String, Form> forms, SourcePosition position) {

    public Message {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(position, "position");
        forms = Map.copyOf(new TreeMap<>(forms));
    }

    /**
     * A text without plural forms.
     *
     * @param position     where the key is written
     * @param textPosition where the text is written
     */
    public static Message text(String key, String text, SourcePosition position, SourcePosition textPosition) {
        return new Message(key, false, Map.of(Plurals.OTHER, new Form(text, textPosition, textPosition)), position);
    }

    /** The text of {@code category}, or of {@code other} when the table has no such form. */
    String form(String category) {
        Form f = forms.get(category);
        return (f != null ? f : forms.get(Plurals.OTHER)).text();
    }

    /**
     * A plural form's text and where it is written.
     *
     * @param text         the text with its {@code {placeholders}}
     * @param position     where the form's name ({@code few:}) is written; for a text without
     *                     plural forms, where the text is
     * @param textPosition where the text is written
     */
    public record Form(String text, SourcePosition position, SourcePosition textPosition) {
    }
}
