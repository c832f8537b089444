package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void foldsCaseAndDiacritics() {
        assertEquals("tomas kralik", Words.fold("Tomáš Králík"));
        assertEquals("roisin", Words.fold("Róisín"));
        assertEquals("ines vandermeer", Words.fold("INÈS Vandermeer"));
    }

    @Test
    void splitsOnAnythingButLettersAndDigits() {
        assertEquals(List.of("it", "s", "17", "tanks", "in", "the", "museum", "europe", "s", "defence"),
                Words.words("It's 17 tanks -- in the \"museum\"; Europe’s defence!"));
    }

    @Test
    void keepsLettersOfOtherScripts() {
        // ї is і with a diaeresis, folded like any other diacritic.
        assertEquals(List.of("москва", "и", "киів", "東京"), Words.words("Москва и Київ, 東京."));
    }

    @Test
    void cutsOverlongWords() {
        String word = "a".repeat(100);
        assertEquals(List.of("a".repeat(Words.MAX_LENGTH)), Words.words(word));
    }

    @Test
    void givesNothingForTextWithoutWords() {
        assertEquals(List.of(), Words.words(" -- !? \u0000 "));
    }
}
