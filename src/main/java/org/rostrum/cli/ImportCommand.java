package org.rostrum.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rostrum.diag.Diagnostic;
import org.rostrum.diag.Diagnostics;
import org.rostrum.importer.DisqusImporter;
import org.rostrum.importer.ImportReport;
import org.rostrum.importer.StagedImport;
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
     * Runs {@code step} all or nothing (see {@link StagedImport}), prints problems and the report;
     * 1 when the export had errors (nothing was written when it could not be read to its end).
     */
    static int run(Path into, boolean dryRun, ImportReport.Format format, StagedImport.Step step, Terminal terminal) {
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
        if (diagnostics.hasErrors()) {
            terminal.err().println("error: the import found " + Reports.count(diagnostics.errorCount(), "error", "errors")
                    + (result.changes().applied() ? "; the items named above were left out, the rest was imported"
                            : dryRun ? "" : "; nothing was written, " + into + " is as it was"));
            return 1;
        }
        return 0;
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

        private final Terminal terminal;

        WordPress(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public Integer call() {
            return ImportCommand.run(into, dryRun, ImportReport.Format.WORDPRESS,
                    (staging, diagnostics) -> new WordPressImporter(topics).run(export, staging, force, diagnostics), terminal);
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
            return ImportCommand.run(into, dryRun, ImportReport.Format.DISQUS,
                    (staging, diagnostics) -> new DisqusImporter().run(export, staging, diagnostics), terminal);
        }
    }
}
