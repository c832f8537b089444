package org.rostrum.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.rostrum.diag.Diagnostic;
import org.rostrum.diag.Diagnostics;
import org.rostrum.importer.DisqusImporter;
import org.rostrum.importer.ImportReport;
import org.rostrum.importer.StagedImport;
import org.rostrum.importer.MediaOptions;
import org.rostrum.importer.MediaSummary;
import org.rostrum.importer.TopicTerms;
import org.rostrum.importer.WordPressImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rostrum import wordpress|disqus <export.xml>}: turns an export into content folders. */
@Command(name = "import", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Turn a WordPress or Disqus export into debate folders.",
            "Prints a report that accounts for every item and comment read."})
final class ImportCommand implements Runnable {

    /** The command with its two subcommands, ready to add to the top-level command. */
    static picocli.CommandLine create(Terminal terminal) {
        return new picocli.CommandLine(new ImportCommand())
                .addSubcommand(new WordPress(terminal))
                .addSubcommand(new Disqus(terminal))
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand: wordpress or disqus");
    }

    /**
     * One import: the format of its export, the content folder it writes into, and whether it only
     * reads, converts and reports ({@code --dry-run}).
     */
    record Target(ImportReport.Format format, Path into, boolean dryRun) {
    }

    /**
     * Runs {@code step} all or nothing (see {@link StagedImport}), prints problems and the report;
     * 1 when the export had errors (nothing was written when it could not be read to its end).
     */
    static int run(Target target, StagedImport.Step step, Terminal terminal) {
        return run(target, step, report -> true, terminal);
    }

    /** As above; {@code after} runs on the report once the import is done, and false from it fails the command. */
    static int run(Target target, StagedImport.Step step, Predicate<ImportReport> after, Terminal terminal) {
        Path into = target.into();
        boolean dryRun = target.dryRun();
        ImportReport.Format format = target.format();
        Instant start = terminal.clock().instant();
        Diagnostics diagnostics = new Diagnostics();
        StagedImport.Result result = new StagedImport(into, dryRun, format).run(step, diagnostics);
        for (Diagnostic d : diagnostics.sorted()) {
            terminal.err().println(d);
        }
        terminal.out().print(result.report().render());
        terminal.out().printf(Locale.ROOT, "took %.2f s%n",
                Duration.between(start, terminal.clock().instant()).toMillis() / 1000.0);
        if (result.changes().applied() || dryRun) {
            terminal.out().print(result.changes().render(into));
        }
        boolean afterwards = !result.changes().applied() || after.test(result.report());
        if (diagnostics.hasErrors()) {
            terminal.err().println("error: the import found " + Reports.count(diagnostics.errorCount(), "error", "errors")
                    + (result.changes().applied() ? "; the items named above were left out, the rest was imported"
                            : dryRun ? "" : "; nothing was written, " + into + " is as it was"));
            return 1;
        }
        return afterwards ? 0 : 1;
    }

    @Command(name = "wordpress", mixinStandardHelpOptions = true,
            description = {"Import a WordPress export (WXR 1.0 to 1.2): published posts become debates, approved "
                + "comments their threads, old permalinks aliases."})
    static final class WordPress implements Callable<Integer> {
        @Parameters(paramLabel = "EXPORT", description = "the export file (Tools > Export in WordPress)")
        Path export;

        @Option(names = "--into", paramLabel = "DIR", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
        Path into;

        @Option(names = "--force", description = "replace debate folders that already exist")
        boolean force;

        @Option(names = "--dry-run", description = "read and convert the whole export and print the report, but write nothing")
        boolean dryRun;

        @Option(names = "--topics", paramLabel = "TERMS", defaultValue = "categories",
                description = "which terms become topics: categories, tags or both (default: ${DEFAULT-VALUE})")
        TopicTerms topics;

        @Option(names = "--uploads", paramLabel = "DIR",
                description = "a copy of the old site's wp-content/uploads folder; media are copied from it")
        Path uploads;

        @Option(names = "--download", description = "download media of the old site that --uploads lacks")
        boolean download;

        @Option(names = "--download-external", description = "also download images, audio and video on other hosts")
        boolean downloadExternal;

        @Option(names = "--media-cache", paramLabel = "DIR",
                description = "where downloads are kept between runs (default: import-media-cache next to the content folder)")
        Path cache;

        @Option(names = "--remote-list", paramLabel = "FILE",
                description = "where the media links that stay remote are listed "
                    + "(default: import-remote-media.txt next to the content folder)")
        Path remoteList;

        private final Terminal terminal;

        WordPress(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public Integer call() {
            Path beside = into.toAbsolutePath().normalize().getParent();
            if (uploads != null && !Files.isDirectory(uploads)) {
                terminal.err().println("error: --uploads " + uploads + " is not a folder");
                return 2;
            }
            // A dry run downloads nothing: it would write the download cache.
            MediaOptions media = new MediaOptions(Optional.ofNullable(uploads), download && !dryRun,
                    downloadExternal && !dryRun, cache != null ? cache : beside.resolve("import-media-cache"), 4,
                    Duration.ofSeconds(30), 3);
            Path list = remoteList != null ? remoteList : beside.resolve("import-remote-media.txt");
            return ImportCommand.run(new Target(ImportReport.Format.WORDPRESS, into, dryRun),
                    (staging, diagnostics) -> new WordPressImporter(topics, media).run(export, staging, force, diagnostics),
                    report -> dryRun || writeRemoteList(report.media(), list, terminal), terminal);
        }
    }

    /**
     * Writes every media link that stays remote to {@code file}, one per line (file, address and
     * reason separated by tabs), and says where; removes a list left by an earlier run when there
     * is none. False when the file cannot be written.
     */
    static boolean writeRemoteList(MediaSummary media, Path file, Terminal terminal) {
        try {
            if (media.remote().isEmpty()) {
                Files.deleteIfExists(file);
                return true;
            }
            StringBuilder text = new StringBuilder();
            media.remote().forEach(r -> text.append(r.line()).append('\n'));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            terminal.out().println("the " + Reports.count(media.remote().size(), "media link", "media links")
                    + " still pointing elsewhere are listed in " + file);
            return true;
        } catch (IOException e) {
            terminal.err().println("error: cannot write the list of remote media to " + file + ": " + e.getMessage());
            return false;
        }
    }

    @Command(name = "disqus", mixinStandardHelpOptions = true,
            description = {"Import a Disqus export: threads are matched to existing debates by link, alias or "
                + "identifier; posts become their comments."})
    static final class Disqus implements Callable<Integer> {
        @Parameters(paramLabel = "EXPORT", description = "the export file (Disqus admin > Export)")
        Path export;

        @Option(names = "--into", paramLabel = "DIR", defaultValue = "content", description = "content folder (default: ${DEFAULT-VALUE})")
        Path into;

        @Option(names = "--dry-run", description = "read and convert the whole export and print the report, but write nothing")
        boolean dryRun;

        private final Terminal terminal;

        Disqus(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public Integer call() {
            return ImportCommand.run(new Target(ImportReport.Format.DISQUS, into, dryRun),
                    (staging, diagnostics) -> new DisqusImporter().run(export, staging, diagnostics), terminal);
        }
    }
}
