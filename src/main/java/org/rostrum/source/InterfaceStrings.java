package org.rostrum.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rostrum.diag.Diagnostic;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.i18n.Message;
import org.rostrum.i18n.StringTable;
import org.rostrum.i18n.Strings;

/**
 * Reads the tables of interface strings: Rostrum's own, packed into it (one per shipped language),
 * and a site's {@code i18n/<language>.yaml}, which adds or overrides strings of its language. A
 * table is a YAML mapping from keys to a text, or for a plural key to a mapping of CLDR plural
 * forms:
 *
 * <pre>{@code
 * nav.topics: Themen
 * comments.count:
 *   one: "{count} Kommentar"
 *   other: "{count} Kommentare"
 * }</pre>
 *
 * <p>For {@code language: de-AT} the tables are, lowest first: English, Rostrum's German, the
 * site's {@code i18n/de.yaml}, the site's {@code i18n/de-AT.yaml}. Immutable; safe to share.
 */
public final class InterfaceStrings {

    /** The folder of a site's tables in its content folder. */
    static final String FOLDER = "i18n";
    /** The languages Rostrum has a complete table for. */
    public static final List<String> SHIPPED = List.of("en", "de", "fr", "es", "it", "pl", "nl", "pt", "ru", "ar");
    private static final String RESOURCES = "org/rostrum/i18n/";

    private final SourceFiles files;

    public InterfaceStrings() {
        this(new SourceFiles(Limits.DEFAULT));
    }

    InterfaceStrings(SourceFiles files) {
        this.files = files;
    }

    /**
     * The strings of {@code language} for the site in {@code contentDir}: Rostrum's tables with the
     * site's over them. Problems of the site's tables go to {@code diagnostics}.
     */
    public Strings load(Path contentDir, String language, Diagnostics diagnostics) {
        List<StringTable> tables = new ArrayList<>();
        String primary = Strings.primary(language);
        shippedTable(primary).filter(t -> !primary.equals(Strings.ENGLISH)).ifPresent(tables::add);
        Path folder = contentDir.resolve(FOLDER);
        for (String name : primary.equals(language) ? List.of(primary) : List.of(primary, language)) {
            Path file = folder.resolve(name + ".yaml");
            if (Files.isRegularFile(file)) {
                files.yaml(file, diagnostics).flatMap(v -> table(v, name, file, diagnostics)).ifPresent(tables::add);
            }
        }
        return Strings.resolve(language, english(), tables, SourcePosition.startOf(contentDir.resolve("site.yaml")),
                diagnostics);
    }

    /** Rostrum's own strings of {@code language}, without a site's. */
    public Strings shipped(String language) {
        String primary = Strings.primary(language);
        List<StringTable> tables = new ArrayList<>();
        shippedTable(primary).filter(t -> !primary.equals(Strings.ENGLISH)).ifPresent(tables::add);
        // A language Rostrum has no table for is shown in English; the warning is the site's to see.
        return Strings.resolve(language, english(), tables, SourcePosition.startOf(Path.of(RESOURCES)),
                new Diagnostics());
    }

    /** Rostrum's English table, which names every key. */
    public StringTable english() {
        return shippedTable(Strings.ENGLISH).orElseThrow();
    }

    /**
     * Rostrum's table of {@code language} (a primary language tag such as {@code de}), when it ships
     * one; reading it reports its problems to {@code diagnostics} (a test checks there are none).
     */
    public Optional<StringTable> shippedTable(String language, Diagnostics diagnostics) {
        String resource = RESOURCES + language + ".yaml";
        try (InputStream in = InterfaceStrings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            SourceText source = new SourceText(Path.of(resource), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return files.yaml(source, diagnostics).flatMap(v -> table(v, language, source.path(), diagnostics));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private Optional<StringTable> shippedTable(String language) {
        Diagnostics problems = new Diagnostics();
        Optional<StringTable> table = shippedTable(language, problems);
        if (problems.hasErrors()) {
            Diagnostic first = problems.sorted().get(0);
            throw new IllegalStateException("Rostrum's own table is broken: " + first);
        }
        return table;
    }

    private static Optional<StringTable> table(Value value, String language, Path file, Diagnostics diagnostics) {
        if (value instanceof Value.Empty) {
            return Optional.of(new StringTable(language, Map.of(), SourcePosition.startOf(file)));
        }
        if (!(value instanceof Value.Mapping mapping)) {
            diagnostics.error(value.position(), "a table of strings must be a mapping from keys to texts, not "
                    + value.kind());
            return Optional.empty();
        }
        Map<String, Message> messages = new LinkedHashMap<>();
        for (Value.Entry entry : mapping.entries()) {
            message(entry, diagnostics).ifPresent(m -> messages.put(m.key(), m));
        }
        return Optional.of(new StringTable(language, messages, SourcePosition.startOf(file)));
    }

    private static Optional<Message> message(Value.Entry entry, Diagnostics diagnostics) {
        String key = entry.key().text();
        SourcePosition at = entry.key().position();
        if (entry.value() instanceof Value.Scalar text) {
            return Optional.of(Message.text(key, text.text(), at, text.textPosition()));
        }
        if (entry.value() instanceof Value.Mapping forms) {
            Map<String, Message.Form> byForm = new LinkedHashMap<>();
            boolean ok = true;
            for (Value.Entry form : forms.entries()) {
                if (form.value() instanceof Value.Scalar text) {
                    byForm.put(form.key().text(), new Message.Form(text.text(), form.key().position(), text.textPosition()));
                } else {
                    diagnostics.error(form.value().position(), "plural form '" + form.key().text() + "' of '" + key
                            + "' must be a text, not " + form.value().kind());
                    ok = false;
                }
            }
            return ok ? Optional.of(new Message(key, true, byForm, at)) : Optional.empty();
        }
        diagnostics.error(entry.value().position(), "'" + key + "' must be a text or a mapping of plural forms"
                + " (one, other…), not " + entry.value().kind());
        return Optional.empty();
    }
}
