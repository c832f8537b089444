package org.rostrum.i18n;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;

/**
 * The interface strings of one language, resolved: for every key of the English table, the text of
 * the last table that writes it. Texts hold named placeholders ({@code {count}}, {@code {name}});
 * the arguments of a key fill them in the order they first appear in the English text, after the
 * count of a plural key, which fills {@code {count}} and chooses the form by the language's CLDR
 * rules (ICU4J). Numbers are written as the language writes them (the JDK's CLDR data: ICU's number
 * data is left out of the packed jar).
 *
 * <p>Immutable; safe to share between threads.
 */
public final class Strings {

    /** The language whose table names every key. */
    public static final String ENGLISH = "en";
    private static final String COUNT = "count";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final String language;
    private final Plurals plurals;
    /** Cloned for each use: a {@link NumberFormat} is not safe to share between threads. */
    private final NumberFormat numbers;
    private final Map<String, Message> messages;
    private final Map<String, List<String>> parameters;

    private Strings(String language, Map<String, Message> messages, Map<String, List<String>> parameters) {
        this.language = language;
        this.plurals = new Plurals(language);
        this.numbers = NumberFormat.getIntegerInstance(latinDigits(java.util.Locale.forLanguageTag(language)));
        this.messages = Collections.unmodifiableMap(messages);
        this.parameters = Collections.unmodifiableMap(parameters);
    }

    /**
     * Resolves the strings of {@code language}.
     *
     * @param english     Rostrum's English table, which names every key
     * @param tables      the tables of the language over it, lowest first: Rostrum's own for the
     *                    language, then the site's; each is checked against the English table
     * @param missingAt   where to report keys that no table of the language writes, when none of
     *                    {@code tables} is there to blame (the site's {@code language})
     * @param diagnostics unknown keys, placeholders and plural forms are errors; keys left in
     *                    English for a language other than English are a warning
     */
    public static Strings resolve(String language, StringTable english, List<StringTable> tables,
            SourcePosition missingAt, Diagnostics diagnostics) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        english.messages().forEach((key, m) -> parameters.put(key, parametersOf(m)));
        Map<String, Message> resolved = new LinkedHashMap<>(english.messages());
        Plurals plurals = new Plurals(language);
        for (StringTable table : tables) {
            new TableCheck(english, parameters, plurals, diagnostics).check(table)
                    .forEach(m -> resolved.put(m.key(), m));
        }
        if (!primary(language).equals(ENGLISH)) {
            List<String> missing = new ArrayList<>();
            resolved.forEach((key, m) -> {
                if (m == english.messages().get(key)) {
                    missing.add(key);
                }
            });
            if (!missing.isEmpty()) {
                SourcePosition at = tables.isEmpty() ? missingAt : tables.get(tables.size() - 1).origin();
                diagnostics.warning(at, missingMessage(language, missing, tables.isEmpty()));
            }
        }
        return new Strings(language, resolved, parameters);
    }

    private static String missingMessage(String language, List<String> missing, boolean noTable) {
        if (noTable) {
            return "Rostrum has no interface strings for language '" + language + "': the interface is shown in"
                    + " English (write i18n/" + primary(language) + ".yaml in the content folder to translate it)";
        }
        String keys = String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                + (missing.size() > 5 ? ", …" : "");
        return missing.size() + (missing.size() == 1 ? " string is" : " strings are") + " missing for language '"
                + language + "' and shown in English: " + keys;
    }

    /**
     * Counts in the digits that dates and page numbers use (0–9), unless the tag asks for others
     * ({@code ar-u-nu-arab}).
     */
    private static java.util.Locale latinDigits(java.util.Locale locale) {
        return locale.getUnicodeLocaleType("nu") != null ? locale
                : new java.util.Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    /** The language part of a tag: {@code de} of {@code de-AT}. */
    public static String primary(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }

    /** The placeholders of an English message other than {@code {count}}, in order of first use. */
    private static List<String> parametersOf(Message english) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(english.form(Plurals.OTHER));
        while (m.find()) {
            if (!names.contains(m.group(1)) && !(english.plural() && m.group(1).equals(COUNT))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Every placeholder {@code text} uses. */
    static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The BCP 47 tag these strings are for. */
    public String language() {
        return language;
    }

    /** {@code rtl} for a language written right to left, else {@code ltr}: for {@code <html dir>}. */
    public String direction() {
        return directionOf(language);
    }

    /** {@code rtl} when {@code language} (a BCP 47 tag) is written right to left, else {@code ltr}. */
    public static String directionOf(String language) {
        return Plurals.rightToLeft(language) ? "rtl" : "ltr";
    }

    /** Every key, in the English table's order. */
    public Set<String> keys() {
        return messages.keySet();
    }

    /** Whether {@code key} has plural forms, so takes a count first. */
    public boolean isPlural(String key) {
        return require(key).plural();
    }

    /** The names of the placeholders that the arguments of {@code key} fill, in order (the count not included). */
    public List<String> parameters(String key) {
        require(key);
        return parameters.get(key);
    }

    /** The text of a key without plural forms, its placeholders filled by {@code args} in order. */
    public String text(String key, String... args) {
        return render(key, null, List.of(args), UnaryOperator.identity());
    }

    /** The form of a plural key that {@code count} takes, with {@code {count}} and the other placeholders filled. */
    public String plural(String key, long count, String... args) {
        return render(key, count, List.of(args), UnaryOperator.identity());
    }

    /** The CLDR plural form {@code count} takes in this language ({@code one}, {@code few}…). */
    public String pluralForm(long count) {
        return plurals.select(count);
    }

    /** Every plural form of this language, for scripts that choose one themselves. */
    public Set<String> pluralForms() {
        return plurals.categories();
    }

    /** The text of {@code form} of a plural key (or {@code other} when the table has none), placeholders unfilled. */
    public String form(String key, String form) {
        return require(key).form(form);
    }

    /** {@code n} as this language writes numbers: {@code 1,234} in English, {@code 1.234} in German. */
    public String number(long n) {
        return ((NumberFormat) numbers.clone()).format(n);
    }

    /**
     * The text of {@code key}: for a plural key ({@code count} not null) its form for the count.
     * {@code literal} is applied to the text around placeholders (to escape it for HTML, say); the
     * arguments are inserted as given.
     *
     * @throws IllegalArgumentException when the key is unknown, the count is given to a key without
     *         plural forms or missing for one, or the number of arguments is wrong; the message says
     *         what the key takes
     */
    public String render(String key, Long count, List<String> args, UnaryOperator<String> literal) {
        Message m = require(key);
        List<String> names = parameters.get(key);
        if (m.plural() != (count != null) || args.size() != names.size()) {
            throw new IllegalArgumentException("'" + key + "' takes " + signature(key));
        }
        String text = m.plural() ? m.form(plurals.select(count)) : m.form(Plurals.OTHER);
        StringBuilder out = new StringBuilder(text.length() + 32);
        Matcher p = PLACEHOLDER.matcher(text);
        int at = 0;
        while (p.find()) {
            out.append(literal.apply(text.substring(at, p.start())));
            String name = p.group(1);
            int index = names.indexOf(name);
            out.append(m.plural() && name.equals(COUNT) ? number(count) : index >= 0 ? args.get(index)
                    : literal.apply(p.group()));
            at = p.end();
        }
        out.append(literal.apply(text.substring(at)));
        return out.toString();
    }

    /** What {@code key} takes, as an error message says it: {@code a count and {name}}. */
    public String signature(String key) {
        Message m = require(key);
        List<String> names = new ArrayList<>();
        if (m.plural()) {
            names.add("a count");
        }
        parameters.get(key).forEach(n -> names.add("{" + n + "}"));
        return names.isEmpty() ? "no arguments" : String.join(" and ", names);
    }

    private Message require(String key) {
        Message m = messages.get(key);
        if (m == null) {
            throw new NoSuchElementException("unknown string key '" + key + "'");
        }
        return m;
    }

    /** Whether {@code key} is a key of the tables. */
    public boolean has(String key) {
        return messages.containsKey(key);
    }
}
