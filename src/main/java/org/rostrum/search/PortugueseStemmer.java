package org.rostrum.search;

/**
 * The Snowball Portuguese stemmer, on folded words ({@link Words#fold}): {@code impostos} and
 * {@code imposto} share the stem {@code impost}, {@code eleicoes} and {@code eleicao} the stem
 * {@code eleica}, {@code organizacao} the stem {@code organiz}. Snowball Portuguese reads its
 * suffixes with their accents, which folded words have lost; so the accents that an ending implies
 * are put back first ({@code -ção}, {@code -ões}, {@code -ães}, {@code -ão}, {@code -ância},
 * {@code -ência}, {@code -ável}, {@code -ível}, and the verb endings {@code -ávamos},
 * {@code -íamos}, {@code -ássemos}...: see {@link #ACCENTED}), then Snowball's rules run, and the stem
 * is folded again. {@code PortugueseStemmerTest} compares this with Snowball's own Portuguese stemmer;
 * {@code static/search-pt.js} runs the same algorithm in the browser, and {@code StemmerParityIT}
 * holds the two to the same output. Stateless.
 */
final class PortugueseStemmer {

    /**
     * Endings as folded and as Snowball reads them (with {@code ã} and {@code õ} as {@code a~} and
     * {@code o~}), longest first: Portuguese spells these endings with their accents only.
     */
    static final String[][] ACCENTED = {
        {"assemos", "ássemos"}, {"essemos", "êssemos"}, {"issemos", "íssemos"}, {"avamos", "ávamos"},
        {"riamos", "ríamos"}, {"asseis", "ásseis"}, {"esseis", "ésseis"}, {"isseis", "ísseis"}, {"acoes", "aço~es"},
        {"ucoes", "uço~es"}, {"encias", "ências"}, {"aveis", "áveis"}, {"ancia", "ância"}, {"encia", "ência"},
        {"acao", "aça~o"}, {"ucao", "uça~o"}, {"avel", "ável"}, {"ivel", "ível"}, {"oes", "o~es"}, {"aes", "a~es"},
        {"ao", "a~o"}, {"ae", "a~e"}};

    private static final String[] STANDARD = Suffixes.byLength("eza ezas ico ica icos icas ismo ismos ável ível ista",
            "istas oso osa osos osas amento amentos imento imentos adora ador aça~o adoras adores aço~es ante antes",
            "ância logia logias uça~o uço~es ência ências amente mente idade idades iva ivo ivas ivos ira iras");
    private static final String[] VERB = Suffixes.byLength("ada ida ia aria eria iria ará ara erá era irá ava asse esse",
            "isse aste este iste ei arei erei irei am iam ariam eriam iriam aram eram iram avam em arem erem irem",
            "assem essem issem ado ido ando endo indo ara~o era~o ira~o ar er ir as adas idas ias arias erias irias",
            "arás aras erás eras irás avas es ardes erdes irdes ares eres ires asses esses isses astes estes istes",
            "is ais eis íeis aríeis eríeis iríeis áreis areis éreis ereis íreis ireis ásseis ésseis ísseis áveis",
            "ados idos ámos amos íamos aríamos eríamos iríamos áramos éramos íramos ávamos emos aremos eremos",
            "iremos ássemos êssemos íssemos imos armos ermos irmos eu iu ou ira iras");

    private PortugueseStemmer() {
    }

    static String stem(String word) {
        StringBuilder w = new StringBuilder(word);
        for (String[] ending : ACCENTED) {
            if (Words.endsWith(w, ending[0])) {
                w.setLength(w.length() - ending[0].length());
                w.append(ending[1]);
                break;
            }
        }
        int pv = Suffixes.vowelRegion(w, c -> isVowel((char) c));
        int p1 = Suffixes.region(w, 0, c -> isVowel((char) c));
        int p2 = Suffixes.region(w, p1, c -> isVowel((char) c));
        if (standardSuffix(w, pv, p1, p2) || verbSuffix(w, pv)) {
            int n = w.length();
            if (n >= 2 && n - 1 >= pv && w.charAt(n - 1) == 'i' && w.charAt(n - 2) == 'c') {
                w.setLength(n - 1);
            }
        } else {
            String s = Suffixes.longest(w, pv, "os", "a", "i", "o", "á", "í", "ó");
            if (s != null) {
                w.setLength(w.length() - s.length());
            }
        }
        residualForm(w, pv);
        return Words.fold(w.toString().replace("~", ""));
    }

    private static boolean standardSuffix(StringBuilder w, int pv, int p1, int p2) {
        String s = Suffixes.longest(w, 0, STANDARD);
        if (s == null) {
            return false;
        }
        int at = w.length() - s.length();
        switch (s) {
            case "amente" -> {
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
            case "ira", "iras" -> {
                if (at < pv || at == 0 || w.charAt(at - 1) != 'e') {
                    return false;
                }
                w.setLength(at);
                w.append("ir");
                return true;
            }
            default -> {
            }
        }
        if (at < p2) {
            return false;
        }
        w.setLength(at);
        switch (s) {
            case "logia", "logias" -> w.append("log");
            case "uça~o", "uço~es" -> w.append("u");
            case "ência", "ências" -> w.append("ente");
            case "mente" -> deleteIn(w, Suffixes.longest(w, 0, "ante", "avel", "ível"), p2);
            case "idade", "idades" -> deleteIn(w, Suffixes.longest(w, 0, "abil", "ic", "iv"), p2);
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

    private static boolean verbSuffix(StringBuilder w, int pv) {
        String s = Suffixes.longest(w, pv, VERB);
        if (s == null) {
            return false;
        }
        w.setLength(w.length() - s.length());
        return true;
    }

    /** A final {@code e} in RV, and then a u after g or an i after c in RV; a final {@code ç} becomes c. */
    private static void residualForm(StringBuilder w, int pv) {
        int n = w.length();
        if (n == 0) {
            return;
        }
        char last = w.charAt(n - 1);
        if ((last == 'e' || last == 'é' || last == 'ê') && n - 1 >= pv) {
            w.setLength(--n);
            if (n >= 2 && n - 1 >= pv && (Words.endsWith(w, "gu") || Words.endsWith(w, "ci"))) {
                w.setLength(n - 1);
            }
        } else if (last == 'ç') {
            w.setCharAt(n - 1, 'c');
        }
    }

    private static boolean isVowel(char c) {
        return "aeiouáéíóúâêô".indexOf(c) >= 0;
    }
}
