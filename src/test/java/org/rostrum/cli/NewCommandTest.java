package org.rostrum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.rostrum.slug.Slug;
import org.rostrum.source.ContentWriter;

class NewCommandTest {

    /** Late on 31 March in UTC, already 1 April in Berlin. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-31T23:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path content() {
        return dir.resolve("content");
    }

    private void siteYaml() throws IOException {
        Files.createDirectories(content());
        Files.writeString(content().resolve("site.yaml"),
                "title: Test Archive\nbase_url: https://example.org/\ntimezone: Europe/Berlin\n");
    }

    private CommandRun run(String... args) {
        return CommandRun.of(CLOCK, args);
    }

    private String read(String relative) throws IOException {
        return Files.readString(content().resolve(relative), StandardCharsets.UTF_8);
    }

    @Test
    void newDebateWritesTheTitleTodayInTheSitesZoneEmptyTopicsADraftAndTheDirectiveExample() throws IOException {
        siteYaml();

        CommandRun run = run("new", "debate", "Could Russia ever join NATO?", "--content", content().toString());

        assertEquals(0, run.exitCode(), run.err());
        Path file = content().resolve("debates/could-russia-ever-join-nato/index.md");
        assertEquals("Created " + file + "\nIt is a draft (draft: true): rostrum serve --drafts shows it, and deleting "
                + "the line draft: true publishes it.\n", run.out());
        assertEquals("---\ntitle: Could Russia ever join NATO?\ndate: 2024-04-01\ntopics: []\ndraft: true\n---\n\n"
                + ContentWriter.directiveExample(), read("debates/could-russia-ever-join-nato/index.md"));
        assertTrue(ContentWriter.directiveExample().contains("::: reader Yvetta\n"));
        assertTrue(ContentWriter.directiveExample().contains("::: response leonid-gozman\n"));
    }

    @Test
    void aNewDebateChecksWithoutProblemsBecauseTheExampleIsAComment() throws IOException {
        siteYaml();
        run("new", "debate", "Could Russia ever join NATO?", "--content", content().toString());

        CommandRun check = run("check", "--content", content().toString(), "--templates", Files.createDirectories(dir.resolve("t")).toString());

        assertEquals(0, check.exitCode(), check.err());
        assertEquals("", check.err());
        assertTrue(check.out().startsWith("Checked 1 debate and 0 comments"), check.out());
    }

    @Test
    void newDebateTakesASlugAndCanBePublishedAtOnce() throws IOException {
        siteYaml();

        CommandRun run = run("new", "debate", "Should the EU have its own army?", "--slug", "eu-army", "--publish",
                "--content", content().toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Created " + content().resolve("debates/eu-army/index.md") + "\nThe next build publishes it.\n",
                run.out());
        assertTrue(read("debates/eu-army/index.md")
                .startsWith("---\ntitle: Should the EU have its own army?\ndate: 2024-04-01\ntopics: []\n---\n"));
    }

    @Test
    void theOldDraftOptionStillWorks() throws IOException {
        siteYaml();
        CommandRun run = run("new", "debate", "Title", "--draft", "--content", content().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(read("debates/title/index.md").contains("\ndraft: true\n"));
    }

    @Test
    void newDebateNeverReplacesAnExistingDebate() throws IOException {
        siteYaml();
        Path folder = content().resolve("debates/could-russia-ever-join-nato");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("index.md"), "kept");

        CommandRun run = run("new", "debate", "Could Russia ever join NATO?", "--content", content().toString());

        assertEquals(1, run.exitCode());
        assertEquals("error: " + folder + " already exists: choose another title, or a slug with --slug\n", run.err());
        assertEquals("kept", read("debates/could-russia-ever-join-nato/index.md"));
    }

    @Test
    void newDebateRejectsAnInvalidSlug() throws IOException {
        siteYaml();
        CommandRun run = run("new", "debate", "Title", "--slug", "EU_Army", "--content", content().toString());
        assertEquals(2, run.exitCode());
        assertEquals("error: invalid debate slug 'EU_Army': use lowercase letters, digits and single hyphens "
                + "(did you mean 'eu-army'?)\n", run.err());
    }

    @Test
    void newDebateSpellsACyrillicTitleInLatinLetters() throws IOException {
        siteYaml();
        CommandRun run = run("new", "debate", "Почему Россия не в НАТО?", "--content", content().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(read("debates/pochemu-rossiya-ne-v-nato/index.md").startsWith("---\ntitle: Почему Россия не в НАТО?\n"));
    }

    @Test
    void newDebateAsksForASlugWhenTheTitleHasNoLetterOrDigit() throws IOException {
        siteYaml();
        CommandRun run = run("new", "debate", "¿🙂?", "--content", content().toString());
        assertEquals(2, run.exitCode());
        assertEquals("error: cannot make a slug of Latin letters and digits from '¿🙂?': give one with --slug\n",
                run.err());
    }

    @Test
    void newDebateInAFolderWithoutAnArchiveSaysToRunInit() throws IOException {
        CommandRun run = run("new", "debate", "A question?", "--content", content().toString());
        assertEquals(1, run.exitCode());
        assertEquals("error: no archive here: run `rostrum init` to start one (there is no "
                + content().resolve("site.yaml") + "; give --content DIR for an archive elsewhere)\n", run.err());
        assertFalse(Files.exists(content()));

        Files.createDirectories(content());
        assertEquals(run.err(), run("new", "debate", "A question?", "--content", content().toString()).err());
        assertFalse(Files.exists(content().resolve("debates")));
    }

    @Test
    void newDebateNeedsAValidSiteYamlForItsTimeZone() throws IOException {
        Files.createDirectories(content());
        Files.writeString(content().resolve("site.yaml"), "title: T\nbase_url: https://example.org/\ntimezone: Mars\n");
        CommandRun run = run("new", "debate", "A question?", "--content", content().toString());
        assertEquals(1, run.exitCode());
        assertEquals(content().resolve("site.yaml") + ":3:11: error: field 'timezone' must be an IANA time zone such as "
                + "Europe/Berlin, not 'Mars'\nerror: fix site.yaml first: the date of a new debate depends on its time zone\n",
                run.err());
        assertFalse(Files.exists(content().resolve("debates")));
    }

    @Test
    void slugsFromTitlesAreCutAtAWord() {
        String slug = Slug.of("Should the European Union introduce a common tax on aviation fuel for all "
                + "flights within its borders?", NewCommand.MAX_SLUG_LENGTH);
        assertEquals("should-the-european-union-introduce-a-common-tax-on-aviation", slug);
    }

    @Test
    void newPersonWritesTheNameAndTheOtherFieldsAsComments() throws IOException {
        siteYaml();

        CommandRun run = run("new", "person", "leonid-gozman", "Leonid Gozman", "--content", content().toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Created " + content().resolve("people/leonid-gozman.yaml") + "\n", run.out());
        assertEquals("name: Leonid Gozman\n"
                + "# role: one line, for example Professor of International Relations\n"
                + "# bio: |\n"
                + "#   A few sentences in Markdown.\n"
                + "# photo: an image file in people/, for example jane-doe.jpg\n"
                + "# links:\n"
                + "#   - title: Website\n"
                + "#     url: https://example.org/\n", read("people/leonid-gozman.yaml"));
    }

    @Test
    void newPersonRejectsAnInvalidId() throws IOException {
        siteYaml();
        CommandRun run = run("new", "person", "Leonid_Gozman", "Leonid Gozman", "--content", content().toString());
        assertEquals(2, run.exitCode());
        assertEquals("error: invalid person id 'Leonid_Gozman': use lowercase letters, digits and single hyphens "
                + "(did you mean 'leonid-gozman'?)\n", run.err());
    }

    @Test
    void newPersonNeverReplacesAnExistingFile() throws IOException {
        siteYaml();
        Files.createDirectories(content().resolve("people"));
        Files.writeString(content().resolve("people/leonid-gozman.yaml"), "name: Kept\n");
        CommandRun run = run("new", "person", "leonid-gozman", "Leonid Gozman", "--content", content().toString());
        assertEquals(1, run.exitCode());
        assertEquals("error: " + content().resolve("people/leonid-gozman.yaml") + " already exists\n", run.err());
        assertEquals("name: Kept\n", read("people/leonid-gozman.yaml"));
    }

    @Test
    void newPersonNeedsAnArchive() {
        CommandRun run = run("new", "person", "leonid-gozman", "Leonid Gozman", "--content", content().toString());
        assertEquals(1, run.exitCode());
        assertEquals("error: no archive here: run `rostrum init` to start one (there is no "
                + content().resolve("site.yaml") + "; give --content DIR for an archive elsewhere)\n", run.err());
    }

    @Test
    void newPageWritesTheTitleAndAnExplanationThatIsNotPublished() throws IOException {
        siteYaml();

        CommandRun run = run("new", "page", "About this archive", "--content", content().toString());

        assertEquals(0, run.exitCode(), run.err());
        Path file = content().resolve("pages/about-this-archive.md");
        assertEquals("Created " + file + "\n", run.out());
        assertTrue(read("pages/about-this-archive.md").startsWith("---\ntitle: About this archive\n---\n\n<!--\n"));
        Path out = dir.resolve("site");
        CommandRun build = run("build", "--content", content().toString(), "--templates", Files.createDirectories(dir.resolve("t")).toString(),
                "--out", out.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertEquals("", build.err());
        String page = Files.readString(out.resolve("about-this-archive/index.html"));
        assertTrue(page.contains("About this archive"));
        assertTrue(page.contains("<!--\nWrite the page here"), "the explanation stays an HTML comment");
    }

    @Test
    void newPageTakesASlugAndNeverReplacesAPage() throws IOException {
        siteYaml();
        Files.createDirectories(content().resolve("pages"));
        Files.writeString(content().resolve("pages/about.md"), "kept");

        CommandRun run = run("new", "page", "About us", "--slug", "about", "--content", content().toString());

        assertEquals(1, run.exitCode());
        assertEquals("error: " + content().resolve("pages/about.md") + " already exists: choose another title, or a "
                + "slug with --slug\n", run.err());
        assertEquals("kept", read("pages/about.md"));
        CommandRun invalid = run("new", "page", "About us", "--slug", "About", "--content", content().toString());
        assertEquals(2, invalid.exitCode());
        assertEquals("error: invalid page slug 'About': use lowercase letters, digits and single hyphens "
                + "(did you mean 'about'?)\n", invalid.err());
    }

    @Test
    void newPageNeedsAnArchive() {
        CommandRun run = run("new", "page", "About", "--content", content().toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("error: no archive here: run `rostrum init` to start one"), run.err());
    }
}
