package org.rostrum.search;

/**
 * The Snowball Arabic stemmer, on folded words ({@link Words#fold}): {@code الانتخابات} and
 * {@code انتخاب} share the stem {@code انتخاب}, {@code بالضرائب} and {@code ضرائب} the stem
 * {@code ضرايب} ({@code ئ} folded to {@code ي}), {@code سيدفعون} and {@code يدفعون} the stem {@code يدفع}. Folding has taken off the vowel marks (as Snowball does) and the
 * hamza above or below alef, waw and yeh (which Snowball's last step also does, except on the last
 * letter, which it makes {@code ء}); so a word whose hamza decided a step ({@code سأ-}, a last
 * {@code أ}) stems as its folded spelling does. The prefixes and suffixes are taken off in Snowball's
 * order, each step knowing where the last one left the cursor. {@code ArabicStemmerTest} compares this
 * with Snowball's own Arabic stemmer; {@code static/search-ar.js} runs the same algorithm in the
 * browser, and {@code StemmerParityIT} holds the two to the same output. Stateless.
 */
final class ArabicStemmer {

    /** The letters whose shaped forms (U+FE80 on) come in runs of 1, 2 or 4, and the run lengths. */
    private static final String SHAPED = "\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C"
            + "\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u0643"
            + "\u0644\u0645\u0646\u0647\u0648\u0649\u064A";
    private static final String RUNS = "122224242444442222444444444444444224";
    private static final String[] LAM_ALEF = {"\u0644\u0622", "\u0644\u0623", "\u0644\u0625", "\u0644\u0627"};
    /** The least length of a word that loses a suffix of one, two or three letters (0: none that long listed). */
    private static final int[] PRONOUN_MIN = {4, 5, 6};
    private static final String[] VERB_PRONOUNS = {"ه", "ك", "ني", "نا", "ها", "هم", "هن", "كم", "كن", "هما", "كما", "كمو"};
    private static final String[] NOUN_PRONOUNS = {"ي", "ك", "ه", "نا", "كم", "ها", "هن", "هم", "كما", "هما"};

    private ArabicStemmer() {
    }

    static String stem(String word) {
        StringBuilder w = new StringBuilder(word);
        boolean noun = true;
        boolean verb = true;
        boolean defined = false;
        String article = prefix(w, 0, "بال", "كال", "لل", "ال");
        if (article != null && w.length() > (article.length() == 3 ? 4 : 3)) {
            verb = false;
            defined = true;
        }
        normalize(w);
        if (!(verb && verbSuffixes(w)) && !(noun && nounSuffixes(w, defined)) && Words.endsWith(w, "ى")) {
            w.setCharAt(w.length() - 1, 'ي');
        }
        prefixes(w, noun, verb);
        int n = w.length();
        if (n > 0 && "أإآؤئ".indexOf(w.charAt(n - 1)) >= 0) {
            w.setCharAt(n - 1, 'ء');
        }
        for (int i = 0; i < w.length(); i++) {
            int at = "أإآؤئ".indexOf(w.charAt(i));
            if (at >= 0) {
                w.setCharAt(i, "اااوي".charAt(at));
            }
        }
        return w.toString();
    }

    /** Vowel marks and the tatweel go, Arabic-Indic digits become 0-9, shaped forms and lam-alef ligatures their letters. */
    private static void normalize(StringBuilder w) {
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '\u064B' && c <= '\u0652' || c == '\u0640') {
                continue;
            }
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\uFEF5' && c <= '\uFEFC') {
                out.append(LAM_ALEF[(c - '\uFEF5') / 2]);
            } else if (c >= '\uFE80' && c < '\uFEF5') {
                int at = c - '\uFE80';
                int letter = 0;
                while (at >= RUNS.charAt(letter) - '0') {
                    at -= RUNS.charAt(letter++) - '0';
                }
                out.append(SHAPED.charAt(letter));
            } else {
                out.append(c);
            }
        }
        w.setLength(0);
        w.append(out);
    }

    /**
     * The verb's suffixes: object pronouns (as often as they are found), then a subject suffix, or one
     * of the two-letter or one-letter subject suffixes alone. Whether any was found.
     */
    private static boolean verbSuffixes(StringBuilder w) {
        if (cut(w, w.length(), PRONOUN_MIN, VERB_PRONOUNS) >= 0) {
            while (cut(w, w.length(), PRONOUN_MIN, VERB_PRONOUNS) >= 0) {
                // object pronouns, one after the other
            }
            if (verbStep2a(w) < 0) {
                cut(w, w.length(), new int[] {4, 0, 6}, "و", "تمو");
            }
            return true;
        }
        return cut(w, w.length(), new int[] {0, 5}, "وا", "تم") >= 0 || verbStep2a(w) >= 0;
    }

    private static int verbStep2a(StringBuilder w) {
        String s = suffix(w, w.length(), "تما", "نا", "تا", "تن", "ان", "ون", "ين", "ت", "ا", "ن", "ي");
        int n = w.length();
        if (s == null || n < (s.length() == 1 ? 4 : s.length() == 3 ? 6 : s.equals("ان") || s.equals("ون")
                || s.equals("ين") ? 6 : 5)) {
            return -1;
        }
        w.setLength(n - s.length());
        return w.length();
    }

    /**
     * The noun's suffixes: the feminine {@code ة}; or pronouns then a plural or dual ending; or a
     * final {@code ن} then one; or one of {@code ا}, {@code ي}, {@code و}; or {@code ات}; and then a
     * final {@code ي} (nisba) where the cursor was left, which must be there. Whether that was found.
     */
    private static boolean nounSuffixes(StringBuilder w, boolean defined) {
        int passed = 0;
        if (cut(w, w.length(), new int[] {4}, "ة") < 0) {
            if (!defined && cut(w, w.length(), PRONOUN_MIN, NOUN_PRONOUNS) >= 0) {
                if (nounStep2(w) < 0) {
                    passed = 1;   // the cursor moves on past the last letter
                }
            } else if (!(cut(w, w.length(), new int[] {6}, "ن") >= 0 && nounStep2(w) >= 0)) {
                // a final ن may be gone even so
                if (defined || cut(w, w.length(), new int[] {5}, "ا", "ي", "و") < 0) {
                    cut(w, w.length(), new int[] {0, 5}, "ات");
                }
            }
        }
        return cut(w, w.length() - passed, new int[] {3}, "ي") >= 0;
    }

    /** A plural or dual ending: {@code ا}, {@code ي}, {@code و} (more than four letters), {@code ات}, {@code ت}. */
    private static int nounStep2(StringBuilder w) {
        int n = w.length();
        if (cut(w, n, new int[] {5}, "ا", "ي", "و") >= 0 || cut(w, n, new int[] {0, 5}, "ات") >= 0) {
            return w.length();
        }
        return cut(w, n, new int[] {4}, "ت");
    }

    /**
     * Deletes the longest of {@code suffixes} that ends at {@code c}, if the word has at least
     * {@code min[n - 1]} letters for a suffix of {@code n} letters. Where the cursor is after it, or -1
     * when nothing was deleted.
     */
    private static int cut(StringBuilder w, int c, int[] min, String... suffixes) {
        String s = suffix(w, c, suffixes);
        if (s == null) {
            return -1;
        }
        if (w.length() < min[s.length() - 1]) {
            return -1;
        }
        w.delete(c - s.length(), c);
        return c - s.length();
    }

    /** The longest of {@code suffixes} that ends at {@code c}, or null. */
    private static String suffix(CharSequence w, int c, String... suffixes) {
        String found = null;
        for (String s : suffixes) {
            if (c >= s.length() && (found == null || s.length() > found.length())
                    && w.subSequence(c - s.length(), c).toString().equals(s)) {
                found = s;
            }
        }
        return found;
    }

    /** The longest of {@code prefixes} that starts at {@code c}, or null. */
    private static String prefix(CharSequence w, int c, String... prefixes) {
        String found = null;
        for (String s : prefixes) {
            if (c + s.length() <= w.length() && (found == null || s.length() > found.length())
                    && w.subSequence(c, c + s.length()).toString().equals(s)) {
                found = s;
            }
        }
        return found;
    }

    /**
     * The prefixes, each step starting where the last one left the cursor: a doubled hamza, the
     * conjunctions {@code ف} and {@code و}, then the article ({@code ال}, {@code بال}...), {@code ب}
     * for a noun, or the future {@code س} and {@code يست}/{@code نست}/{@code تست} for a verb.
     */
    private static void prefixes(StringBuilder w, boolean noun, boolean verb) {
        int c = 0;
        String s = prefix(w, c, "أأ", "أآ", "أؤ", "أا", "أإ");
        if (s != null && w.length() > 3) {
            w.replace(c, c + 2, s.equals("أؤ") ? "أ" : s.substring(1));
            c++;
        }
        if (prefix(w, c, "فا", "وا") == null && prefix(w, c, "ف", "و") != null && w.length() > 3) {
            w.deleteCharAt(c);
        }
        s = prefix(w, c, "بال", "كال", "لل", "ال");
        if (s != null && w.length() > (s.length() == 3 ? 5 : 4)) {
            w.delete(c, c + s.length());
            return;
        }
        if (noun && prefix(w, c, "با") == null && prefix(w, c, "ب", "بب", "كك") != null && w.length() > 3) {
            w.deleteCharAt(c);
            return;
        }
        if (verb) {
            s = prefix(w, c, "سي", "ست", "سن", "سأ");
            if (s != null && w.length() > 4) {
                w.deleteCharAt(c);
                c++;
            }
            s = prefix(w, c, "يست", "نست", "تست");
            if (s != null && w.length() > 4) {
                w.setCharAt(c, 'ا');
            }
        }
    }
}
