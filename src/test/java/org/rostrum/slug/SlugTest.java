package org.rostrum.slug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void spellsCyrillicByBgnPcgn() {
        assertEquals("politika", Slug.of("Политика"));
        assertEquals("pochemu-rossiya-ne-v-nato", Slug.of("Почему Россия не в НАТО?"));
        assertEquals("novyy-god-i-yelka", Slug.of("Новый год и ёлка"));
        assertEquals("ukraina", Slug.of("Україна"));
    }

    @Test
    void spellsGreekByUngegn() {
        assertEquals("athina", Slug.of("Αθήνα"));
        assertEquals("ellada", Slug.of("ΕΛΛΆΔΑ"));
    }

    @Test
    void spellsGermanAndNordicLettersAsTheirLanguagesDo() {
        assertEquals("oesterreich", Slug.of("Österreich"));
        assertEquals("strasse-oeuvre", Slug.of("Straße & Œuvre"));
        assertEquals("uebermut-aerger", Slug.of("ÜBERMUT Ärger"));
        assertEquals("aeroe-oeresund-aarhus", Slug.of("Ærø, Øresund, Århus"));
    }

    @Test
    void dropsOtherAccentsAndApostrophes() {
        assertEquals("economie-societe-leurope-daujourdhui", Slug.of("Économie & Société: l'Europe d’aujourd’hui"));
        assertEquals("lodz-thorshoefn", Slug.of("Łódź, Þórshöfn"));
        assertEquals("foreign-affairs", Slug.of("  Foreign   Affairs! "));
        assertEquals("finance-1-2", Slug.of("ﬁnance ½"));
    }

    @Test
    void dropsDecomposableAccentsWithoutIcuAsIcuWould() {
        for (String name : new String[] {"Économie & Société", "Señor Niño", "Příliš žluťoučký kůň", "Garçon déjà vu",
                "Őrség ﬁnance", "Ça va? Ÿ"}) {
            assertEquals(Slug.of(Slug.transliterated(name)), Slug.of(Slug.accentsDropped(name).orElseThrow()), name);
        }
        for (String name : new String[] {"Österreich", "Łódź", "Ærø", "Политика", "½"}) {
            assertEquals(java.util.Optional.empty(), Slug.accentsDropped(name), name);
        }
    }

    @Test
    void isEmptyWhenNothingCanBeSpelled() {
        assertEquals("", Slug.of("¿🙂?"));
        assertEquals("", Slug.of("--"));
    }

    @Test
    void cutsAtAHyphenWhenThatKeepsMoreThanHalf() {
        assertEquals("aaaa-bbbb", Slug.of("aaaa bbbb cccc", 12));
        assertEquals("aaaaaaaaaa", Slug.of("aaaaaaaaaaaa bb", 10));
        String cut = Slug.of("word ".repeat(40), 80);
        assertTrue(cut.length() <= 80 && Slug.isValid(cut), cut);
    }

    @Test
    void everySlugIsValid() {
        for (String name : new String[] {"Политика", "Österreich", "a--b", "-x-", "Ελλάδα 2024", "日本語"}) {
            String slug = Slug.of(name);
            assertTrue(Slug.isValid(slug), name + " → " + slug);
        }
        assertFalse(Slug.isValid("a--b"));
        assertFalse(Slug.isValid("Ab"));
        assertFalse(Slug.isValid(""));
    }
}
