package org.rostrum.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.Hints;

/**
 * Checks one table of a language against the English table: every key must be one of English's,
 * plural where English's is plural and plain where it is plain, with each form the language's
 * CLDR rules need and no other, and only the placeholders the English text has. All problems are
 * reported, each at its key or form.
 */
final class TableCheck {

    private final StringTable english;
    private final Map<String, List<String>> parameters;
    private final Plurals plurals;
    private final Diagnostics diagnostics;

    TableCheck(StringTable english, Map<String, List<String>> parameters, Plurals plurals, Diagnostics diagnostics) {
        this.english = english;
        this.parameters = parameters;
        this.plurals = plurals;
        this.diagnostics = diagnostics;
    }

    /** The messages of {@code table} that passed, in its order; the others are reported. */
    List<Message> check(StringTable table) {
        List<Message> good = new ArrayList<>();
        for (Message m : table.messages().values()) {
            if (checkOne(m, table.language())) {
                good.add(m);
            }
        }
        return good;
    }

    private boolean checkOne(Message m, String language) {
        Message model = english.messages().get(m.key());
        if (model == null) {
            diagnostics.error(m.position(), "unknown string key '" + m.key() + "'"
                    + Hints.didYouMean(m.key(), english.messages().keySet()));
            return false;
        }
        if (model.plural() && !m.plural()) {
            diagnostics.error(m.position(), "'" + m.key() + "' needs plural forms, a mapping such as "
                    + String.join("/", plurals.required()) + " for language '" + language + "'");
            return false;
        }
        if (!model.plural() && m.plural()) {
            diagnostics.error(m.position(), "'" + m.key() + "' is one text and has no plural forms");
            return false;
        }
        boolean ok = true;
        if (m.plural()) {
            Set<String> missing = new TreeSet<>(plurals.required());
            missing.removeAll(m.forms().keySet());
            if (!missing.isEmpty()) {
                diagnostics.error(m.position(), "'" + m.key() + "' lacks the plural form"
                        + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + ": language '"
                        + language + "' needs " + String.join(", ", plurals.required()));
                ok = false;
            }
            for (Map.Entry<String, Message.Form> f : m.forms().entrySet()) {
                if (!plurals.categories().contains(f.getKey())) {
                    diagnostics.error(f.getValue().position(), "'" + f.getKey() + "' is not a plural form of language '"
                            + language + "', which has " + String.join(", ", plurals.categories()));
                    ok = false;
                }
            }
        }
        List<String> allowed = new ArrayList<>(parameters.get(m.key()));
        if (m.plural()) {
            allowed.add(0, "count");
        }
        for (Message.Form f : m.forms().values()) {
            for (String name : Strings.placeholders(f.text())) {
                if (!allowed.contains(name)) {
                    diagnostics.error(f.textPosition(), "unknown placeholder {" + name + "} in '" + m.key() + "'"
                            + (allowed.isEmpty() ? ", which takes none"
                                    : ", which takes {" + String.join("}, {", allowed) + "}"));
                    ok = false;
                }
            }
        }
        return ok;
    }
}
