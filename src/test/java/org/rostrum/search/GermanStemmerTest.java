package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Snowball German, rule by rule on folded words, and word for word against Lucene's copy of the
 * Snowball stemmer (generated from the Snowball sources) over a list of several hundred German words.
 */
class GermanStemmerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Step 1: em, ern, er deleted in R1
        "einem, ein", "kindern, kind", "steuer, steu", "steuern, steu",
        // Step 1: e, en, es deleted in R1, and niss after them ends in nis
        "armes, arm", "tages, tag", "bedurfnissen, bedurfnis", "ergebnisse, ergebnis", "ergebnis, ergebnis",
        // Step 1: s deleted after a valid s-ending (b d f g h k l m n r t) only
        "jahrs, jahr", "autos, autos",
        // R1 starts at the fourth letter at the earliest; nothing outside R1 goes
        "eben, eben", "seen, seen", "ohne, ohn",
        // Step 2: en, er, est in R1; st after a valid st-ending with three letters before it
        "derbsten, derb", "kleinsten, klein", "machst, mach", "bist, bist", "durst, durst", "schwester, schwest",
        // the longest suffix decides, even where its region test then fails
        "besten, best",
        // Step 3: end, ung in R2, then ig not after e
        "entscheidung, entscheid", "entscheidend, entscheid", "vereinigung, verein", "beteiligung, beteil",
        // Step 3: ig, ik, isch in R2, not after e
        "notwendig, notwend", "politisch, polit", "europaisch, europa", "wichtig, wichtig",
        // Step 3: lich, heit in R2, then er or en in R1
        "wissenschaftlich, wissenschaft", "argerlich, arg",
        // Step 3: keit in R2, then lich or ig in R2
        "freundlichkeit, freundlich", "moglichkeit, moglich",
        // ß is ss; u and y between vowels are consonants
        "straße, strass", "bauern, bau", "trauer, trau", "bayern, bay",
        // short words and other scripts are left alone
        "es, es", "zu, zu", "2019, 2019", "οδυσσευσ, οδυσσευσ"
    })
    void stemsByTheSnowballRules(String word, String stem) {
        assertEquals(stem, GermanStemmer.stem(word));
    }

    @Test
    void stemsAsSnowballDoesOnSeveralHundredGermanWords() throws IOException {
        org.tartarus.snowball.ext.GermanStemmer snowball = new org.tartarus.snowball.ext.GermanStemmer();
        List<String> differ = new ArrayList<>();
        List<String> words = words();
        for (String word : words) {
            snowball.setCurrent(word);
            snowball.stem();
            String expected = snowball.getCurrent();
            String actual = GermanStemmer.stem(word);
            if (!expected.equals(actual)) {
                differ.add(word + ": " + actual + " (Snowball: " + expected + ")");
            }
        }
        assertTrue(words.size() > 800, "words compared: " + words.size());
        assertEquals(List.of(), differ);
    }

    @Test
    void steuernFindsSteuer() {
        assertEquals(GermanStemmer.stem(Words.fold("Steuer")), GermanStemmer.stem(Words.fold("Steuern")));
        assertEquals(GermanStemmer.stem(Words.fold("Bedürfnis")), GermanStemmer.stem(Words.fold("Bedürfnissen")));
        assertEquals(GermanStemmer.stem(Words.fold("Straße")), GermanStemmer.stem(Words.fold("Straßen")));
    }

    /** The folded words of the German word list, each once. */
    static List<String> words() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/search/german-words.txt"),
                StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                Words.words(line).stream().filter(w -> !out.contains(w)).forEach(out::add);
            }
        }
        return out;
    }
}
