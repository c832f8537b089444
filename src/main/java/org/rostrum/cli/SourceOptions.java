package org.rostrum.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.rostrum.diag.Diagnostic;
import org.rostrum.diag.Severity;
import org.rostrum.diag.SourcePosition;
import picocli.CommandLine.Option;

/** The options that say where a site's sources are: shared by {@code build}, {@code check} and {@code serve}. */
final class SourceOptions {

    private static final Path DEFAULT_TEMPLATES = Path.of("templates");

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "content folder (default: ${DEFAULT-VALUE})")
    Path content;

    /** Null when not given: then {@code templates}, which may be missing. */
    @Option(names = "--templates", paramLabel = "DIR",
            description = "templates folder; files missing there come from the built-in theme (default: templates, "
                    + "when it exists)")
    Path templates;

    @Option(names = {"-v", "--verbose"},
            description = "print the time of each phase, warnings in full and stack traces of internal errors")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "print problems only: no progress and no summary")
    boolean quiet;

    /** The site's templates folder: the one given, else {@code templates}. */
    Path templates() {
        return templates != null ? templates : DEFAULT_TEMPLATES;
    }

    /**
     * False, with an error, when {@code --templates} names a folder that does not exist: a site
     * without a templates folder of its own leaves the option out, so a given folder that is not
     * there is a mistake (a typo, the wrong working folder) that would otherwise silently build
     * with the built-in theme.
     */
    boolean templatesExist(Terminal terminal) {
        if (templates == null || Files.isDirectory(templates)) {
            return true;
        }
        terminal.err().println(new Diagnostic(Severity.ERROR, SourcePosition.startOf(templates),
                (Files.exists(templates) ? "--templates names a file, not a folder" : "templates folder not found")
                        + ": leave out --templates to build with the built-in theme alone"));
        return false;
    }
}
