package org.rostrum.search;

/**
 * The Snowball Dutch stemmer (Porter's, as Lucene ships it), on folded words ({@link Words#fold}):
 * {@code belastingen} and {@code belasting} share the stem {@code belast}, {@code verkiezingen} and
 * {@code verkiezing} the stem {@code verkiez}. Snowball Dutch takes the accents off first, as folding
 * has done already, so nothing is lost. {@code DutchStemmerTest} compares this with Snowball's own
 * Dutch stemmer; {@code static/search-nl.js} runs the same algorithm in the browser, and
 * {@code StemmerParityIT} holds the two to the same output. Stateless.
 */
final class DutchStemmer {

    private DutchStemmer() {
    }

    static String stem(String word) {
        StringBuilder w = new StringBuilder(word);
        markConsonants(w);
        // R1 starts after the first non-vowel that follows a vowel, but not before the fourth letter;
        // R2 is found the same way from where R1 would start without that rule.
        int p1 = Suffixes.region(w, 0, c -> isVowel((char) c));
        int r1 = Math.max(p1, Math.min(3, w.length()));
        int r2 = Suffixes.region(w, p1, c -> isVowel((char) c));
        if (w.length() < 3) {
            r1 = w.length();
            r2 = w.length();
        }
        firstSuffix(w, r1);
        boolean eFound = eEnding(w, r1);
        if (Words.endsWith(w, "heid") && w.length() - 4 >= r2 && !Words.endsWith(w.subSequence(0, w.length() - 4), "c")) {
            w.setLength(w.length() - 4);
            if (Words.endsWith(w, "en")) {
                enEnding(w, w.length() - 2, r1);
            }
        }
        derivational(w, r2, r1, eFound);
        undoubleVowel(w);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'Y' || c == 'I') {
                w.setCharAt(i, Character.toLowerCase(c));
            }
        }
        return w.toString();
    }

    /**
     * A first {@code y}, a {@code y} after a vowel and an {@code i} between vowels count as consonants
     * ({@code Y}, {@code I}); the vowel after such an {@code i} cannot start the next match.
     */
    private static void markConsonants(StringBuilder w) {
        if (w.length() > 0 && w.charAt(0) == 'y') {
            w.setCharAt(0, 'Y');
        }
        int i = 0;
        while (i + 1 < w.length()) {
            char c = w.charAt(i + 1);
            if (isVowel(w.charAt(i)) && c == 'i' && i + 2 < w.length() && isVowel(w.charAt(i + 2))) {
                w.setCharAt(i + 1, 'I');
                i += 3;
            } else if (isVowel(w.charAt(i)) && c == 'y') {
                w.setCharAt(i + 1, 'Y');
                i += 2;
            } else {
                i++;
            }
        }
    }

    /** {@code -heden} in R1 becomes {@code -heid}; {@code -en}, {@code -ene}; {@code -s}, {@code -se} after a consonant other than j, in R1. */
    private static void firstSuffix(StringBuilder w, int r1) {
        String s = Suffixes.longest(w, 0, "heden", "ene", "en", "se", "s");
        if (s == null) {
            return;
        }
        int at = w.length() - s.length();
        if (s.equals("heden")) {
            if (at >= r1) {
                w.setLength(at);
                w.append("heid");
            }
        } else if (s.startsWith("e")) {
            enEnding(w, at, r1);
        } else if (at >= r1 && at > 0 && !isVowel(w.charAt(at - 1)) && w.charAt(at - 1) != 'j') {
            w.setLength(at);
        }
    }

    /** The ending at {@code at} ({@code -en}, {@code -ene}) in R1 after a consonant, but not after {@code gem}: deleted, then undoubled. */
    private static void enEnding(StringBuilder w, int at, int r1) {
        if (at >= r1 && at > 0 && !isVowel(w.charAt(at - 1)) && !Words.endsWith(w.subSequence(0, at), "gem")) {
            w.setLength(at);
            undouble(w);
        }
    }

    /** A final {@code e} in R1 after a consonant: deleted, then undoubled. Whether one was. */
    private static boolean eEnding(StringBuilder w, int r1) {
        int at = w.length() - 1;
        if (at < r1 || at == 0 || w.charAt(at) != 'e' || isVowel(w.charAt(at - 1))) {
            return false;
        }
        w.setLength(at);
        undouble(w);
        return true;
    }

    /** A final {@code kk}, {@code dd} or {@code tt} loses a letter. */
    private static void undouble(StringBuilder w) {
        if (Words.endsWith(w, "kk") || Words.endsWith(w, "dd") || Words.endsWith(w, "tt")) {
            w.setLength(w.length() - 1);
        }
    }

    /** {@code -end}, {@code -ing} (and {@code -ig} before them), {@code -ig}, {@code -lijk}, {@code -baar}, {@code -bar} in R2. */
    private static void derivational(StringBuilder w, int r2, int r1, boolean eFound) {
        String s = Suffixes.longest(w, 0, "lijk", "baar", "end", "ing", "bar", "ig");
        if (s == null) {
            return;
        }
        int at = w.length() - s.length();
        if (at < r2) {
            return;
        }
        switch (s) {
            case "end", "ing" -> {
                w.setLength(at);
                if (Words.endsWith(w, "ig") && at - 2 >= r2 && !Words.endsWith(w.subSequence(0, at - 2), "e")) {
                    w.setLength(at - 2);
                } else {
                    undouble(w);
                }
            }
            case "ig" -> {
                if (!Words.endsWith(w.subSequence(0, at), "e")) {
                    w.setLength(at);
                }
            }
            case "lijk" -> {
                w.setLength(at);
                eEnding(w, r1);
            }
            case "baar" -> w.setLength(at);
            default -> {
                if (eFound) {
                    w.setLength(at);
                }
            }
        }
    }

    /** {@code -aa-}, {@code -ee-}, {@code -oo-}, {@code -uu-} between consonants at the end lose a letter ({@code maan} → {@code man}). */
    private static void undoubleVowel(StringBuilder w) {
        int n = w.length();
        if (n < 4) {
            return;
        }
        char last = w.charAt(n - 1);
        char a = w.charAt(n - 2);
        if (!isVowel(last) && last != 'I' && a == w.charAt(n - 3) && "aeou".indexOf(a) >= 0 && !isVowel(w.charAt(n - 4))) {
            w.deleteCharAt(n - 2);
        }
    }

    private static boolean isVowel(char c) {
        return "aeiouyè".indexOf(c) >= 0;
    }
}
