package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"en, ENGLISH", "en-GB, ENGLISH", "EN-us, ENGLISH", "de, GERMAN", "de-AT, GERMAN", "de-CH, GERMAN",
        "de_DE, GERMAN", "fr, FRENCH", "fr-CA, FRENCH", "es, SPANISH", "es-MX, SPANISH", "ru, RUSSIAN", "it, ITALIAN", "it-CH, ITALIAN", "pt, PORTUGUESE", "pt-BR, PORTUGUESE", "nl, DUTCH", "nl-BE, DUTCH", "ar, ARABIC", "ar-EG, ARABIC", "cs, NONE", "pl, NONE", "und, NONE", "none, NONE", "'', NONE"})
    void isChosenByTheLanguageOfTheSite(String tag, Stemmer stemmer) {
        assertEquals(stemmer, Stemmer.forLanguage(tag));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({"ENGLISH, taxes, tax", "ITALIAN, tasse, tass", "PORTUGUESE, impostos, impost", "DUTCH, belastingen, belast", "ARABIC, الضريبة, ضريب", "GERMAN, steuern, steu", "FRENCH, impots, impot", "SPANISH, impuestos, impuest", "RUSSIAN, налогов, налог", "NONE, taxes, taxes", "NONE, steuern, steuern"})
    void stemsWithItsAlgorithm(Stemmer stemmer, String word, String stem) {
        assertEquals(stem, stemmer.stem(word));
    }
}
