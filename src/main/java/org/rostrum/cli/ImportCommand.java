package org.rostrum.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rostrum.diag.Diagnostic;
import org.rostrum.diag.Diagnostics;
import org.rostrum.importer.DisqusImporter;
import org.rostrum.importer.ImportReport;
import org.rostrum.importer.MediaOptions;
import org.rostrum.importer.MediaSummary;
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
            Diagnostics diagnostics = new Diagnostics();
            Path beside = into.toAbsolutePath().normalize().getParent();
            MediaOptions media = new MediaOptions(Optional.ofNullable(uploads), download, downloadExternal,
                    cache != null ? cache : beside.resolve("import-media-cache"), 4, Duration.ofSeconds(30), 3);
            if (uploads != null && !Files.isDirectory(uploads)) {
                terminal.err().println("error: --uploads " + uploads + " is not a folder");
                return 2;
            }
            ImportReport report = new WordPressImporter(media).run(export, into, force, diagnostics);
            int code = finish(report, diagnostics, terminal);
            Path list = remoteList != null ? remoteList : beside.resolve("import-remote-media.txt");
            return writeRemoteList(report.media(), list, terminal) ? code : 1;
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
