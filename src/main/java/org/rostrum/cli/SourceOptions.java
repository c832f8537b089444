package org.rostrum.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that say where a site's sources are: shared by {@code build}, {@code check} and {@code serve}. */
final class SourceOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "content folder (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "templates folder; files missing there come from the built-in theme (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = {"-v", "--verbose"},
            description = "print the time of each phase, warnings in full and stack traces of internal errors")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "print problems only: no progress and no summary")
    boolean quiet;
}
