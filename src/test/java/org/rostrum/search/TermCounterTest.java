package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Text as the archives hold it: scripts mixed, with the characters that fold in context. */
    private static final List<String> MIXED = List.of(
            "Η Συνθήκη για τα Σύνορα ΟΔΥΣΣΕΥΣ, άρθρο 3 — Στρατός.", "Σχολείο", "ΣΑ Σ",
            "İstanbul'da IŞIK ıslak i\u0307 I\u0307", "Москва и Київ: «Свобода», ёлка ЁЛКА.",
            "東京都の議会、２０１９年。北京市", "الْعَرَبِيَّة والدستور ١٩٩٠ مجلس", "한국어 국회 서울",
            "Tomáš Králík façade naïve Æsir Øresund ﬁnance Straße ǅemal ŉ",
            "a\u0301b c\u0301 .\u0301d e\u0308\u0301 \u0915\u093f\u0938\u093e\u0928 \u0e01\u0e34\u0e19",
            "x\ud835\udc00y 𝔸𝔹 \ud800 lone \udc00 surrogates", "soft\u00adhyphen zero\u200bwidth join\u200der nbsp\u00a0here",
            "Europe’s «defence» — fin ‹x› “quoted” ½ ² Ⅻ ⅻ ① ９ｘＡ", "℃ Å Ω K ǈ ǋ ϓ ϔ ẛ ᾈ ῼ");

    @Test
    void agreesWithWordsOnMixedScripts() {
        TermCounter counter = new TermCounter(Stemmer.ENGLISH);
        for (String text : MIXED) {
            assertEquals(expected(text, 4), counted(counter, text, 4), text);
        }
        assertEquals(expected(String.join(" ", MIXED), 2), counted(counter, String.join(" ", MIXED), 2));
    }

    @Test
    void agreesWithWordsOnRandomTextOfTheWholePlane() {
        Random random = new Random(11);
        String alphabet = String.join("", MIXED);
        TermCounter counter = new TermCounter(Stemmer.ENGLISH);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(4);
                text.append(pick == 0 ? (char) random.nextInt(1 << 16)
                        : pick == 1 ? ' ' : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertEquals(expected(t, 4), counted(counter, t, 4), t);
        }
    }

    @Test
    void foldsEveryCharacterItTakesAloneAsWordsDoes() {
        FoldTable table = new FoldTable();
        int alone = 0;
        for (int c = 0; c < 1 << 16; c++) {
            int entry = table.entry((char) c);
            int kind = FoldTable.kind(entry);
            if (kind == FoldTable.SLOW) {
                continue;
            }
            alone++;
            String one = String.valueOf((char) c);
            assertEquals(Words.fold(one), String.valueOf(FoldTable.folded(entry)), "U+" + Integer.toHexString(c));
            assertEquals(kind == FoldTable.LETTER, Words.words("a" + one + "b").size() == 1, "U+" + Integer.toHexString(c));
        }
        assertTrue(alone > 50_000, alone + " characters folded alone");
    }

    @Test
    void startsEachDictionaryAfreshButRemembersWordsAcrossThem() {
        TermCounter counter = new TermCounter(Stemmer.ENGLISH);
        counter.add("taxes voting taxes", 4);
        counter.take();
        assertArrayEquals(new String[] {"tax", "vote"}, counter.terms());
        counter.startDictionary();
        TermCounter.Counted counted = counter.add("Москва voted tax", 4) == 3 ? counter.take() : null;
        assertArrayEquals(new String[] {"москва", "vote", "tax"}, counter.terms());
        assertArrayEquals(new int[] {0, 1, 2}, counted.ids());
        assertArrayEquals(new int[] {4, 4, 4}, counted.weights());
    }

    @Test
    void forgetsItsWordsPastTheLimitAndStillCountsRight() {
        TermCounter counter = new TermCounter(Stemmer.ENGLISH);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= TermCounter.MAX_WORDS; i++) {
            many.append('w').append(Integer.toString(i, 36)).append(' ');
        }
        assertEquals(TermCounter.MAX_WORDS + 1, counter.add(many.toString(), 1));
        counter.take();
        counter.startDictionary();
        assertEquals(Map.of("w0", 8, "tax", 4), counted(counter, "w0 taxes w0", 4));
        assertArrayEquals(new String[] {"w0", "tax"}, counter.terms());
    }

    @Test
    void everyCharacterTheCleaningBlanksIsASeparator() {
        FoldTable table = new FoldTable();
        int blanks = 0;
        for (int c = 0; c < 1 << 16; c++) {
            int entry = table.entry((char) c);
            boolean blank = SearchIndexWriter.clean("a" + (char) c + "b").equals("a b");
            assertEquals(blank, (entry & FoldTable.BLANK) != 0, "U+" + Integer.toHexString(c));
            assertEquals(blank, table.blank((char) c), "U+" + Integer.toHexString(c));
            if (blank) {
                blanks++;
                assertEquals(FoldTable.SEPARATOR, FoldTable.kind(entry), "U+" + Integer.toHexString(c));
            }
        }
        assertTrue(blanks > 60, blanks + " blanks");
    }

    /** What {@link TermCounter#addCleaning} gives: the counts, the words and the cleaned text. */
    private static String cleaningCounted(TermCounter counter, String text, int weight) {
        int words = counter.addCleaning(text, weight);
        String cleaned = new String(counter.cleaned(), 0, counter.cleanedLength());
        TermCounter.Counted taken = counter.take();
        return words + " " + java.util.Arrays.toString(taken.ids()) + java.util.Arrays.toString(taken.weights())
                + java.util.Arrays.toString(counter.terms()) + " [" + cleaned + "]";
    }

    /** The same as {@link #cleaningCounted}, by cleaning first and counting the cleaned text. */
    private static String cleanedThenCounted(TermCounter counter, String text, int weight) {
        String cleaned = SearchIndexWriter.clean(text);
        int words = counter.add(cleaned, weight);
        TermCounter.Counted taken = counter.take();
        return words + " " + java.util.Arrays.toString(taken.ids()) + java.util.Arrays.toString(taken.weights())
                + java.util.Arrays.toString(counter.terms()) + " [" + cleaned + "]";
    }

    @Test
    void countsWhileCleaningAsCleaningThenCounting() {
        Random random = new Random(13);
        String alphabet = String.join("", MIXED) + "  \t\n\r\u0000\u0085\u00a0\u2028\u200b\u200d\u00ad\ufeff\u3000\u0301";
        TermCounter cleaning = new TermCounter(Stemmer.ENGLISH);
        TermCounter plain = new TermCounter(Stemmer.ENGLISH);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 200 : 40);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(6);
                text.append(pick == 0 ? (char) random.nextInt(1 << 16)
                        : pick == 1 ? ' ' : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            if (n % 7 == 0) {
                cleaning.startDictionary();
                plain.startDictionary();
            }
            assertEquals(cleanedThenCounted(plain, t, 4), cleaningCounted(cleaning, t, 4), t);
        }
        for (String t : MIXED) {
            String spaced = " \t" + t.replace(" ", " \u00a0\n") + "\u2029 ";
            assertEquals(cleanedThenCounted(plain, spaced, 2), cleaningCounted(cleaning, spaced, 2), spaced);
        }
    }
}
