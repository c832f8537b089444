package org.rostrum.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rostrum.model.Timestamp;
import org.rostrum.source.CommentDraft;
import org.rostrum.source.ContentWriter;
import org.rostrum.source.DebateDraft;
import org.rostrum.source.PersonDraft;
import org.rostrum.source.SiteDraft;

/**
 * The files of a new archive repository, as {@code rostrum init} writes them: {@code content/}
 * with its {@code site.yaml} and an example debate, an empty {@code templates/} with a README,
 * {@code .gitignore}, the CI files for GitHub Pages and GitLab Pages, and a README for editors.
 *
 * @param dir     the folder of the new archive, which the caller has found empty
 * @param site    the settings, already checked with {@link SiteDraft#problems()}
 * @param zone    the site's time zone, for the example's date
 * @param today   the example debate's date
 * @param example whether to write the example debate
 * @param release the release of Rostrum the CI files download
 */
record NewArchive(Path dir, SiteDraft site, ZoneId zone, LocalDate today, boolean example, Version release) {

    static final String EXAMPLE_SLUG = "should-city-centres-be-free-of-cars";
    static final String EXAMPLE_PERSON = "mara-lindqvist";

    private static final String EXAMPLE_BODY = """
            This debate is an example made by `rostrum init` to show the parts of a debate: replace it
            with your own, or delete its folder (`content/debates/%s/`) and
            `content/people/%s.yaml`.

            The editors' introduction comes first, in Markdown. Readers' questions are quoted in reader
            blocks, and the answers of named participants follow in response blocks.

            ::: reader Anna from Ghent
            Our old town has had no cars for a year, and the shops are busier than before. Could every
            city do it?
            :::

            We put the question to Mara Lindqvist, an urban planner.

            ::: response %s
            Most could, step by step: buses and cycle lanes first, deliveries at set hours next, and the
            car parks last.
            :::

            The readers' comments are in `comments.yaml`, next to this file.
            """.formatted(EXAMPLE_SLUG, EXAMPLE_PERSON, EXAMPLE_PERSON);

    NewArchive {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(release, "release");
    }

    /**
     * Writes every file, never replacing one: {@code content/} must not exist, and every other file
     * is created only when absent.
     *
     * @return the files written, relative to {@link #dir()} with {@code /} separators, in the order written
     * @throws java.nio.file.FileAlreadyExistsException when a file or {@code content/} is already there
     */
    List<String> write() throws IOException {
        List<String> written = new ArrayList<>();
        Files.createDirectories(dir);
        Path content = Files.createDirectory(dir.resolve("content"));
        ContentWriter writer = new ContentWriter();
        writer.createSite(content.resolve("site.yaml"), site);
        written.add("content/site.yaml");
        if (example) {
            writeExample(writer, content, written);
        }
        create("templates/README.md", resource("templates-README.md"), written);
        create(".gitignore", resource("gitignore"), written);
        create(".github/workflows/archive.yml", ciFile("archive.yml"), written);
        create(".gitlab-ci.yml", ciFile("gitlab-ci.yml"), written);
        create("README.md", resource("README.md").replace("@TITLE@", site.title())
                .replace("@VERSION@", release.version()), written);
        return List.copyOf(written);
    }

    private void writeExample(ContentWriter writer, Path content, List<String> written) throws IOException {
        Timestamp date = new Timestamp(today.atStartOfDay(zone), true);
        Path debate = content.resolve("debates").resolve(EXAMPLE_SLUG);
        writer.createDebate(debate, new DebateDraft("Should city centres be free of cars?", date, Optional.empty(),
                List.of("Cities"), Optional.of("An example debate: replace it with your own."), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, List.of(), EXAMPLE_BODY));
        written.add("content/debates/" + EXAMPLE_SLUG + "/index.md");
        writer.writeComments(debate.resolve("comments.yaml"), List.of(
                CommentDraft.published("c1", Optional.empty(), Optional.of(date),
                        "The shops in our town fought it at first. Now they would not go back.")
                        .by(Optional.of("Pieter"), Optional.empty()),
                CommentDraft.published("c1-1", Optional.of("c1"), Optional.of(date),
                        "Was it the same for the Saturday market?").by(Optional.of("Lena"), Optional.empty())));
        written.add("content/debates/" + EXAMPLE_SLUG + "/comments.yaml");
        writer.writePerson(content.resolve("people").resolve(EXAMPLE_PERSON + ".yaml"), new PersonDraft(
                "Mara Lindqvist", Optional.of("Urban planner"), Optional.empty(), Optional.empty(), List.of()));
        written.add("content/people/" + EXAMPLE_PERSON + ".yaml");
    }

    /** A CI file, with the release's version and the download address written in. */
    private String ciFile(String name) {
        return resource(name).replace("@VERSION@", release.version())
                .replace("@URL@", release.downloadOf("${ROSTRUM_VERSION}"));
    }

    private void create(String relative, String text, List<String> written) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        written.add(relative);
    }

    private static String resource(String name) {
        try (InputStream in = NewArchive.class.getResourceAsStream("init/" + name)) {
            if (in == null) {
                throw new IllegalStateException("init/" + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read init/" + name, e);
        }
    }
}
