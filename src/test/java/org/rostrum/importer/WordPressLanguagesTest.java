package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.Diagnostics;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Site;
import org.rostrum.source.ContentLoader;

/**
 * Posts of blogs translated with Polylang or WPML: translations linked by the export become
 * {@code index.<language>.md} beside their original, their comments joining its thread with their
 * language; posts in another language without a translation group become debates of their own with
 * {@code language} set; {@code site.yaml} lists the languages. The result loads without a problem.
 */
class WordPressLanguagesTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private static String export(String language, String items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                <title>Forum</title>
                <link>https://old.example.org</link>
                <language>%s</language>
                <wp:wxr_version>1.2</wp:wxr_version>
                <wp:base_blog_url>https://old.example.org</wp:base_blog_url>
                %s
                </channel>
                </rss>
                """.formatted(language, items);
    }

    private static String post(String id, String name, String title, String extra, String comments) {
        return """
                <item>
                <title>%s</title>
                <link>https://old.example.org/%s/</link>
                <content:encoded><![CDATA[<p>Text of %s.</p>]]></content:encoded>
                <wp:post_id>%s</wp:post_id>
                <wp:post_date>2020-05-0%d 12:00:00</wp:post_date>
                <wp:post_date_gmt>2020-05-0%d 10:00:00</wp:post_date_gmt>
                <wp:post_name>%s</wp:post_name>
                <wp:status>publish</wp:status>
                <wp:post_type>post</wp:post_type>
                <wp:post_password></wp:post_password>
                <category domain="category" nicename="europe"><![CDATA[Europe]]></category>
                %s
                %s
                </item>
                """.formatted(title, name, name, id, day(id), day(id), name, extra, comments);
    }

    /** A day of May 2020 for each post: 1 to 9. */
    private static int day(String id) {
        return Integer.parseInt(id) % 9 + 1;
    }

    private static String comment(String id, String parent, String author, String text) {
        return """
                <wp:comment>
                <wp:comment_id>%s</wp:comment_id>
                <wp:comment_author><![CDATA[%s]]></wp:comment_author>
                <wp:comment_date_gmt>2020-05-08 09:00:00</wp:comment_date_gmt>
                <wp:comment_content><![CDATA[%s]]></wp:comment_content>
                <wp:comment_approved>1</wp:comment_approved>
                <wp:comment_type>comment</wp:comment_type>
                <wp:comment_parent>%s</wp:comment_parent>
                </wp:comment>
                """.formatted(id, author, text, parent);
    }

    private static String meta(String key, String value) {
        return "<wp:postmeta><wp:meta_key>" + key + "</wp:meta_key><wp:meta_value><![CDATA[" + value
                + "]]></wp:meta_value></wp:postmeta>";
    }

    private Path content(String exportText) throws IOException {
        Path export = dir.resolve("export.xml");
        Files.writeString(export, exportText);
        Path content = dir.resolve("content");
        new WordPressImporter().run(export, content, false, diagnostics);
        return content;
    }

    private static String read(Path content, String file) throws IOException {
        return Files.readString(content.resolve(file));
    }

    private static List<String> files(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(Files::isRegularFile).map(p -> content.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void importsPolylangTranslationsBesideTheirOriginalWithOneThread() throws IOException {
        Path content = content(export("en-US",
                post("11", "europa-armee", "Eine EU-Armee?",
                        "<category domain=\"language\" nicename=\"de\"><![CDATA[Deutsch]]></category>\n"
                                + "<category domain=\"post_translations\" nicename=\"pll_5f3c\"><![CDATA[pll_5f3c]]></category>",
                        comment("21", "0", "Jonas", "Ja, bitte.") + comment("22", "21", "Ann", "Why?"))
                        + post("10", "eu-army", "An EU army?",
                        "<category domain=\"language\" nicename=\"en\"><![CDATA[English]]></category>\n"
                                + "<category domain=\"post_translations\" nicename=\"pll_5f3c\"><![CDATA[pll_5f3c]]></category>",
                        comment("20", "0", "Ann", "Not now."))
                        + post("12", "taxe-carbone", "Une taxe carbone ?",
                        "<category domain=\"language\" nicename=\"fr\"><![CDATA[Français]]></category>", "")));

        assertEquals(List.of("debates/eu-army/comments.yaml", "debates/eu-army/index.de.md",
                "debates/eu-army/index.md", "debates/taxe-carbone/index.md", "redirects.yaml", "site.yaml"),
                files(content));
        assertEquals("""
                ---
                title: Eine EU-Armee?
                ---

                Text of europa-armee.
                """, read(content, "debates/eu-army/index.de.md"));
        assertEquals("""
                comments:
                  - id: wp-20
                    author: Ann
                    date: 2020-05-08T09:00:00Z
                    lang: en
                    body: Not now.
                  - id: wp-21
                    author: Jonas
                    date: 2020-05-08T09:00:00Z
                    lang: de
                    body: Ja, bitte.
                  - id: wp-22
                    parent: wp-21
                    author: Ann
                    date: 2020-05-08T09:00:00Z
                    lang: de
                    body: Why?
                """, read(content, "debates/eu-army/comments.yaml"));
        assertEquals(true, read(content, "debates/taxe-carbone/index.md").contains("\nlanguage: fr\n"));
        assertEquals(false, read(content, "debates/eu-army/index.md").contains("language:"));
        assertEquals(true, read(content, "site.yaml").contains("language: en\n"), read(content, "site.yaml"));
        assertEquals(true, read(content, "site.yaml").contains("languages: [en, de, fr]\n"), read(content, "site.yaml"));
        assertEquals(List.of(), diagnostics.sorted().stream().map(Object::toString).toList());
        assertLoadsWithoutProblems(content);
    }

    @Test
    void importsWpmlTranslationsByTheirTranslationGroup() throws IOException {
        Path content = content(export("de-DE",
                post("30", "klima", "Klima retten?", meta("_icl_lang_code", "de") + meta("_icl_translation_group", "7"),
                        comment("40", "0", "Eva", "Sofort."))
                        + post("31", "climat", "Sauver le climat ?",
                        meta("wpml_language", "fr") + meta("_icl_translation_group", "7"),
                        comment("41", "0", "Luc", "Oui."))
                        + post("32", "klima-2", "Noch eine Klimafrage", meta("_icl_lang_code", "de")
                        + meta("trid", "8"), "")
                        + post("33", "climate", "Save the climate?",
                        meta("_icl_lang_code", "en_GB") + meta("_icl_translation_group", "9"), "")));

        assertEquals(List.of("debates/climate/index.md", "debates/klima-2/index.md", "debates/klima/comments.yaml",
                "debates/klima/index.fr.md", "debates/klima/index.md", "redirects.yaml", "site.yaml"), files(content));
        assertEquals("---\ntitle: Sauver le climat ?\n---\n\nText of climat.\n",
                read(content, "debates/klima/index.fr.md"));
        assertEquals(true, read(content, "debates/klima/comments.yaml").contains("lang: fr\n    body: Oui."));
        assertEquals(true, read(content, "debates/climate/index.md").contains("\nlanguage: en-GB\n"));
        assertEquals(true, read(content, "site.yaml").contains("languages: [de, en-GB, fr]\n"), read(content, "site.yaml"));
        assertLoadsWithoutProblems(content);
    }

    @Test
    void importingTheSameExportAgainChangesNothing() throws IOException {
        String text = export("de", post("30", "klima", "Klima?", meta("_icl_lang_code", "de")
                + meta("_icl_translation_group", "7"), comment("40", "0", "Eva", "Sofort."))
                + post("31", "climat", "Climat ?", meta("_icl_lang_code", "fr") + meta("_icl_translation_group", "7"),
                comment("41", "0", "Luc", "Oui.")));
        Path content = content(text);
        String thread = read(content, "debates/klima/comments.yaml");
        Path export = dir.resolve("export.xml");
        new WordPressImporter().run(export, content, true, diagnostics);
        assertEquals(thread, read(content, "debates/klima/comments.yaml"));
        assertEquals(2, thread.split("- id:", -1).length - 1);
    }

    private static void assertLoadsWithoutProblems(Path content) {
        Diagnostics loaded = new Diagnostics();
        Site site = new ContentLoader(new MarkdownRenderer()).load(content, loaded);
        assertEquals(List.of(), loaded.sorted().stream().map(Object::toString).toList());
        assertEquals(1, site.translations().debates().size());
    }
}
