package org.rostrum.i18n;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CLDR plural rules of one language, from ICU4J: which form a count takes ({@code one},
 * {@code few}, {@code many}, {@code other}…), and which forms a table must therefore have.
 * Immutable; safe to share between threads.
 */
final class Plurals {

    static final String OTHER = "other";

    private final PluralRules rules;
    private final Set<String> categories;
    private final Set<String> required;

    Plurals(String language) {
        this.rules = PluralRules.forLocale(ULocale.forLanguageTag(language));
        this.categories = new TreeSet<>(rules.getKeywords());
        this.required = new TreeSet<>();
        for (String category : categories) {
            Collection<?> samples = rules.getSamples(category, PluralRules.SampleType.INTEGER);
            if (category.equals(OTHER) || samples != null && !samples.isEmpty()) {
                required.add(category);
            }
        }
    }

    /** The form that {@code count} takes. */
    String select(long count) {
        return rules.select(count);
    }

    /** Every form the language has, sorted. */
    Set<String> categories() {
        return categories;
    }

    /**
     * The forms a table must write: those that some whole number takes, and {@code other}. (Forms
     * only fractions take, such as Polish {@code other}, are among them only as {@code other}.)
     */
    Set<String> required() {
        return required;
    }

    /** Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu…). */
    static boolean rightToLeft(String language) {
        return ULocale.addLikelySubtags(ULocale.forLanguageTag(language)).isRightToLeft();
    }
}
