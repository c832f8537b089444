package org.rostrum.search;

/**
 * The Snowball German stemmer: {@code steuern} and {@code steuer} share the stem {@code steu},
 * {@code bedurfnissen} and {@code bedurfnis} the stem {@code bedurfnis}. It runs on folded words
 * ({@link Words#fold}), which have lost their umlauts already, so its last step (taking the
 * umlauts off) has nothing to do; {@code ß} is still there and becomes {@code ss}.
 * {@code static/search.js} runs the same algorithm in the browser, and {@code StemmerParityIT}
 * holds the two to the same output. Stateless.
 */
final class GermanStemmer {

    private GermanStemmer() {
    }

    static String stem(String word) {
        StringBuilder w = new StringBuilder(word.length() + 2);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'ß') {
                w.append("ss");
            } else {
                w.append(c);
            }
        }
        markConsonants(w);
        // R1 starts after the first non-vowel that follows a vowel, but not before the fourth letter;
        // R2 is found the same way from where R1 would start without that rule.
        int p1 = region(w, 0);
        int r1 = w.length() < 3 ? w.length() : Math.max(p1, 3);
        int r2 = w.length() < 3 ? w.length() : region(w, p1);
        step1(w, r1);
        step2(w, r1);
        step3(w, r1, r2);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'U' || c == 'Y') {
                w.setCharAt(i, Character.toLowerCase(c));
            }
        }
        return w.toString();
    }

    /**
     * A {@code u} or {@code y} between vowels counts as a consonant ({@code U}, {@code Y}): a left
     * to right scan in which the vowel after a marked letter cannot start the next match.
     */
    private static void markConsonants(StringBuilder w) {
        int i = 0;
        while (i + 2 < w.length()) {
            char c = w.charAt(i + 1);
            if (isVowel(w.charAt(i)) && (c == 'u' || c == 'y') && isVowel(w.charAt(i + 2))) {
                w.setCharAt(i + 1, Character.toUpperCase(c));
                i += 3;
            } else {
                i++;
            }
        }
    }

    /** Step 1: {@code em ern er}, {@code e en es} (and {@code niss} to {@code nis}), {@code s} after an s-ending. */
    private static void step1(StringBuilder w, int r1) {
        String suffix = longest(w, "ern", "em", "er", "en", "es", "e", "s");
        if (suffix == null || w.length() - suffix.length() < r1) {
            return;
        }
        int at = w.length() - suffix.length();
        switch (suffix) {
            case "em", "ern", "er" -> w.setLength(at);
            case "e", "en", "es" -> {
                w.setLength(at);
                if (Words.endsWith(w, "niss")) {
                    w.setLength(w.length() - 1);
                }
            }
            default -> {
                if (at > 0 && "bdfghklmnrt".indexOf(w.charAt(at - 1)) >= 0) {
                    w.setLength(at);
                }
            }
        }
    }

    /** Step 2: {@code en er est}, and {@code st} after an st-ending that has at least three letters before it. */
    private static void step2(StringBuilder w, int r1) {
        String suffix = longest(w, "est", "en", "er", "st");
        if (suffix == null || w.length() - suffix.length() < r1) {
            return;
        }
        int at = w.length() - suffix.length();
        if (!suffix.equals("st")) {
            w.setLength(at);
        } else if (at - 1 >= 3 && "bdfghklmnt".indexOf(w.charAt(at - 1)) >= 0) {
            w.setLength(at);
        }
    }

    /** Step 3, the derivational suffixes: {@code end ung}, {@code ig ik isch}, {@code lich heit}, {@code keit}. */
    private static void step3(StringBuilder w, int r1, int r2) {
        String suffix = longest(w, "isch", "lich", "heit", "keit", "end", "ung", "ig", "ik");
        if (suffix == null || w.length() - suffix.length() < r2) {
            return;
        }
        int at = w.length() - suffix.length();
        switch (suffix) {
            case "end", "ung" -> {
                w.setLength(at);
                if (Words.endsWith(w, "ig") && w.length() - 2 >= r2 && !(w.length() > 2 && w.charAt(w.length() - 3) == 'e')) {
                    w.setLength(w.length() - 2);
                }
            }
            case "ig", "ik", "isch" -> {
                if (!(at > 0 && w.charAt(at - 1) == 'e')) {
                    w.setLength(at);
                }
            }
            case "lich", "heit" -> {
                w.setLength(at);
                if ((Words.endsWith(w, "er") || Words.endsWith(w, "en")) && w.length() - 2 >= r1) {
                    w.setLength(w.length() - 2);
                }
            }
            default -> {
                w.setLength(at);
                String next = longest(w, "lich", "ig");
                if (next != null && w.length() - next.length() >= r2) {
                    w.setLength(w.length() - next.length());
                }
            }
        }
    }

    /** Where the region after the first non-vowel following a vowel at or after {@code from} starts. */
    private static int region(CharSequence w, int from) {
        for (int i = from + 1; i < w.length(); i++) {
            if (!isVowel(w.charAt(i)) && isVowel(w.charAt(i - 1))) {
                return i + 1;
            }
        }
        return w.length();
    }

    /** The longest of {@code suffixes} (given longest first) that {@code w} ends with, or null. */
    private static String longest(CharSequence w, String... suffixes) {
        for (String s : suffixes) {
            if (Words.endsWith(w, s)) {
                return s;
            }
        }
        return null;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'ä' || c == 'ö'
                || c == 'ü';
    }
}
