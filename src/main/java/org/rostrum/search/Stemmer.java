package org.rostrum.search;

import java.util.Locale;

/**
 * The stemmer of a site's language, the same when the index is built and in the browser: the index's
 * manifest names it ({@link #id}) and {@code static/search.js} stems queries with the stemmer of that
 * name. Languages without one get {@link #NONE}: words are folded but not stemmed, and prefix
 * matching still finds longer forms of a word.
 */
public enum Stemmer {
    /** No stemming. */
    NONE("none"),
    /** The inflectional steps of Snowball English ({@link EnglishStemmer}). */
    ENGLISH("en"),
    /** Snowball German ({@link GermanStemmer}). */
    GERMAN("de"),
    /** Snowball French ({@link FrenchStemmer}). */
    FRENCH("fr"),
    /** Snowball Spanish ({@link SpanishStemmer}). */
    SPANISH("es"),
    /** Snowball Russian ({@link RussianStemmer}). */
    RUSSIAN("ru"),
    /** Snowball Italian ({@link ItalianStemmer}). */
    ITALIAN("it"),
    /** Snowball Portuguese ({@link PortugueseStemmer}). */
    PORTUGUESE("pt"),
    /** Snowball Dutch ({@link DutchStemmer}). */
    DUTCH("nl"),
    /** Snowball Arabic ({@link ArabicStemmer}). */
    ARABIC("ar");

    private final String id;

    Stemmer(String id) {
        this.id = id;
    }

    /** The stemmer for a BCP 47 language tag ({@code de}, {@code de-CH}, {@code en-GB}...). */
    public static Stemmer forLanguage(String tag) {
        String language = tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        for (Stemmer s : values()) {
            if (s != NONE && s.id.equals(language)) {
                return s;
            }
        }
        return NONE;
    }

    /** The name the manifest and {@code static/search.js} know this stemmer by. */
    public String id() {
        return id;
    }

    /** The stem of a folded word ({@link Words#fold}). */
    String stem(String word) {
        return switch (this) {
            case NONE -> word;
            case ENGLISH -> EnglishStemmer.stem(word);
            case GERMAN -> GermanStemmer.stem(word);
            case FRENCH -> FrenchStemmer.stem(word);
            case SPANISH -> SpanishStemmer.stem(word);
            case RUSSIAN -> RussianStemmer.stem(word);
            case ITALIAN -> ItalianStemmer.stem(word);
            case PORTUGUESE -> PortugueseStemmer.stem(word);
            case DUTCH -> DutchStemmer.stem(word);
            case ARABIC -> ArabicStemmer.stem(word);
        };
    }
}
