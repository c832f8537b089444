package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code check} says about the languages of a site in several: every message with its position. */
class MultilingualCheckTest {

    private static final String SITE = """
            -- content/site.yaml --
            title: Forum
            base_url: https://example.org/
            languages: [de, fr]
            -- content/debates/nato/index.md --
            ---
            title: Nato
            date: 2019-01-28
            ---
            Text.
            """;

    @TempDir
    Path root;

    private List<String> errors(String files) {
        return InlineSite.messages(InlineSite.of(root, files).check()).stream()
                .map(m -> m.replace(root.toString() + "/", "")).toList();
    }

    @Test
    void reportsATranslationWithoutItsDebate() {
        assertEquals(List.of("content/debates/orphan/index.fr.md:1:1: error: translation 'index.fr.md' has no debate"
                + " in the default language: write debates/orphan/index.md"), errors(SITE + """
                -- content/debates/orphan/index.fr.md --
                ---
                title: Orphelin
                ---
                Texte.
                """));
    }

    @Test
    void reportsAPageTranslationWithoutItsPage() {
        assertEquals(List.of("content/pages/about.fr.md:1:1: error: translation 'about.fr.md' has no page in the"
                + " default language: write pages/about.md"), errors(SITE + """
                -- content/pages/about.fr.md --
                ---
                title: À propos
                ---
                Texte.
                """));
    }

    @Test
    void reportsAnUnknownLanguageCode() {
        assertEquals(List.of(
                "content/debates/nato/index.xx.md:1:1: error: unknown language code 'xx': write an ISO 639 language"
                        + " code such as de, fr or pt-BR",
                "content/site.yaml:3:21: error: unknown language code 'zz': write an ISO 639 language code such as"
                        + " de, fr or pt-BR"),
                errors(SITE.replace("[de, fr]", "[de, fr, zz]") + """
                -- content/debates/nato/index.xx.md --
                ---
                title: X
                ---
                """));
    }

    @Test
    void reportsALanguageNotListed() {
        assertEquals(List.of(
                "content/debates/nato/index.it.md:1:1: error: language 'it' is not listed in 'languages' of"
                        + " site.yaml (de, fr)",
                "content/debates/other/index.md:4:11: error: language 'en' is not listed in 'languages' of"
                        + " site.yaml (de, fr)",
                "content/topics.yaml:3:5: error: language 'es' is not listed in 'languages' of site.yaml (de, fr)"),
                errors(SITE + """
                -- content/debates/nato/index.it.md --
                ---
                title: Nato
                ---
                -- content/debates/other/index.md --
                ---
                title: Other
                date: 2019-01-29
                language: en
                topics: [Security]
                ---
                -- content/topics.yaml --
                Security:
                  names:
                    es: Seguridad
                    fr: Sécurité
                """));
    }

    @Test
    void reportsATranslationInTheOriginalsLanguageAndWarnsOfFieldsATranslationDoesNotHave() {
        assertEquals(List.of(
                "content/debates/nato/index.de.md:1:1: error: translation 'index.de.md' is in the language of"
                        + " index.md (de): remove one of them",
                "content/debates/nato/index.fr.md:3:1: warning: unknown field 'date'"),
                errors(SITE + """
                -- content/debates/nato/index.de.md --
                ---
                title: Nato
                ---
                -- content/debates/nato/index.fr.md --
                ---
                title: Otan
                date: 2019-01-28
                ---
                """));
    }

    @Test
    void reportsALanguageThatIsNotTheFirstOfLanguages() {
        assertEquals(List.of("content/site.yaml:3:11: error: field 'language' must be the first of 'languages' (de),"
                + " not 'fr'"), errors(SITE.replace("languages:", "language: fr\nlanguages:")));
    }

    @Test
    void reportsAnOldAddressThatClaimsAPageInTheDefaultLanguagesFolder() {
        String site = SITE.replace("languages: [de, fr]\n", "languages: [de, fr]\ndefault_language_in_folder: true\n")
                .replace("title: Nato\n", "title: Nato\naliases: [/de/, /de/debates/nato/]\n");
        assertEquals(List.of("content/debates/nato/index.md:1:1: error: output file 'de/debates/nato/index.html' would be"
                + " written twice: by this file and by content/debates/nato/index.md",
                "content/debates/nato/index.md:1:1: error: output file 'de/index.html' would be written twice: by this"
                        + " file and by the site itself"), errors(site));
    }
}
