package org.rostrum.cli;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.rostrum.pipeline.BuildOptions;
import org.rostrum.pipeline.BuildResult;
import org.rostrum.pipeline.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rostrum check}: everything a build does except writing. */
@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Check the content and templates without writing anything.",
            "Drafts and debates dated in the future are checked too. Exit code 1 when there is any error."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SourceOptions sources;

    @Option(names = "--strict", description = "exit with code 1 when a reader comment is left out for its problems")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", hidden = true, description = "threads that render")
    Integer threads;

    private final Supplier<SiteBuild> build;
    private final Terminal terminal;

    CheckCommand(Supplier<SiteBuild> build, Terminal terminal) {
        this.build = build;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (!sources.templatesExist(terminal)) {
            return 2;
        }
        BuildOptions.Builder options = BuildOptions.builder().content(sources.content).templates(sources.templates())
                .drafts(true).future(true);
        if (threads != null) {
            options.threads(Math.max(1, threads));
        }
        BuildResult result = build.get().check(options.build(), ProgressDisplay.of(terminal, sources));
        Reports.printDiagnostics(result, terminal.err());
        boolean strictFailure = Reports.leftOutFails(result, strict, terminal.err());
        if (result.failed()) {
            terminal.err().println("error: check found " + Reports.problems(result));
            return 1;
        }
        if (sources.quiet) {
            return strictFailure ? 1 : 0;
        }
        String warnings = result.diagnostics().isEmpty() ? "no problems" : Reports.problems(result);
        terminal.out().println("Checked " + Reports.count(result.debates(), "debate", "debates") + " and "
                + Reports.count(result.comments(), "comment", "comments") + " (" + Reports.count(result.pages(), "page",
                "pages") + "): " + warnings + " in " + Reports.seconds(result));
        return strictFailure ? 1 : 0;
    }
}
