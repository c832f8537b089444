package org.rostrum.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tartarus.snowball.SnowballStemmer;

/** What the stemmer tests share: Snowball's stem of a word, and the test vocabularies made from word lists. */
final class SnowballWords {

    private SnowballWords() {
    }

    /** Snowball's stem of {@code word} by {@code snowball} (a fresh stemmer of the language). */
    static String stem(SnowballStemmer snowball, String word) {
        snowball.setCurrent(word);
        snowball.stem();
        return snowball.getCurrent();
    }

    /** The folded words of {@code forms}, each once, in the order first found. */
    static List<String> folded(Collection<String> forms) {
        List<String> folded = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String word : forms) {
            Words.words(word).stream().filter(seen::add).forEach(folded::add);
        }
        return folded;
    }

    /** The words of a space-separated list ({@code ?} marks are left out). */
    static List<String> split(String words) {
        return List.of(words.replace("?", "").trim().split("\\s+"));
    }
}
