package org.rostrum.search;

/**
 * The Snowball Italian stemmer, on folded words ({@link Words#fold}): {@code tasse} and {@code tassa}
 * share the stem {@code tass}, {@code elezioni} and {@code elezione} the stem {@code elezion}.
 * Snowball Italian treats an accented vowel as the vowel itself except in a few endings; of those,
 * {@code -ità} is put back where Snowball would take it off (it starts in R2), so that
 * {@code responsabilita} stems as {@code responsabile} does; the others (the future {@code -erà},
 * {@code -irò}..., the noun {@code -ità} before R2) cannot be told from the folded word and stem as
 * their unaccented spelling does. {@code ItalianStemmerTest} compares this with Snowball's own
 * Italian stemmer; {@code static/search-it.js} runs the same algorithm in the browser, and
 * {@code StemmerParityIT} holds the two to the same output. Stateless.
 */
final class ItalianStemmer {

    private static final String[] PRONOUNS = Suffixes.byLength("ci gli la le li lo mi ne si ti vi sene gliela gliele",
            "glieli glielo gliene mela mele meli melo mene tela tele teli telo tene cela cele celi celo cene vela",
            "vele veli velo vene");
    private static final String[] STANDARD = Suffixes.byLength("anza anze ico ici ica ice iche ichi ismo ismi abile",
            "abili ibile ibili ista iste isti oso osi osa ose mente atrice atrici ante anti azione azioni atore atori",
            "logia logie uzione uzioni usione usioni enza enze amento amenti imento imenti amente ità ivo ivi iva ive");
    private static final String[] VERB = Suffixes.byLength("ammo ando ano are arono asse assero assi assimo ata ate",
            "ati ato ava avamo avano avate avi avo emmo enda ende endi endo erai eranno ere erebbe erebbero erei",
            "eremmo eremo ereste eresti erete erono essero ete eva evamo evano evate evi evo iamo immo irai iranno",
            "ire irebbe irebbero irei iremmo iremo ireste iresti irete irono isca iscano isce isci isco iscono issero",
            "ita ite iti ito iva ivamo ivano ivate ivi ivo ono uta ute uti uto ar ir");

    private ItalianStemmer() {
    }

    static String stem(String word) {
        StringBuilder w = new StringBuilder(word);
        markConsonants(w);
        int pv = Suffixes.vowelRegion(w, c -> isVowel((char) c));
        int p1 = Suffixes.region(w, 0, c -> isVowel((char) c));
        int p2 = Suffixes.region(w, p1, c -> isVowel((char) c));
        if (Words.endsWith(w, "ita") && w.length() - 3 >= p2) {
            w.setCharAt(w.length() - 1, 'à');
        }
        attachedPronoun(w, pv);
        if (!standardSuffix(w, pv, p1, p2)) {
            String s = Suffixes.longest(w, pv, VERB);
            if (s != null) {
                w.setLength(w.length() - s.length());
            }
        }
        vowelSuffix(w, pv);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'U' || c == 'I') {
                w.setCharAt(i, Character.toLowerCase(c));
            } else if (c == 'à') {
                w.setCharAt(i, 'a');
            }
        }
        return w.toString();
    }

    /**
     * {@code u} after {@code q}, then {@code u} and {@code i} between vowels count as consonants
     * ({@code U}, {@code I}); the vowel after one cannot start the next match.
     */
    private static void markConsonants(StringBuilder w) {
        for (int i = 0; i + 1 < w.length(); i++) {
            if (w.charAt(i) == 'q' && w.charAt(i + 1) == 'u') {
                w.setCharAt(i + 1, 'U');
            }
        }
        int i = 0;
        while (i + 2 < w.length()) {
            char c = w.charAt(i + 1);
            if (isVowel(w.charAt(i)) && (c == 'u' || c == 'i') && isVowel(w.charAt(i + 2))) {
                w.setCharAt(i + 1, Character.toUpperCase(c));
                i += 3;
            } else {
                i++;
            }
        }
    }

    /** {@code -mi}, {@code -glielo}... after a gerund ({@code -ando}, {@code -endo}: deleted) or an infinitive ({@code -e}) in RV. */
    private static void attachedPronoun(StringBuilder w, int pv) {
        String pronoun = Suffixes.longest(w, 0, PRONOUNS);
        if (pronoun == null) {
            return;
        }
        CharSequence before = w.subSequence(0, w.length() - pronoun.length());
        String verb = Suffixes.longest(before, 0, "ando", "endo", "ar", "er", "ir");
        if (verb == null || before.length() - verb.length() < pv) {
            return;
        }
        w.setLength(before.length());
        if (verb.length() == 2) {
            w.append('e');
        }
    }

    private static boolean standardSuffix(StringBuilder w, int pv, int p1, int p2) {
        String s = Suffixes.longest(w, 0, STANDARD);
        if (s == null) {
            return false;
        }
        int at = w.length() - s.length();
        if (s.equals("amente")) {
            if (at < p1) {
                return false;
            }
            w.setLength(at);
            String next = Suffixes.longest(w, 0, "abil", "iv", "os", "ic");
            if (next != null && w.length() - next.length() >= p2) {
                w.setLength(w.length() - next.length());
                if (next.equals("iv")) {
                    deleteIn(w, "at", p2);
                }
            }
            return true;
        }
        if (at < (s.matches("[ai]ment[oi]") ? pv : p2)) {
            return false;
        }
        w.setLength(at);
        switch (s) {
            case "azione", "azioni", "atore", "atori" -> deleteIn(w, "ic", p2);
            case "logia", "logie" -> w.append("log");
            case "uzione", "uzioni", "usione", "usioni" -> w.append("u");
            case "enza", "enze" -> w.append("ente");
            case "ità" -> deleteIn(w, Suffixes.longest(w, 0, "abil", "ic", "iv"), p2);
            case "ivo", "ivi", "iva", "ive" -> {
                if (deleteIn(w, "at", p2)) {
                    deleteIn(w, "ic", p2);
                }
            }
            default -> {
            }
        }
        return true;
    }

    /** Deletes the final {@code suffix} (if there is one and {@code w} ends with it) when it starts in R2. */
    private static boolean deleteIn(StringBuilder w, String suffix, int p2) {
        if (suffix != null && Words.endsWith(w, suffix) && w.length() - suffix.length() >= p2) {
            w.setLength(w.length() - suffix.length());
            return true;
        }
        return false;
    }

    /** A final {@code a}, {@code e}, {@code i} or {@code o} in RV, then an {@code i} in RV; the h of {@code -ch}, {@code -gh} in RV. */
    private static void vowelSuffix(StringBuilder w, int pv) {
        int n = w.length();
        if (n > pv && "aeioà".indexOf(w.charAt(n - 1)) >= 0) {
            w.setLength(--n);
            if (n > pv && w.charAt(n - 1) == 'i') {
                w.setLength(--n);
            }
        }
        if (n >= 2 && n - 2 >= pv && w.charAt(n - 1) == 'h' && (w.charAt(n - 2) == 'c' || w.charAt(n - 2) == 'g')) {
            w.setLength(n - 1);
        }
    }

    private static boolean isVowel(char c) {
        return "aeiouà".indexOf(c) >= 0;
    }
}
