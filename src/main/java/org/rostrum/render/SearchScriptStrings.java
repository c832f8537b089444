package org.rostrum.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.rostrum.i18n.Strings;

/**
 * The interface strings that {@code search.js} writes in the reader's browser, as JSON for the
 * search page: {@code {"search.nothing": "Nothing found.", "search.results": {"one": "{count}
 * result.", "other": "{count} results."}, ...}}, the keys the script uses, a plural key with a text
 * for each plural form of the language (the script chooses one with {@code Intl.PluralRules}, which
 * follows the same CLDR rules). Safe inside {@code <script>}: {@code <}, {@code >} and {@code &} are
 * escaped.
 */
final class SearchScriptStrings {

    /** The keys {@code search.js} writes, in the English table's order. */
    static final List<String> KEYS = List.of("search.searching", "search.nothing", "search.results",
            "search.results.paged", "search.failed", "search.kind.debate", "search.kind.question",
            "search.kind.response", "search.kind.comment", "search.kind.page", "search.by", "search.previous",
            "search.next");

    private SearchScriptStrings() {
    }

    static String json(Strings strings) {
        JsonFactory factory = new JsonFactory();
        factory.setCharacterEscapes(new JsonDocuments.ScriptSafeEscapes());
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            for (String key : KEYS) {
                if (strings.isPlural(key)) {
                    g.writeObjectFieldStart(key);
                    for (String form : strings.pluralForms()) {
                        g.writeStringField(form, strings.form(key, form));
                    }
                    g.writeEndObject();
                } else {
                    g.writeStringField(key, strings.form(key, "other"));
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
