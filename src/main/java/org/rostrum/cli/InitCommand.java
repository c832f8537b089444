package org.rostrum.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rostrum.source.SiteDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rostrum init [DIR]}: starts a new archive repository. Never replaces a file. */
@Command(name = "init", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Start a new archive repository in DIR: content/ with site.yaml and an example debate, an empty "
                + "templates/, .gitignore, CI files that check pull requests and publish main with GitHub Pages or "
                + "GitLab Pages, and a README for editors.",
            "DIR must be empty or not exist yet (a folder holding only .git, as cloned from an empty repository, "
                + "counts as empty). Nothing is ever replaced."})
final class InitCommand implements Callable<Integer> {

    /** Entries listed when refusing a folder that is not empty; the rest are counted. */
    private static final int LISTED = 10;

    private static final Map<String, String> FLAGS = Map.of("title", "--title", "base_url", "--base-url",
            "language", "--language", "timezone", "--timezone");

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "folder of the new archive (default: the current folder)")
    Path dir;

    @Option(names = "--title", paramLabel = "TITLE", description = "name of the archive (default: made from DIR's name)")
    String title;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "https://example.org/",
            description = "address the archive will have (default: ${DEFAULT-VALUE}; the CI files build with the "
                    + "address of the Pages site)")
    String baseUrl;

    @Option(names = "--language", paramLabel = "TAG", defaultValue = "en",
            description = "language of the archive, a BCP 47 tag such as en or de-CH (default: ${DEFAULT-VALUE})")
    String language;

    @Option(names = "--timezone", paramLabel = "ZONE",
            description = "time zone of dates written without one, such as Europe/Berlin (default: this computer's, "
                    + "else UTC)")
    String timezone;

    @Option(names = "--empty", description = "leave out the example debate")
    boolean empty;

    private final Terminal terminal;

    InitCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        String zoneId = timezone != null ? timezone.strip() : defaultZone();
        SiteDraft site = new SiteDraft(title != null ? title.strip() : titleOf(dir), baseUrl.strip(), Optional.empty(),
                Optional.of(language.strip()), Optional.of(zoneId));
        List<SiteDraft.Problem> problems = site.problems();
        if (!problems.isEmpty()) {
            problems.forEach(p -> terminal.err().println("error: " + FLAGS.get(p.field()) + " " + p.message()));
            return 2;
        }
        if (!refuseUnlessEmpty()) {
            return 1;
        }
        ZoneId zone = ZoneId.of(zoneId);
        NewArchive archive = new NewArchive(dir, site, zone, LocalDate.now(terminal.clock().withZone(zone)), !empty,
                Version.current());
        List<String> written;
        try {
            written = archive.write();
        } catch (FileAlreadyExistsException e) {
            terminal.err().println("error: " + e.getFile() + " appeared while the archive was being written; "
                    + "it was left as it was");
            return 1;
        } catch (IOException e) {
            terminal.err().println("error: cannot write the archive in " + dir + ": " + e.getMessage());
            return 1;
        }
        report(written);
        return 0;
    }

    /** False, with the folder's entries listed, when {@link #dir} is a file or holds anything but {@code .git}. */
    private boolean refuseUnlessEmpty() {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            terminal.err().println("error: " + dir + " is a file: give the name of a new or empty folder");
            return false;
        }
        List<String> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.map(p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : ""))
                    .filter(name -> !name.equals(".git/")).sorted().toList();
        } catch (IOException e) {
            terminal.err().println("error: cannot read " + dir + ": " + e.getMessage());
            return false;
        }
        if (entries.isEmpty()) {
            return true;
        }
        terminal.err().println("error: " + dir + " is not empty, and init never replaces a file; it holds:");
        entries.stream().limit(LISTED).forEach(name -> terminal.err().println("  " + name));
        if (entries.size() > LISTED) {
            terminal.err().println("  and " + (entries.size() - LISTED) + " more");
        }
        terminal.err().println("Give the name of a new folder: rostrum init my-archive");
        return false;
    }

    private void report(List<String> written) {
        Path shown = dir.normalize();
        String where = shown.toString().isEmpty() ? "." : shown.toString();
        terminal.out().println("Created a new archive in " + where + ":");
        written.forEach(file -> terminal.out().println("  " + file));
        terminal.out().println();
        terminal.out().println("Next:");
        if (!where.equals(".")) {
            terminal.out().println("  cd " + where);
        }
        terminal.out().println("  rostrum serve                      preview the site as you edit");
        terminal.out().println("  rostrum new debate \"<question>\"    start a debate (a draft until you publish it)");
        terminal.out().println("  rostrum check                      list every problem, as CI does");
        terminal.out().println("Set base_url in content/site.yaml to the address the archive will have.");
    }

    /** The zone of the clock when IANA names it (not a bare offset), else UTC. */
    private String defaultZone() {
        String id = terminal.clock().getZone().getId();
        return ZoneId.getAvailableZoneIds().contains(id) ? id : "UTC";
    }

    /** {@code my-archive} becomes {@code My archive}; a folder without a usable name gives {@code Debate archive}. */
    static String titleOf(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String words = name == null ? "" : name.toString().replaceAll("[-_.\\s]+", " ").strip();
        if (words.isEmpty()) {
            return "Debate archive";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
