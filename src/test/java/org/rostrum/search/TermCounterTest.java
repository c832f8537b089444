package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermCounterTest {

    /** The terms of {@code text} as folding, splitting and stemming it whole gives them. */
    private static Map<String, Integer> expected(String text, int weight) {
        Map<String, Integer> counts = new HashMap<>();
        Words.words(text).forEach(w -> counts.merge(EnglishStemmer.stem(w), weight, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> counted(TermCounter counter, String text, int weight) {
        int words = counter.add(text, weight);
        assertEquals(Words.words(text).size(), words, text);
        TermCounter.Counted taken = counter.take();
        String[] terms = counter.terms();
        Map<String, Integer> counts = new HashMap<>();
        for (int k = 0; k < taken.ids().length; k++) {
            counts.put(terms[taken.ids()[k]], taken.weights()[k]);
        }
        return counts;
    }

    @Test
    void countsStemmedTermsOfEachDocumentApart() {
        TermCounter counter = new TermCounter(Stemmer.ENGLISH);
        assertEquals(Map.of("tax", 8, "vote", 4), counted(counter, "Taxes, tax; VOTING.", 4));
        assertEquals(Map.of("tax", 12), counted(counter, "taxed", 12));
    }

    @Test
    void agreesWithWordsOnTextBeyondAscii() {
        TermCounter counter = new TermCounter(Stemmer.ENGLISH);
        for (String text : List.of("Tomáš Králík", "Москва и Київ, 東京.", "ΟΔΥΣΣΕΥΣ.Β ΑΣ'Β ΣΑ", "İstanbul",
                "a\u0301b c\u0301 .\u0301d", "x\ud835\udc00y 𝔸𝔹", "e\u0301" + "a".repeat(60), "a".repeat(60) + "é",
                "Europe’s «defence» — fin", "ǅemal ﬁne Straße")) {
            assertEquals(expected(text, 4), counted(counter, text, 4), text);
        }
    }

    @Test
    void agreesWithWordsOnRandomText() {
        String alphabet = "aAzZ09 .,'-:\t\n\u00e9\u00c9\u0301\u0308\u03a3\u03c3\u03b1\u0391\u0130\u0131"
                + "\u00df\ufb01\u2019\u00ad\u200d\u0436\u6771";
        Random random = new Random(7);
        TermCounter counter = new TermCounter(Stemmer.ENGLISH);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? "\ud835\udc00" : String.valueOf(
                        alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String t = text.toString();
            assertEquals(expected(t, 4), counted(counter, t, 4), t);
        }
    }
}
