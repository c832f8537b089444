package org.rostrum.search;

import java.util.Map;
import java.util.Set;

/**
 * The inflectional steps of the Snowball English ("Porter2") stemmer: its exceptional forms and
 * steps 1a, 1b, 1c and 5, which take off plurals, {@code -ed}, {@code -ing}, {@code -y} and a final
 * {@code -e} ({@code taxes} and {@code tax}, {@code voting} and {@code voted} share a stem). The
 * derivational steps 2 to 4 ({@code -ation}, {@code -ness}...) are left out: prefix matching finds
 * those words from their start. {@code static/search.js} runs the same algorithm in the browser, and
 * {@code StemmerParityIT} holds the two to the same output. Input is a folded word
 * ({@link Words#fold}); stateless.
 */
final class EnglishStemmer {

    private static final Map<String, String> EXCEPTIONS = Map.ofEntries(Map.entry("skis", "ski"),
            Map.entry("skies", "sky"), Map.entry("dying", "die"), Map.entry("lying", "lie"), Map.entry("tying", "tie"),
            Map.entry("idly", "idl"), Map.entry("gently", "gentl"), Map.entry("ugly", "ugli"),
            Map.entry("early", "earli"), Map.entry("only", "onli"), Map.entry("singly", "singl"),
            Map.entry("sky", "sky"), Map.entry("news", "news"), Map.entry("howe", "howe"), Map.entry("atlas", "atlas"),
            Map.entry("cosmos", "cosmos"), Map.entry("bias", "bias"), Map.entry("andes", "andes"));
    private static final Set<String> AFTER_1A = Set.of("inning", "outing", "canning", "herring", "earring", "proceed",
            "exceed", "succeed");

    private EnglishStemmer() {
    }

    static String stem(String word) {
        if (word.length() <= 2) {
            return word;
        }
        String exception = EXCEPTIONS.get(word);
        if (exception != null) {
            return exception;
        }
        StringBuilder w = new StringBuilder(word);
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) == 'y' && (i == 0 || isVowel(w.charAt(i - 1)))) {
                w.setCharAt(i, 'Y');
            }
        }
        int r1 = r1(w);
        int r2 = region(w, r1);
        step1a(w);
        if (AFTER_1A.contains(w.toString())) {
            return w.toString();
        }
        step1b(w, r1);
        step1c(w);
        step5(w, r1, r2);
        return w.toString().replace('Y', 'y');
    }

    private static void step1a(StringBuilder w) {
        if (Words.endsWith(w, "sses")) {
            w.setLength(w.length() - 2);
        } else if (Words.endsWith(w, "ied") || Words.endsWith(w, "ies")) {
            w.setLength(w.length() > 4 ? w.length() - 2 : w.length() - 1);
        } else if (Words.endsWith(w, "us") || Words.endsWith(w, "ss")) {
            return;
        } else if (Words.endsWith(w, "s") && hasVowel(w, 0, w.length() - 2)) {
            w.setLength(w.length() - 1);
        }
    }

    private static void step1b(StringBuilder w, int r1) {
        if (Words.endsWith(w, "eedly") || Words.endsWith(w, "eed")) {
            int cut = Words.endsWith(w, "eedly") ? 5 : 3;
            if (w.length() - cut >= r1) {
                w.setLength(w.length() - cut + 2);
            }
            return;
        }
        int cut = Words.endsWith(w, "ingly") ? 5 : Words.endsWith(w, "edly") ? 4 : Words.endsWith(w, "ing") ? 3 : Words.endsWith(w, "ed") ? 2 : 0;
        if (cut == 0 || !hasVowel(w, 0, w.length() - cut)) {
            return;
        }
        w.setLength(w.length() - cut);
        if (Words.endsWith(w, "at") || Words.endsWith(w, "bl") || Words.endsWith(w, "iz")) {
            w.append('e');
        } else if (endsInDouble(w)) {
            w.setLength(w.length() - 1);
        } else if (r1 >= w.length() && endsInShortSyllable(w, w.length())) {
            w.append('e');
        }
    }

    private static void step1c(StringBuilder w) {
        int n = w.length();
        char last = w.charAt(n - 1);
        if ((last == 'y' || last == 'Y') && n > 2 && !isVowel(w.charAt(n - 2))) {
            w.setCharAt(n - 1, 'i');
        }
    }

    private static void step5(StringBuilder w, int r1, int r2) {
        int n = w.length();
        char last = w.charAt(n - 1);
        if (last == 'e' && (n - 1 >= r2 || n - 1 >= r1 && !endsInShortSyllable(w, n - 1))) {
            w.setLength(n - 1);
        } else if (last == 'l' && n - 1 >= r2 && n > 1 && w.charAt(n - 2) == 'l') {
            w.setLength(n - 1);
        }
    }

    private static int r1(CharSequence w) {
        String s = w.toString();
        for (String prefix : new String[] {"gener", "commun", "arsen"}) {
            if (s.startsWith(prefix)) {
                return prefix.length();
            }
        }
        return region(w, 0);
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

    /** Whether the first {@code end} letters of {@code w} end in a short syllable. */
    private static boolean endsInShortSyllable(CharSequence w, int end) {
        if (end == 2) {
            return isVowel(w.charAt(0)) && !isVowel(w.charAt(1));
        }
        if (end < 3) {
            return false;
        }
        char c = w.charAt(end - 1);
        return !isVowel(w.charAt(end - 3)) && isVowel(w.charAt(end - 2)) && !isVowel(c) && c != 'w' && c != 'x'
                && c != 'Y';
    }

    private static boolean endsInDouble(CharSequence w) {
        int n = w.length();
        if (n < 2 || w.charAt(n - 1) != w.charAt(n - 2)) {
            return false;
        }
        return "bdfgmnprt".indexOf(w.charAt(n - 1)) >= 0;
    }

    private static boolean hasVowel(CharSequence w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isVowel(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
