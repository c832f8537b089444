package org.rostrum.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rostrum.diag.Diagnostic;
import org.rostrum.diag.Diagnostics;
import org.rostrum.importer.DisqusImporter;
import org.rostrum.importer.ImportReport;
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
                .addSubcommand(new Disqus(terminal));
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand: wordpress or disqus");
    }

    /** Prints problems and the report; 1 when the export had errors. */
    static int finish(ImportReport report, Diagnostics diagnostics, Terminal terminal) {
        for (Diagnostic d : diagnostics.sorted()) {
            terminal.err().println(d);
        }
        terminal.out().print(report.render());
        if (diagnostics.hasErrors()) {
            terminal.err().println("error: the import found " + Reports.count(diagnostics.errorCount(), "error", "errors"));
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

        private final Terminal terminal;

        WordPress(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public Integer call() {
            Diagnostics diagnostics = new Diagnostics();
            ImportReport report = new WordPressImporter().run(export, into, force, diagnostics);
            return finish(report, diagnostics, terminal);
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

        private final Terminal terminal;

        Disqus(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public Integer call() {
            Diagnostics diagnostics = new Diagnostics();
            ImportReport report = new DisqusImporter().run(export, into, diagnostics);
            return finish(report, diagnostics, terminal);
        }
    }
}
