package org.rostrum.search;

/**
 * The Snowball Russian stemmer, on folded words ({@link Words#fold}): {@code налогов} and {@code налог}
 * share the stem {@code налог}. Folding takes the breve off {@code й} (and the diaeresis off
 * {@code ё}, which Snowball reads as {@code е} anyway); the {@code й} that an ending implies is put
 * back first ({@code -ыи}, {@code -ои}, {@code -еи}, {@code -уи}, {@code -щии}, {@code -шии} are
 * {@code -ый}, {@code -ой}, {@code -ей}, {@code -уй}, {@code -щий}, {@code -ший}; {@code -аите},
 * {@code -уите}, {@code -яите} are {@code -айте}...; the superlative's {@code -еиш-} is
 * {@code -ейш-}), then Snowball's rules run, and the stem is folded again.
 * {@code RussianStemmerTest} compares this with Snowball's own Russian stemmer;
 * {@code static/search-ru.js} runs the same algorithm in the browser, and {@code StemmerParityIT}
 * holds the two to the same output. Stateless.
 */
final class RussianStemmer {

    private static final Rule GERUND = new Rule("в вши вшись", "ив ивши ившись ыв ывши ывшись");
    private static final Rule REFLEXIVE = new Rule("", "ся сь");
    private static final Rule ADJECTIVE = new Rule("", "ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому"
            + " их ых ую юю ая яя ою ею");
    private static final Rule PARTICIPLE = new Rule("ем нн вш ющ щ", "ивш ывш ующ");
    private static final Rule VERB = new Rule("ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно", "ила ыла ена"
            + " ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю");
    private static final Rule NOUN = new Rule("", "а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем"
            + " ам ом о у ах иях ях ы ь ию ью ю ия ья я");
    private static final Rule I = new Rule("", "и");
    private static final Rule DERIVATIONAL = new Rule("", "ост ость");

    /** Suffixes of a step, longest first; those in {@code afterA} go only after а or я. */
    private record Rule(String[] suffixes, java.util.Set<String> afterA) {
        Rule(String afterA, String others) {
            this(Suffixes.byLength((afterA + " " + others).trim()), java.util.Set.of(afterA.isEmpty()
                    ? new String[0] : afterA.split(" ")));
        }
    }

    private RussianStemmer() {
    }

    static String stem(String word) {
        StringBuilder w = new StringBuilder(word);
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == 'и' && "ыоеу".indexOf(w.charAt(n - 2)) >= 0
                || n >= 3 && Words.endsWith(w, "ии") && "шщ".indexOf(w.charAt(n - 3)) >= 0) {
            w.setCharAt(n - 1, 'й');
        } else if (n >= 4 && Words.endsWith(w, "ите") && "ауя".indexOf(w.charAt(n - 4)) >= 0) {
            w.setCharAt(n - 3, 'й');
        }
        int superlative = w.indexOf("еиш");
        if (superlative >= 0) {
            w.setCharAt(superlative + 1, 'й');
        }
        int pv = w.length();
        for (int i = 0; i < w.length(); i++) {
            if (isVowel(w.charAt(i))) {
                pv = i + 1;
                break;
            }
        }
        int p2 = Suffixes.region(w, Suffixes.region(w, 0, c -> isVowel((char) c)), c -> isVowel((char) c));
        if (!cut(w, pv, GERUND)) {
            cut(w, pv, REFLEXIVE);
            if (cut(w, pv, ADJECTIVE)) {
                cut(w, pv, PARTICIPLE);
            } else if (!cut(w, pv, VERB)) {
                cut(w, pv, NOUN);
            }
        }
        cut(w, pv, I);
        cut(w, Math.max(pv, p2), DERIVATIONAL);
        tidyUp(w, pv);
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) == 'й') {
                w.setCharAt(i, 'и');
            }
        }
        return w.toString();
    }

    /** {@code -ейш(е)} goes (and then нн becomes н), or нн becomes н, or a final ь goes. */
    private static void tidyUp(StringBuilder w, int pv) {
        String s = Suffixes.longest(w, pv, "ейше", "ейш", "н", "ь");
        if (s == null) {
            return;
        }
        int at = w.length() - s.length();
        if (s.equals("н")) {
            if (at - 1 >= pv && w.charAt(at - 1) == 'н') {
                w.setLength(at);
            }
            return;
        }
        w.setLength(at);
        if (s.startsWith("ейш") && Words.endsWith(w, "нн") && w.length() - 2 >= pv) {
            w.setLength(w.length() - 1);
        }
    }

    /**
     * Takes off the longest suffix of {@code rule} that {@code w} ends with at or after {@code from} (one
     * of its {@code afterA} only after а or я, also at or after {@code from}). Whether it did.
     */
    private static boolean cut(StringBuilder w, int from, Rule rule) {
        String s = Suffixes.longest(w, from, rule.suffixes());
        if (s == null) {
            return false;
        }
        int at = w.length() - s.length();
        if (rule.afterA().contains(s) && !(at - 1 >= from && (w.charAt(at - 1) == 'а' || w.charAt(at - 1) == 'я'))) {
            return false;
        }
        w.setLength(at);
        return true;
    }

    private static boolean isVowel(char c) {
        return "аеиоуыэюя".indexOf(c) >= 0;
    }
}
