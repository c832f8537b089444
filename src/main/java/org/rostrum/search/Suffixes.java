package org.rostrum.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntPredicate;

/** The Snowball stemmers' common steps: finding the longest suffix of a list, and R1, R2 and RV. Stateless. */
final class Suffixes {

    private Suffixes() {
    }

    /** The words of {@code groups} (separated by spaces), longest first: a list for {@link #longest}. */
    static String[] byLength(String... groups) {
        return Arrays.stream(String.join(" ", groups).split(" "))
                .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
    }

    /**
     * The longest of {@code suffixes} (given longest first) that {@code w} ends with and that starts at
     * or after {@code from}, or null.
     */
    static String longest(CharSequence w, int from, String... suffixes) {
        for (String s : suffixes) {
            if (w.length() - s.length() >= from && Words.endsWith(w, s)) {
                return s;
            }
        }
        return null;
    }

    /**
     * RV of the Romance stemmers (Spanish, Italian, Portuguese): after the next vowel if the second
     * letter is a consonant, after the next consonant if the word starts with two vowels, else after
     * the third letter.
     */
    static int vowelRegion(CharSequence w, IntPredicate vowel) {
        int n = w.length();
        if (n < 2) {
            return n;
        }
        boolean first = vowel.test(w.charAt(0));
        boolean second = vowel.test(w.charAt(1));
        if (second && !first) {
            return n >= 3 ? 3 : n;
        }
        for (int i = 2; i < n; i++) {
            if (vowel.test(w.charAt(i)) != second) {
                return i + 1;
            }
        }
        return n;
    }

    /** Where the region after the first non-vowel following a vowel at or after {@code from} starts (R1, R2). */
    static int region(CharSequence w, int from, IntPredicate vowel) {
        for (int i = from + 1; i < w.length(); i++) {
            if (!vowel.test(w.charAt(i)) && vowel.test(w.charAt(i - 1))) {
                return i + 1;
            }
        }
        return w.length();
    }
}
