package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected stems are those of the Snowball English stemmer, whose steps 2 to 4 change none of these words. */
class EnglishStemmerTest {

    @ParameterizedTest
    @CsvSource({
        "taxes, tax", "tax, tax", "voting, vote", "voted, vote", "votes, vote", "hoping, hope", "running, run",
        "caresses, caress", "ponies, poni", "ties, tie", "cries, cri", "cats, cat", "gas, gas", "this, this",
        "gaps, gap", "kiwis, kiwi", "agreed, agre", "feed, feed", "happy, happi", "say, say", "by, by",
        "fitted, fit", "filing, file", "failing, fail", "controlled, control", "hopped, hop", "tanks, tank",
        "museum, museum", "skies, sky", "dying, die", "news, news", "inning, inning", "succeeded, succeed",
        "yellow, yellow", "saying, say", "ab, ab", "is, is", "2019, 2019",
        "steuern, steuern", "refugees, refuge"
    })
    void stemsInflections(String word, String stem) {
        assertEquals(stem, EnglishStemmer.stem(word));
    }
}
