package org.rostrum.search;

/**
 * The Snowball French stemmer, on folded words ({@link Words#fold}): {@code impots} and {@code impot}
 * share the stem {@code impot}, {@code nationalite} and {@code nationales} the stem {@code national}.
 * Snowball French expects accents, which folded words have lost; so the accent that a word's ending
 * implies is put back first ({@code -ee(s)} is {@code -ée(s)}, {@code -ite(s)} {@code -ité(s)},
 * {@code -iere(s)} {@code -ière(s)}, {@code -ierement} {@code -ièrement}), then Snowball's rules run, and
 * the stem is folded again. {@code FrenchStemmerTest} compares this with Snowball's own French stemmer;
 * {@code static/search-fr.js} runs the same algorithm in the browser, and {@code StemmerParityIT} holds
 * the two to the same output. Stateless.
 */
final class FrenchStemmer {

    private static final String[] STANDARD = Suffixes.byLength("ance iqUe isme able iste eux ances iqUes ismes ables istes",
            "atrice ateur ation atrices ateurs ations", "logie logies", "usion ution usions utions", "ence ences",
            "ement ements", "ité ités", "if ive ifs ives", "eaux", "aux", "euse euses", "issement issements", "amment", "emment",
            "ment ments");
    private static final String[] I_VERB = Suffixes.byLength("i ie ies ir ira irai iraIent irais irait iras irent irez iriez"
            + " irions irons iront is issaIent issais issait issant issante issantes issants isse issent isses issez"
            + " issiez issions issons it");
    private static final String[] VERB = Suffixes.byLength("ions", "er era erai eraIent erais erait eras erez eriez erions"
            + " erons eront ez iez é ée ées és", "a ai aIent ais ait ant ante antes ants as asse assent asses assiez assions");

    private FrenchStemmer() {
    }

    static String stem(String word) {
        StringBuilder w = new StringBuilder(word);
        accent(w);
        markConsonants(w);
        int pv = vowelRegion(w);
        int p1 = Suffixes.region(w, 0, c -> isVowel((char) c));
        int p2 = Suffixes.region(w, p1, c -> isVowel((char) c));
        if (standardSuffix(w, pv, p1, p2) || iVerbSuffix(w, pv) || verbSuffix(w, pv, p2)) {
            if (Words.endsWith(w, "Y")) {
                w.setCharAt(w.length() - 1, 'i');
            }
        } else {
            residualSuffix(w, pv, p2);
        }
        for (String s : new String[] {"enn", "onn", "ett", "ell", "eill"}) {
            if (Words.endsWith(w, s)) {
                w.setLength(w.length() - 1);
                break;
            }
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'U' || c == 'I' || c == 'Y') {
                w.setCharAt(i, Character.toLowerCase(c));
            } else if (c == 'é' || c == 'è') {
                w.setCharAt(i, 'e');
            }
        }
        return w.toString();
    }

    /** Puts back the accent of {@code -ée(s)}, {@code -ité(s)}, {@code -ière(s)} and {@code -ièrement}. */
    private static void accent(StringBuilder w) {
        int n = w.length();
        int end = n > 0 && w.charAt(n - 1) == 's' ? n - 1 : n;
        CharSequence word = w.subSequence(0, end);
        if (Words.endsWith(word, "ee")) {
            w.setCharAt(end - 2, 'é');
        } else if (Words.endsWith(word, "ite")) {
            w.setCharAt(end - 1, 'é');
        } else if (Words.endsWith(word, "iere")) {
            w.setCharAt(end - 3, 'è');
        } else if (Words.endsWith(w, "ierement")) {
            w.setCharAt(n - 7, 'è');
        }
    }

    /**
     * {@code u} and {@code i} between vowels, {@code y} after or before a vowel and {@code u} after
     * {@code q} count as consonants ({@code U}, {@code I}, {@code Y}), scanning left to right.
     */
    private static void markConsonants(StringBuilder w) {
        int i = 0;
        while (i < w.length()) {
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            boolean vowelAfter = i + 2 < w.length() && isVowel(w.charAt(i + 2));
            if (isVowel(w.charAt(i)) && ((next == 'u' || next == 'i') && vowelAfter || next == 'y')) {
                w.setCharAt(i + 1, Character.toUpperCase(next));
            } else if (w.charAt(i) == 'y' && isVowel(next)) {
                w.setCharAt(i, 'Y');
            } else if (w.charAt(i) == 'q' && next == 'u') {
                w.setCharAt(i + 1, 'U');
            } else {
                i++;
            }
        }
    }

    /** RV: after the third letter if the word starts with two vowels or with par, col or tap, else after its second vowel. */
    private static int vowelRegion(CharSequence w) {
        int n = w.length();
        if (n >= 3 && isVowel(w.charAt(0)) && isVowel(w.charAt(1))) {
            return 3;
        }
        String start = w.subSequence(0, Math.min(3, n)).toString();
        if (start.equals("par") || start.equals("col") || start.equals("tap")) {
            return 3;
        }
        for (int i = 1; i < n; i++) {
            if (isVowel(w.charAt(i))) {
                return i + 1;
            }
        }
        return n;
    }

    private static boolean standardSuffix(StringBuilder w, int pv, int p1, int p2) {
        String s = Suffixes.longest(w, 0, STANDARD);
        if (s == null) {
            return false;
        }
        int at = w.length() - s.length();
        switch (s) {
            case "atrice", "ateur", "ation", "atrices", "ateurs", "ations" -> {
                if (at < p2) {
                    return false;
                }
                w.setLength(at);
                replaceIc(w, p2);
            }
            case "logie", "logies" -> {
                return at >= p2 && replace(w, at, "log");
            }
            case "usion", "ution", "usions", "utions" -> {
                return at >= p2 && replace(w, at, "u");
            }
            case "ence", "ences" -> {
                return at >= p2 && replace(w, at, "ent");
            }
            case "ement", "ements" -> {
                if (at < pv) {
                    return false;
                }
                w.setLength(at);
                afterEment(w, pv, p1, p2);
            }
            case "ité", "ités" -> {
                if (at < p2) {
                    return false;
                }
                w.setLength(at);
                afterIte(w, p2);
            }
            case "if", "ive", "ifs", "ives" -> {
                if (at < p2) {
                    return false;
                }
                w.setLength(at);
                if (Words.endsWith(w, "at") && w.length() - 2 >= p2) {
                    w.setLength(w.length() - 2);
                    replaceIc(w, p2);
                }
            }
            case "eaux" -> w.setLength(w.length() - 1);
            case "aux" -> {
                return at >= p1 && replace(w, at, "al");
            }
            case "euse", "euses" -> {
                if (at >= p2) {
                    w.setLength(at);
                } else {
                    return at >= p1 && replace(w, at, "eux");
                }
            }
            case "issement", "issements" -> {
                if (at < p1 || isVowel(w.charAt(at - 1))) {
                    return false;
                }
                w.setLength(at);
            }
            // -amment, -emment and -ment are changed but count as not found, so the verb suffixes are tried next
            case "amment", "emment" -> {
                if (at >= pv) {
                    replace(w, at, s.equals("amment") ? "ant" : "ent");
                }
                return false;
            }
            case "ment", "ments" -> {
                if (at - 1 >= pv && isVowel(w.charAt(at - 1))) {
                    w.setLength(at);
                }
                return false;
            }
            default -> {
                if (at < p2) {
                    return false;
                }
                w.setLength(at);
            }
        }
        return true;
    }

    /** After {@code -ement}: {@code iv} (and {@code at} before it), {@code eus}, {@code abl}, {@code iqU}. */
    private static void afterEment(StringBuilder w, int pv, int p1, int p2) {
        String s = Suffixes.longest(w, 0, "eus", "abl", "iqU", "ièr", "Ièr", "iv");
        if (s == null) {
            return;
        }
        int at = w.length() - s.length();
        if (s.endsWith("èr")) {
            if (at >= pv) {
                replace(w, at, "i");
            }
        } else if (at >= p2) {
            w.setLength(at);
            if (s.equals("iv") && Words.endsWith(w, "at") && at - 2 >= p2) {
                w.setLength(at - 2);
            }
        } else if (s.equals("eus") && at >= p1) {
            replace(w, at, "eux");
        }
    }

    /** After {@code -ité}: {@code abil} (deleted in R2, else {@code abl}), {@code ic} and {@code iv}. */
    private static void afterIte(StringBuilder w, int p2) {
        String s = Suffixes.longest(w, 0, "abil", "ic", "iv");
        if (s == null) {
            return;
        }
        int at = w.length() - s.length();
        if (at >= p2) {
            w.setLength(at);
        } else if (s.equals("abil")) {
            replace(w, at, "abl");
        } else if (s.equals("ic")) {
            replace(w, at, "iqU");
        }
    }

    /** A final {@code ic}: deleted in R2, else {@code iqU}. */
    private static void replaceIc(StringBuilder w, int p2) {
        if (Words.endsWith(w, "ic")) {
            int at = w.length() - 2;
            if (at >= p2) {
                w.setLength(at);
            } else {
                replace(w, at, "iqU");
            }
        }
    }

    /** The verb suffixes of the second group ({@code -ir}), after a consonant, in RV. */
    private static boolean iVerbSuffix(StringBuilder w, int pv) {
        String s = Suffixes.longest(w, pv, I_VERB);
        if (s == null) {
            return false;
        }
        int at = w.length() - s.length();
        if (at - 1 < pv || isVowel(w.charAt(at - 1))) {
            return false;
        }
        w.setLength(at);
        return true;
    }

    /** The other verb suffixes, in RV: {@code -ions} in R2; {@code -a...} with an {@code e} before them. */
    private static boolean verbSuffix(StringBuilder w, int pv, int p2) {
        String s = Suffixes.longest(w, pv, VERB);
        if (s == null) {
            return false;
        }
        int at = w.length() - s.length();
        if (s.equals("ions")) {
            if (at < p2) {
                return false;
            }
        } else if (s.charAt(0) == 'a' && at - 1 >= pv && w.charAt(at - 1) == 'e') {
            at--;
        }
        w.setLength(at);
        return true;
    }

    /** When no other suffix was found: a final {@code s}, then {@code -ion} after s or t, {@code -ier}, {@code -e}. */
    private static void residualSuffix(StringBuilder w, int pv, int p2) {
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == 's' && "aious".indexOf(w.charAt(n - 2)) < 0) {
            w.setLength(n - 1);
        }
        String s = Suffixes.longest(w, pv, "ion", "ière", "Ière", "ier", "Ier", "e");
        if (s == null) {
            return;
        }
        int at = w.length() - s.length();
        if (s.equals("ion")) {
            if (at >= p2 && at - 1 >= pv && (w.charAt(at - 1) == 's' || w.charAt(at - 1) == 't')) {
                w.setLength(at);
            }
        } else if (s.equals("e")) {
            w.setLength(at);
        } else {
            replace(w, at, "i");
        }
    }

    private static boolean replace(StringBuilder w, int at, String with) {
        w.setLength(at);
        w.append(with);
        return true;
    }




    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'é' || c == 'è';
    }
}
