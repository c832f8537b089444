package org.rostrum.source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rostrum.diag.Diagnostics;
import org.rostrum.markdown.LegalText;

/**
 * The {@code params} of {@code site.yaml}: a site's own values for its templates, which Rostrum
 * passes on as {@code site.params} without knowing them. A value is text, a number, true or false,
 * or a list of those; written plainly, {@code true}, {@code false}, {@code 12} and {@code 1.5} are
 * a boolean and numbers, anything else text.
 */
final class SiteParams {

    private static final String EXPECTED = "text, a number, true or false, or a list of them";

    private SiteParams() {
    }

    /** The values of {@code mapping}, in file order; a nested mapping is an error and left out. */
    static Map<String, Object> read(Value.Mapping mapping, Diagnostics diagnostics) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (Value.Entry entry : mapping.entries()) {
            String name = "params." + entry.key().text();
            value(entry.value(), name, diagnostics).ifPresent(v -> params.put(entry.key().text(), v));
        }
        return Collections.unmodifiableMap(params);
    }

    private static Optional<Object> value(Value value, String name, Diagnostics diagnostics) {
        if (value instanceof Value.Scalar scalar) {
            return Optional.of(scalar(scalar.text().strip()));
        }
        if (value instanceof Value.Sequence sequence) {
            List<Object> items = new ArrayList<>();
            for (Value item : sequence.items()) {
                if (item instanceof Value.Scalar scalar) {
                    items.add(scalar(scalar.text().strip()));
                } else if (!(item instanceof Value.Empty)) {
                    wrongKind(item, name, diagnostics);
                    return Optional.empty();
                }
            }
            return Optional.of(List.copyOf(items));
        }
        if (value instanceof Value.Mapping) {
            wrongKind(value, name, diagnostics);
        }
        return Optional.empty();
    }

    private static void wrongKind(Value value, String name, Diagnostics diagnostics) {
        diagnostics.error(value.position(), "field " + Fields.quote(name) + " must be " + EXPECTED + ", not "
                + value.kind());
    }

    private static Object scalar(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (text.matches("-?[0-9]{1,18}")) {
            return Long.valueOf(text);
        }
        if (text.matches("-?[0-9]{1,18}\\.[0-9]{1,18}")) {
            return new BigDecimal(text);
        }
        return LegalText.of(text);
    }
}
