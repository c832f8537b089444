package org.rostrum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rostrum.diag.Diagnostics;
import org.rostrum.i18n.StringTable;
import org.rostrum.i18n.Strings;

class InterfaceStringsTest {

    @TempDir
    Path temp;

    private final InterfaceStrings strings = new InterfaceStrings();

    static List<String> shipped() {
        return InterfaceStrings.SHIPPED;
    }

    /** Every shipped table writes every key of the English table, each plural form its language needs, nothing else. */
    @ParameterizedTest
    @MethodSource("shipped")
    void shippedTableIsComplete(String language) {
        Diagnostics problems = new Diagnostics();
        StringTable table = strings.shippedTable(language, problems).orElseThrow();
        Strings resolved = Strings.resolve(language, strings.english(), language.equals("en") ? List.of() : List.of(table),
                table.origin(), problems);
        assertEquals(List.of(), problems.sorted().stream().map(Object::toString).toList());
        assertEquals(strings.english().messages().keySet(), table.messages().keySet(), "keys of " + language);
        assertEquals(strings.english().messages().keySet(), resolved.keys());
    }

    @Test
    void polishCountsTakeTheirCldrForms() {
        Strings pl = strings.shipped("pl");
        Map<Integer, String> expected = Map.of(0, "0 komentarzy", 1, "1 komentarz", 2, "2 komentarze",
                5, "5 komentarzy", 21, "21 komentarzy", 22, "22 komentarze", 25, "25 komentarzy");
        expected.forEach((n, text) -> assertEquals(text, pl.plural("comments.count", n)));
        assertEquals("w 1 debacie", pl.plural("responses.in.debates", 1));
        assertEquals("w 22 debatach", pl.plural("responses.in.debates", 22));
    }

    @Test
    void russianCountsTakeTheirCldrForms() {
        Strings ru = strings.shipped("ru");
        Map<Integer, String> expected = Map.of(0, "0 комментариев", 1, "1 комментарий", 2, "2 комментария",
                5, "5 комментариев", 21, "21 комментарий", 22, "22 комментария", 25, "25 комментариев");
        expected.forEach((n, text) -> assertEquals(text, ru.plural("comments.count", n)));
    }

    @Test
    void arabicHasSixForms() {
        Strings ar = strings.shipped("ar");
        assertEquals("لا تعليقات", ar.plural("comments.count", 0));
        assertEquals("تعليق واحد", ar.plural("comments.count", 1));
        assertEquals("تعليقان", ar.plural("comments.count", 2));
        assertEquals("few", ar.pluralForm(3));
        assertEquals("many", ar.pluralForm(11));
        assertEquals("other", ar.pluralForm(100));
        assertEquals("rtl", ar.direction());
        assertEquals("ltr", strings.shipped("de").direction());
        assertEquals("rtl", strings.shipped("he").direction());
    }

    @Test
    void numbersAreWrittenAsTheLanguageWritesThem() {
        assertEquals("1.234 Kommentare", strings.shipped("de").plural("comments.count", 1234));
        assertEquals("1,234 comments", strings.shipped("en").plural("comments.count", 1234));
        assertEquals("1,234 تعليقًا", strings.shipped("ar").plural("comments.count", 1234).replace('\u066c', ','),
                "digits 0-9 as in dates");
        assertEquals("٣ تعليقات", strings.shipped("ar-u-nu-arab").plural("comments.count", 3));
    }

    @Test
    void placeholdersFillInTheOrderOfTheEnglishText() {
        Strings en = strings.shipped("en");
        assertEquals(List.of("first", "last", "total", "part", "parts"), en.parameters("thread.part"));
        assertEquals("Threads 1–50 of 120, part 1 of 3.", en.text("thread.part", "1", "50", "120", "1", "3"));
        assertEquals("Diskussionen 1–50 von 120, Teil 1 von 3.",
                strings.shipped("de").text("thread.part", "1", "50", "120", "1", "3"));
    }

    @Test
    void siteTableOverridesAndRegionalTableOverridesItsLanguage() {
        MiniSite site = MiniSite.withSiteYaml(temp)
                .file("i18n/de.yaml", "nav.topics: Schlagworte\ncomment.anonymous: Unbekannt\n")
                .file("i18n/de-AT.yaml", "nav.topics: Stichwörter\n");
        Diagnostics problems = new Diagnostics();
        Strings de = strings.load(site.root, "de-AT", problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals("Stichwörter", de.text("nav.topics"));
        assertEquals("Unbekannt", de.text("comment.anonymous"));
        assertEquals("Debatten", de.text("nav.debates"));
    }

    @Test
    void reportsUnknownKeysPlaceholdersAndMissingPluralFormsWithPositions() {
        MiniSite site = MiniSite.withSiteYaml(temp).file("i18n/pl.yaml", """
                nav.topic: Tematy
                comments.count:
                  one: "{count} komentarz"
                  other: "{count} komentarza"
                replies.count: "{count} odpowiedzi"
                card.no.comments:
                  one: x
                comment.replied.to: "odpowiedź dla {who}"
                debates.count:
                  one: "{count} debata"
                  few: "{count} debaty"
                  many: "{count} debat"
                  other: "{count} debaty"
                  two: "{count} debaty"
                """);
        Diagnostics problems = new Diagnostics();
        Strings pl = strings.load(site.root, "pl", problems);
        assertEquals(List.of(
                "content/i18n/pl.yaml:1:1: error: unknown string key 'nav.topic' (did you mean 'nav.topics'?)",
                "content/i18n/pl.yaml:2:1: error: 'comments.count' lacks the plural forms few, many: language 'pl'"
                        + " needs few, many, one, other",
                "content/i18n/pl.yaml:5:1: error: 'replies.count' needs plural forms, a mapping such as"
                        + " few/many/one/other for language 'pl'",
                "content/i18n/pl.yaml:6:1: error: 'card.no.comments' is one text and has no plural forms",
                "content/i18n/pl.yaml:8:22: error: unknown placeholder {who} in 'comment.replied.to', which takes {name}",
                "content/i18n/pl.yaml:14:3: error: 'two' is not a plural form of language 'pl', which has few, many,"
                        + " one, other"),
                problems.sorted().stream().map(d -> d.toString().replace(site.root.toString(), "content")).toList());
        assertEquals("2 komentarze", pl.plural("comments.count", 2), "a broken override leaves Rostrum's own");
    }

    @Test
    void aLanguageWithoutATableIsShownInEnglishWithAWarning() {
        MiniSite site = MiniSite.withSiteYaml(temp);
        Diagnostics problems = new Diagnostics();
        Strings cs = strings.load(site.root, "cs", problems);
        assertEquals(List.of("content/site.yaml:1:1: warning: Rostrum has no interface strings for language 'cs':"
                + " the interface is shown in English (write i18n/cs.yaml in the content folder to translate it)"),
                problems.sorted().stream().map(d -> d.toString().replace(site.root.toString(), "content")).toList());
        assertEquals("3 comments", cs.plural("comments.count", 3));
    }

    @Test
    void aSiteTableForANewLanguageUsesThatLanguagesPluralRules() {
        MiniSite site = MiniSite.withSiteYaml(temp).file("i18n/cs.yaml", """
                comments.count:
                  one: "{count} komentář"
                  few: "{count} komentáře"
                  many: "{count} komentáře"
                  other: "{count} komentářů"
                """);
        Diagnostics problems = new Diagnostics();
        Strings cs = strings.load(site.root, "cs", problems);
        assertEquals("2 komentáře", cs.plural("comments.count", 2));
        assertEquals("5 komentářů", cs.plural("comments.count", 5));
        assertEquals(1, problems.warningCount());
        assertTrue(problems.sorted().get(0).toString().contains("strings are missing for language 'cs' and shown in"
                + " English: skip.link, nav.label, nav.debates, nav.topics, nav.people, …"), problems.sorted().toString());
    }
}
