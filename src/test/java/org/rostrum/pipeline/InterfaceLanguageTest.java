package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.i18n.Message;
import org.rostrum.i18n.StringTable;
import org.rostrum.source.InterfaceStrings;

/** A site in another language shows every word of the interface in it, and a site's own table is checked. */
class InterfaceLanguageTest {

    /** Every kind of page: lists of two pages, a thread in parts, anonymous, removed and staff comments, an alias. */
    static final String GERMAN_SITE = """
            -- content/site.yaml --
            title: Debattenarchiv
            base_url: https://example.org/
            language: de-AT
            timezone: Europe/Vienna
            per_page: 1
            comments:
              per_page: 1
            -- content/people/anna-huber.yaml --
            name: Anna Huber
            role: Ökonomin
            -- content/topics.yaml --
            Wirtschaft: Geld und Arbeit.
            -- content/pages/impressum.md --
            ---
            title: Impressum
            ---
            Herausgegeben in Wien.
            -- content/debates/steuern/index.md --
            ---
            title: Sollen die Steuern sinken?
            date: 2024-01-15
            updated: 2024-02-01
            status: closed
            topics: [Wirtschaft]
            authors: [anna-huber]
            aliases: [/alt/steuern/]
            ---
            Eine Einleitung.

            ::: reader Karl M.
            Warum zahlen wir so viel?
            :::

            ::: response anna-huber
            Weil Schulen Geld kosten.
            :::
            -- content/debates/steuern/comments.yaml --
            comments:
              - id: c1
                author: Maria
                date: 2024-01-16T10:00:00+01:00
                body: Gute Frage.
                replies:
                  - id: c2
                    body: Stimmt.
                  - id: c3
                    author: Redakteurin
                    staff: true
                    body: Danke!
              - id: c4
                status: removed
                replies:
                  - id: c5
                    author: Otto
                    body: Schade.
            -- content/debates/schulen/index.md --
            ---
            title: Brauchen Schulen mehr Geld?
            date: 2023-05-02
            status: open
            topics: [Wirtschaft]
            ---
            Ein Text.

            ::: response anna-huber
            Ja, gewiss.
            :::
            """;

    @Test
    void aGermanSiteShowsNoEnglishWordOfTheInterface(@TempDir Path dir) throws IOException {
        InlineSite site = InlineSite.of(dir.resolve("de"), GERMAN_SITE);
        BuildResult built = site.build();
        assertEquals(List.of(), InlineSite.messages(built));
        assertEquals(List.of(), englishOn(site));

        InlineSite inEnglish = InlineSite.of(dir.resolve("en"), GERMAN_SITE.replace("language: de-AT", "language: en"));
        inEnglish.build();
        List<String> english = englishOn(inEnglish);
        assertTrue(english.contains("index.html: Skip to content") && english.contains("404.html: Page not found")
                && english.contains("debates/steuern/index.html: Anonymous"), "the scan finds English: " + english);

        Document debate = Jsoup.parse(site.read("debates/steuern/index.html"));
        assertEquals("de-AT", debate.selectFirst("html").attr("lang"));
        assertEquals("ltr", debate.selectFirst("html").attr("dir"));
        assertEquals("als Antwort auf Maria", debate.selectFirst("#comment-c2 .replied-to").text());
        assertEquals("Anonym", debate.selectFirst("#comment-c2 .comment-author").text());
        assertEquals("Kommentar entfernt", Jsoup.parse(site.read("debates/steuern/comments/2/index.html"))
                .selectFirst("#comment-c4 .comment-author").text());
        assertEquals("als Antwort auf einen entfernten Kommentar", Jsoup.parse(
                site.read("debates/steuern/comments/2/index.html")).selectFirst("#comment-c5 .replied-to").text());
        assertEquals("4 Kommentare", debate.selectFirst("#comments-heading").text());
        assertEquals("2 Antworten auf den Kommentar von Maria", debate.selectFirst("#comment-c1 + details summary,"
                + " #comment-c1 details summary").text());
        assertTrue(site.read("topics/wirtschaft/feed.xml").contains("<title>Wirtschaft – Debattenarchiv</title>"));
    }

    @Test
    void checkReportsAnUnknownKeyAndAMissingPluralFormOfTheSitesTable(@TempDir Path dir) {
        InlineSite site = InlineSite.of(dir, GERMAN_SITE + """
                -- content/i18n/de.yaml --
                nav.topics: Schlagworte
                comment.anonymus: Unbekannt
                replies.count:
                  other: "{count} Antworten"
                """);
        BuildResult checked = site.check();
        String table = site.root.resolve("content/i18n/de.yaml").toString();
        assertEquals(List.of(
                table + ":2:1: error: unknown string key 'comment.anonymus' (did you mean 'comment.anonymous'?)",
                table + ":3:1: error: 'replies.count' lacks the plural form one: language 'de' needs one, other"),
                InlineSite.messages(checked));
    }

    /** Every page of the built site with each English phrase of the interface found on it. */
    private static List<String> englishOn(InlineSite site) throws IOException {
        InterfaceStrings strings = new InterfaceStrings();
        List<Pattern> english = englishPhrases(strings.english(), strings.shippedTable("de",
                new org.rostrum.diag.Diagnostics()).orElseThrow());
        List<String> found = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site.out())) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 15, "every kind of page: " + pages);
        for (Path page : pages) {
            String text = visibleText(Jsoup.parse(Files.readString(page)));
            for (Pattern p : english) {
                java.util.regex.Matcher m = p.matcher(text);
                if (m.find()) {
                    found.add(site.out().relativize(page).toString().replace('\\', '/') + ": " + m.group());
                }
            }
        }
        return found;
    }

    /** What a reader sees or hears: the text, the title, and the labels and alternative texts. */
    private static String visibleText(Document doc) {
        StringBuilder text = new StringBuilder(doc.title()).append('\n').append(doc.body().text());
        for (Element e : doc.select("[aria-label], [alt], [title], [placeholder]")) {
            text.append('\n').append(e.attr("aria-label")).append('\n').append(e.attr("alt"))
                    .append('\n').append(e.attr("title"));
        }
        for (Element e : doc.select("noscript")) {
            text.append('\n').append(Jsoup.parse(e.html()).text());
        }
        return text.toString();
    }

    /**
     * Each piece of English text between placeholders, of three letters or more, as a whole-word
     * pattern; pieces that German writes the same ("Person", "Atom") are left out.
     */
    private static List<Pattern> englishPhrases(StringTable english, StringTable german) {
        Set<String> germanPieces = new HashSet<>();
        german.messages().values().forEach(m -> m.forms().values().forEach(f -> germanPieces.addAll(pieces(f.text()))));
        Set<String> phrases = new TreeSet<>();
        for (Message m : english.messages().values()) {
            for (Message.Form f : m.forms().values()) {
                for (String piece : pieces(f.text())) {
                    if (!germanPieces.contains(piece) && piece.codePoints().filter(Character::isLetter).count() >= 3) {
                        phrases.add(piece);
                    }
                }
            }
        }
        return phrases.stream().map(p -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(p) + "(?![\\p{L}])")).toList();
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String piece : text.split("\\{[A-Za-z0-9]+}")) {
            String trimmed = piece.replaceAll("^[\\s\\p{P}\\p{S}]+|[\\s\\p{P}\\p{S}]+$", "");
            if (!trimmed.isEmpty()) {
                pieces.add(trimmed);
            }
        }
        return pieces;
    }
}
