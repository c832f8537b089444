package org.rostrum.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.rostrum.diag.Diagnostics;
import org.rostrum.model.SiteConfig;
import org.rostrum.model.Timestamp;
import org.rostrum.slug.Slug;
import org.rostrum.source.ContentLoader;
import org.rostrum.source.ContentWriter;
import org.rostrum.source.DebateDraft;
import org.rostrum.source.PageDraft;
import org.rostrum.source.PersonDraft;
import org.rostrum.source.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rostrum new}: starts a debate, a person file or a page from a template. Never replaces a file. */
@Command(name = "new", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Create a debate, a person or a page from a template.")
final class NewCommand implements Runnable {

    /** Slugs made from titles are cut at a word boundary to about this length. */
    static final int MAX_SLUG_LENGTH = 60;

    private static final String PAGE_BODY = """
            <!--
            Write the page here, in Markdown, and delete this comment. Its first paragraph is the
            summary that search engines show, unless the front matter gives a summary.
            -->
            """;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing required subcommand: try 'rostrum new debate \"<title>\"', 'rostrum new person <id> \"<name>\"' "
                        + "or 'rostrum new page \"<title>\"'");
    }

    /**
     * False, with an error that says how to start one, when {@code content} holds no archive (no
     * {@code site.yaml}): typically a command run in an empty folder, or outside the archive.
     */
    static boolean isArchive(Path content, Terminal terminal) {
        if (Files.exists(content.resolve("site.yaml"))) {
            return true;
        }
        terminal.err().println("error: no archive here: run `rostrum init` to start one (there is no "
                + content.resolve("site.yaml") + "; give --content DIR for an archive elsewhere)");
        return false;
    }

    /**
     * The folder or file name for a new debate or page: {@code slug} when given and valid, else
     * one made of {@code title}; empty, with the reason printed, when there is none (a usage error).
     */
    private static Optional<String> folderName(String title, String slug, String what, Terminal terminal) {
        if (title.isEmpty()) {
            terminal.err().println("error: the title is empty");
            return Optional.empty();
        }
        if (slug != null && !Slugs.isValid(slug)) {
            terminal.err().println(invalidSlug(slug, what));
            return Optional.empty();
        }
        String name = slug != null ? slug : Slug.of(title, MAX_SLUG_LENGTH);
        if (name.isEmpty()) {
            terminal.err().println("error: cannot make a slug of Latin letters and digits from '" + title
                    + "': give one with --slug");
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static String invalidSlug(String slug, String what) {
        String suggestion = Slug.of(slug, MAX_SLUG_LENGTH);
        return "error: invalid " + what + " '" + slug + "': use lowercase letters, digits and single hyphens"
                + (suggestion.isEmpty() ? "" : " (did you mean '" + suggestion + "'?)");
    }

    /** {@code rostrum new debate "<title>"}. */
    @Command(name = "debate", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Create content/debates/<slug>/index.md for a new debate: the title, today's date in the "
                    + "site's time zone, empty topics, draft: true, and a commented example of the reader and "
                    + "response blocks.",
                "A draft is left out of builds (rostrum serve --drafts shows it): delete the line draft: true to "
                    + "publish it, or give --publish to start without it.",
                "The slug comes from the title unless --slug is given. An existing debate is never replaced."})
    static final class Debate implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "TITLE", description = "the question, e.g. \"Could Russia ever join NATO?\"")
        String title;

        @Option(names = "--slug", paramLabel = "SLUG", description = "the debate's folder name, instead of one made from the title")
        String slug;

        @Option(names = "--publish", description = "leave out draft: true, so that the next build publishes it")
        boolean publish;

        /** Once the way to ask for a draft, which is now the default; accepted so that scripts keep working. */
        @Option(names = "--draft", hidden = true)
        boolean draft;

        @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
                description = "content folder (default: ${DEFAULT-VALUE})")
        Path content;

        private final Supplier<ContentLoader> loader;
        private final Terminal terminal;

        Debate(Supplier<ContentLoader> loader, Terminal terminal) {
            this.loader = loader;
            this.terminal = terminal;
        }

        @Override
        public Integer call() {
            String question = title.strip();
            Optional<String> chosen = folderName(question, slug, "debate slug", terminal);
            if (chosen.isEmpty()) {
                return 2;
            }
            String folderName = chosen.get();
            if (!isArchive(content, terminal)) {
                return 1;
            }
            Diagnostics diagnostics = new Diagnostics();
            SiteConfig config = loader.get().loadConfig(content, diagnostics);
            diagnostics.sorted().forEach(d -> terminal.err().println(d));
            if (diagnostics.hasErrors()) {
                terminal.err().println("error: fix site.yaml first: the date of a new debate depends on its time zone");
                return 1;
            }
            Path folder = content.resolve("debates").resolve(folderName);
            if (Files.exists(folder)) {
                return exists(folder);
            }
            ZoneId zone = config.timezone();
            LocalDate today = LocalDate.now(terminal.clock().withZone(zone));
            DebateDraft debate = new DebateDraft(question, new Timestamp(today.atStartOfDay(zone), true),
                    Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), !publish, List.of(), ContentWriter.directiveExample());
            try {
                new ContentWriter().createDebate(folder, debate);
            } catch (FileAlreadyExistsException e) {
                return exists(folder);
            } catch (IOException e) {
                terminal.err().println("error: cannot create " + folder.resolve("index.md") + ": " + e.getMessage());
                return 1;
            }
            terminal.out().println("Created " + folder.resolve("index.md"));
            if (publish) {
                terminal.out().println("The next build publishes it.");
            } else {
                terminal.out().println("It is a draft (draft: true): rostrum serve --drafts shows it, and deleting "
                        + "the line draft: true publishes it.");
            }
            return 0;
        }

        private int exists(Path folder) {
            terminal.err().println("error: " + folder + " already exists: choose another title, or a slug with --slug");
            return 1;
        }
    }

    /** {@code rostrum new person <id> "<name>"}. */
    @Command(name = "person", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Create content/people/<id>.yaml for a new participant, with the name filled in and the "
                    + "other fields as comments to fill in.",
                "Responses name the person by the id: ::: response <id>. An existing file is never replaced."})
    static final class Person implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID", description = "lowercase letters, digits and hyphens, e.g. leonid-gozman")
        String id;

        @Parameters(index = "1", paramLabel = "NAME", description = "display name, e.g. \"Leonid Gozman\"")
        String name;

        @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
                description = "content folder (default: ${DEFAULT-VALUE})")
        Path content;

        private final Terminal terminal;

        Person(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public Integer call() {
            if (!Slugs.isValid(id)) {
                terminal.err().println(invalidSlug(id, "person id"));
                return 2;
            }
            String displayName = name.strip();
            if (displayName.isEmpty()) {
                terminal.err().println("error: the name is empty");
                return 2;
            }
            if (!isArchive(content, terminal)) {
                return 1;
            }
            Path file = content.resolve("people").resolve(id + ".yaml");
            try {
                new ContentWriter().createPerson(file, new PersonDraft(displayName, Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of()));
            } catch (FileAlreadyExistsException e) {
                terminal.err().println("error: " + file + " already exists");
                return 1;
            } catch (IOException e) {
                terminal.err().println("error: cannot create " + file + ": " + e.getMessage());
                return 1;
            }
            terminal.out().println("Created " + file);
            return 0;
        }
    }

    /** {@code rostrum new page "<title>"}. */
    @Command(name = "page", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Create content/pages/<slug>.md for a standalone page, such as an About page, published at "
                    + "/<slug>/ and listed in the site's footer.",
                "The slug comes from the title unless --slug is given. An existing page is never replaced."})
    static final class Page implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "TITLE", description = "the page's title, e.g. \"About this archive\"")
        String title;

        @Option(names = "--slug", paramLabel = "SLUG", description = "the page's file name and address, instead of "
                + "one made from the title")
        String slug;

        @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
                description = "content folder (default: ${DEFAULT-VALUE})")
        Path content;

        private final Terminal terminal;

        Page(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public Integer call() {
            String pageTitle = title.strip();
            Optional<String> chosen = folderName(pageTitle, slug, "page slug", terminal);
            if (chosen.isEmpty()) {
                return 2;
            }
            String name = chosen.get();
            if (!isArchive(content, terminal)) {
                return 1;
            }
            Path file = content.resolve("pages").resolve(name + ".md");
            try {
                new ContentWriter().createPage(file, new PageDraft(pageTitle, Optional.empty(), false, PAGE_BODY));
            } catch (FileAlreadyExistsException e) {
                terminal.err().println("error: " + file + " already exists: choose another title, or a slug with --slug");
                return 1;
            } catch (IOException e) {
                terminal.err().println("error: cannot create " + file + ": " + e.getMessage());
                return 1;
            }
            terminal.out().println("Created " + file);
            return 0;
        }
    }
}
