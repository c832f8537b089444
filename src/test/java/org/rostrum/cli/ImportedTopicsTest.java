package org.rostrum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WordPress export whose categories and tags collide in case and accents, in Cyrillic and Greek,
 * imports into topics that {@code check} accepts and {@code build} builds; the site's time zone and
 * language come from the export.
 */
class ImportedTopicsTest {

    @TempDir
    Path dir;

    private CommandRun run(String... args) {
        return CommandRun.of(Clock.fixed(Instant.parse("2024-04-01T10:00:00Z"), ZoneOffset.UTC), args);
    }

    private static String post(int id, String local, String gmt, String... terms) {
        StringBuilder item = new StringBuilder("<item><title>Post ").append(id).append("</title>")
                .append("<link>https://old.example.org/?p=").append(id).append("</link>")
                .append("<content:encoded><![CDATA[<p>Text ").append(id).append(".</p>]]></content:encoded>")
                .append("<wp:post_id>").append(id).append("</wp:post_id>")
                .append("<wp:post_date>").append(local).append("</wp:post_date>")
                .append("<wp:post_date_gmt>").append(gmt).append("</wp:post_date_gmt>")
                .append("<wp:post_name>post-").append(id).append("</wp:post_name>")
                .append("<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>");
        for (String term : terms) {
            String[] parts = term.split(":", 2);
            String domain = parts[0].equals("c") ? "category" : parts[0].equals("u") ? "category" : "post_tag";
            String nicename = parts[0].equals("u") ? " nicename=\"uncategorized\"" : "";
            item.append("<category domain=\"").append(domain).append('"').append(nicename).append("><![CDATA[")
                    .append(parts[1]).append("]]></category>");
        }
        return item.append("</item>\n").toString();
    }

    private Path export() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                    xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>Colliding terms</title><link>https://old.example.org</link><language>de-AT</language>
                <wp:wxr_version>1.2</wp:wxr_version>
                """
                + post(1, "2020-01-15 10:00:00", "2020-01-15 09:00:00", "c:Политика", "c:Markup", "t:markup", "t:Ελλάδα")
                + post(2, "2020-07-15 11:00:00", "2020-07-15 09:00:00", "c:markup", "c:Économie", "c:Uncategorized")
                + post(3, "2021-03-01 12:00:00", "2021-03-01 11:00:00", "c:Markup", "c:economie", "t:ΕΛΛΆΔΑ")
                + post(4, "2021-08-01 12:00:00", "2021-08-01 10:00:00", "u:Allgemein", "c:Österreich",
                        "c:OESTERREICH", "t:Straße & Œuvre", "c:ÉCONOMIE", "c:🙂")
                + "</channel></rss>\n";
        Path export = dir.resolve("export.xml");
        Files.writeString(export, xml, StandardCharsets.UTF_8);
        return export;
    }

    /** The {@code topics} list of an imported post's front matter, one {@code   - name} line each. */
    private String topics(Path content, int post) throws IOException {
        String index = Files.readString(content.resolve("debates/post-" + post + "/index.md"));
        String after = index.substring(index.indexOf("topics:\n") + "topics:\n".length());
        return String.join("\n", after.lines().takeWhile(line -> line.startsWith("  - ")).toList());
    }

    @Test
    void collidingCategoriesAndTagsImportCheckAndBuild() throws IOException {
        Path content = dir.resolve("content");
        CommandRun imported = run("import", "wordpress", export().toString(), "--into", content.toString(),
                "--topics", "both");
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("""
                notes
                    7  old addresses (feeds, categories, tags, authors, dates) added to redirects.yaml
                    1  site.yaml written from the blog's name and address (there was none)
                    5  topic spellings merged into the most used one (they differed in case or accents)
                    1  categories or tags left out: no letter or digit to make an address from
                """), imported.out());

        assertEquals("  - Политика\n  - Markup\n  - Ελλάδα", topics(content, 1));
        assertEquals("  - Markup\n  - Économie", topics(content, 2));
        assertEquals("  - Markup\n  - Économie\n  - Ελλάδα", topics(content, 3));
        assertEquals("  - Österreich\n  - Straße & Œuvre\n  - Économie", topics(content, 4));
        assertEquals("""
                title: Colliding terms
                base_url: https://old.example.org/
                language: de-AT
                timezone: Europe/Berlin
                """, Files.readString(content.resolve("site.yaml")));

        CommandRun check = run("check", "--content", content.toString());
        assertEquals(0, check.exitCode(), check.err());
        Files.createDirectories(dir.resolve("no-templates")); // the built-in theme alone
        CommandRun build = run("build", "--content", content.toString(), "--out", dir.resolve("site").toString(),
                "--templates", dir.resolve("no-templates").toString());
        assertEquals(0, build.exitCode(), build.err());
        for (String slug : new String[] {"politika", "markup", "ellada", "economie", "oesterreich", "strasse-oeuvre"}) {
            assertTrue(Files.isRegularFile(dir.resolve("site/topics/" + slug + "/index.html")), slug);
        }
        assertTrue(Files.notExists(dir.resolve("site/topics/uncategorized")));
        assertTrue(Files.notExists(dir.resolve("site/topics/allgemein")));
    }

    @Test
    void topicsTheArchiveAlreadyHasKeepItsSpelling() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("debates/older"));
        Files.writeString(content.resolve("site.yaml"), "title: T\nbase_url: https://new.example.org/\n");
        Files.writeString(content.resolve("topics.yaml"), "ÉCONOMIE: Money and work.\n");
        Files.writeString(content.resolve("debates/older/index.md"),
                "---\ntitle: Older?\ndate: 2019-01-01\ntopics: [MarkUp]\n---\nText.\n");
        CommandRun imported = run("import", "wordpress", export().toString(), "--into", content.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals("  - Политика\n  - MarkUp", topics(content, 1));
        assertEquals("  - MarkUp\n  - ÉCONOMIE", topics(content, 3));
        CommandRun check = run("check", "--content", content.toString());
        assertEquals(0, check.exitCode(), check.err());
    }

    @Test
    void byDefaultOnlyCategoriesBecomeTopicsAndTagsAreCounted() throws IOException {
        Path content = dir.resolve("content");
        CommandRun imported = run("import", "wordpress", export().toString(), "--into", content.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains(
                "    4  tags not made topics (--topics categories; --topics both keeps them)\n"), imported.out());
        assertEquals("  - Политика\n  - Markup", topics(content, 1));
        assertEquals("  - Markup\n  - Économie", topics(content, 3));
        assertEquals(0, run("check", "--content", content.toString()).exitCode());
    }

    @Test
    void anUnknownTopicsChoiceIsAUsageError() throws IOException {
        CommandRun run = run("import", "wordpress", export().toString(), "--into", dir.resolve("content").toString(),
                "--topics", "colours");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Invalid value for option '--topics': expected one of [CATEGORIES, TAGS, BOTH] "
                + "(case-insensitive) but was 'colours'\n"), run.err());
        assertTrue(Files.notExists(dir.resolve("content")));
    }

    @Test
    void withTagsOnlyCategoriesAreCounted() throws IOException {
        Path content = dir.resolve("content");
        CommandRun imported = run("import", "wordpress", export().toString(), "--into", content.toString(),
                "--topics", "tags");
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("    1  topic spellings merged into the most used one"), imported.out());
        assertTrue(imported.out().contains("categories not made topics (--topics tags)\n"), imported.out());
        assertEquals("  - markup\n  - Ελλάδα", topics(content, 1));
    }
}
