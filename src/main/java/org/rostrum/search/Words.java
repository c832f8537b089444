package org.rostrum.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How text becomes index terms, exactly as {@code static/search.js} does it in the browser: words
 * are runs of letters and digits (Unicode), folded to lower case without diacritics ({@code Králík}
 * becomes {@code kralik}), then stemmed ({@link EnglishStemmer}). Stateless.
 */
final class Words {

    /** Words longer than this are cut: nobody types them, and they would bloat the index. */
    static final int MAX_LENGTH = 40;

    private Words() {
    }

    /** {@code text} in lower case with its diacritics removed: what queries and terms are compared in. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The folded words of {@code text}, in order (a word's index is its position, for phrases). */
    static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            int c = folded.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(folded.codePointAt(i))) {
                i += Character.charCount(folded.codePointAt(i));
            }
            String word = folded.substring(start, i);
            words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
        }
        return words;
    }

    /** Whether {@code w} ends with {@code suffix}, without copying it: the stemmers' test, on a word being cut. */
    static boolean endsWith(CharSequence w, String suffix) {
        int n = w.length();
        int k = suffix.length();
        if (n < k) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            if (w.charAt(n - k + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
