package org.rostrum.search;

/**
 * The Snowball Spanish stemmer, on folded words ({@link Words#fold}): {@code impuestos} and
 * {@code impuesto} share the stem {@code impuest}, {@code organizacion} and {@code organizaciones}
 * the stem {@code organiz}. Snowball Spanish takes its accents off at the end anyway; of the suffixes
 * that carry one, {@code -ción} and {@code -logía} are put back first, as every Spanish word so
 * spelt has them, and the others (the verb endings {@code -ía}, {@code -ió}, {@code -éis}...) do not
 * apply. {@code SpanishStemmerTest} compares this with Snowball's own Spanish stemmer;
 * {@code static/search-es.js} runs the same algorithm in the browser, and {@code StemmerParityIT}
 * holds the two to the same output. Stateless.
 */
final class SpanishStemmer {

    private static final String[] PRONOUNS = Suffixes.byLength("me se sela selo selas selos la le lo las les los nos");
    private static final String[] STANDARD = Suffixes.byLength("anza anzas ico ica icos icas ismo ismos able ables ible",
            "ibles ista istas oso osa osos osas amiento amientos imiento imientos adora ador ación adoras adores",
            "aciones ante antes ancia ancias logía logías ución uciones encia encias amente mente idad idades iva",
            "ivo ivas ivos");
    private static final String[] Y_VERB = Suffixes.byLength("ya ye yan yen yeron yendo yo yas yes yais yamos");
    private static final String[] VERB = Suffixes.byLength("en es emos aba ada ida ara iera ad ed id ase iese aste",
            "iste an aban aran ieran asen iesen aron ieron ado ido ando iendo ar er ir as abas adas idas aras ieras",
            "ases ieses abais arais ierais aseis ieseis asteis isteis ados idos amos imos aremos eremos iremos",
            // with accents: only where one was put back (-logía), but the list is Snowball's
            "arían arías arán arás aríais aría aréis aríamos ará aré erían erías erán erás eríais ería eréis",
            "eríamos erá eré irían irías irán irás iríais iría iréis iríamos irá iré ía ían ió ías ís áis íais",
            "ábamos íamos áramos iéramos iésemos ásemos éis");

    private SpanishStemmer() {
    }

    static String stem(String word) {
        StringBuilder w = new StringBuilder(word);
        if (Words.endsWith(w, "cion")) {
            w.setCharAt(w.length() - 2, 'ó');
        } else if (Words.endsWith(w, "logia") || Words.endsWith(w, "logias")) {
            w.setCharAt(w.lastIndexOf("logia") + 3, 'í');
        }
        int pv = Suffixes.vowelRegion(w, c -> isVowel((char) c));
        int p1 = Suffixes.region(w, 0, c -> isVowel((char) c));
        int p2 = Suffixes.region(w, p1, c -> isVowel((char) c));
        attachedPronoun(w, pv);
        if (!standardSuffix(w, p1, p2) && !yVerbSuffix(w, pv)) {
            verbSuffix(w, pv);
        }
        residualSuffix(w, pv);
        for (int i = 0; i < w.length(); i++) {
            int plain = "áéíóú".indexOf(w.charAt(i));
            if (plain >= 0) {
                w.setCharAt(i, "aeiou".charAt(plain));
            }
        }
        return w.toString();
    }

    /** {@code -me}, {@code -selo}, {@code -las}... after {@code -ando}, {@code -iendo}, {@code -ar}, {@code -er}, {@code -ir} (in RV), or {@code -yendo} after u. */
    private static void attachedPronoun(StringBuilder w, int pv) {
        String pronoun = Suffixes.longest(w, 0, PRONOUNS);
        if (pronoun == null) {
            return;
        }
        CharSequence before = w.subSequence(0, w.length() - pronoun.length());
        String verb = Suffixes.longest(before, 0, "iendo", "yendo", "ando", "ar", "er", "ir");
        if (verb == null || before.length() - verb.length() < pv) {
            return;
        }
        int at = before.length() - verb.length();
        if (!verb.equals("yendo") || at > 0 && w.charAt(at - 1) == 'u') {
            w.setLength(before.length());
        }
    }

    private static boolean standardSuffix(StringBuilder w, int p1, int p2) {
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
            String next = Suffixes.longest(w, 0, "iv", "os", "ic", "ad");
            if (next != null && w.length() - next.length() >= p2) {
                w.setLength(w.length() - next.length());
                if (next.equals("iv")) {
                    deleteIn(w, "at", p2);
                }
            }
            return true;
        }
        if (at < p2) {
            return false;
        }
        w.setLength(at);
        switch (s) {
            case "adora", "ador", "ación", "adoras", "adores", "aciones", "ante", "antes", "ancia", "ancias" ->
                    deleteIn(w, "ic", p2);
            case "logía", "logías" -> w.append("log");
            case "ución", "uciones" -> w.append("u");
            case "encia", "encias" -> w.append("ente");
            case "mente" -> deleteIn(w, Suffixes.longest(w, 0, "ante", "able", "ible"), p2);
            case "idad", "idades" -> deleteIn(w, Suffixes.longest(w, 0, "abil", "ic", "iv"), p2);
            case "iva", "ivo", "ivas", "ivos" -> deleteIn(w, "at", p2);
            default -> {
            }
        }
        return true;
    }

    /** Deletes the final {@code suffix} (if there is one and {@code w} ends with it) when it starts in R2. */
    private static void deleteIn(StringBuilder w, String suffix, int p2) {
        if (suffix != null && Words.endsWith(w, suffix) && w.length() - suffix.length() >= p2) {
            w.setLength(w.length() - suffix.length());
        }
    }

    /** {@code -ya}, {@code -yendo}... in RV, after u. */
    private static boolean yVerbSuffix(StringBuilder w, int pv) {
        String s = Suffixes.longest(w, pv, Y_VERB);
        int at = s == null ? 0 : w.length() - s.length();
        if (s == null || at == 0 || w.charAt(at - 1) != 'u') {
            return false;
        }
        w.setLength(at);
        return true;
    }

    /** The other verb suffixes in RV; {@code -en}, {@code -es}, {@code -emos} take a u after g with them. */
    private static void verbSuffix(StringBuilder w, int pv) {
        String s = Suffixes.longest(w, pv, VERB);
        if (s == null) {
            return;
        }
        int at = w.length() - s.length();
        if ((s.equals("en") || s.equals("es") || s.equals("éis") || s.equals("emos")) && at >= 2 && w.charAt(at - 1) == 'u'
                && w.charAt(at - 2) == 'g') {
            at--;
        }
        w.setLength(at);
    }

    /** {@code -os}, {@code -a}, {@code -o}, {@code -e} in RV; after {@code -e}, a u after g in RV. */
    private static void residualSuffix(StringBuilder w, int pv) {
        String s = Suffixes.longest(w, 0, "os", "a", "o", "á", "í", "ó", "e", "é");
        if (s == null || w.length() - s.length() < pv) {
            return;
        }
        int at = w.length() - s.length();
        w.setLength(at);
        if ((s.equals("e") || s.equals("é")) && at >= 2 && w.charAt(at - 1) == 'u' && w.charAt(at - 2) == 'g'
                && at - 1 >= pv) {
            w.setLength(at - 1);
        }
    }

    private static boolean isVowel(char c) {
        return "aeiouáéíóúü".indexOf(c) >= 0;
    }
}
