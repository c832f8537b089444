package org.rostrum.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.rostrum.pipeline.BuildOptions;
import org.rostrum.pipeline.BuildResult;
import org.rostrum.pipeline.SiteBuild;
import org.rostrum.source.BaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rostrum build}: renders the archive into a folder of static files. */
@Command(name = "build", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Build the archive into a folder of static HTML.",
            "Every problem of every file is listed; when there is any error, the output folder is left as it was."})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SourceOptions sources;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--drafts", description = "include debates and pages marked draft: true")
    boolean drafts;

    @Option(names = "--future", description = "include debates dated in the future")
    boolean future;

    @Option(names = "--clean", description = "ignore what the last build left and render everything again")
    boolean clean;

    @Option(names = "--base-url", paramLabel = "URL", description = "override base_url of site.yaml")
    String baseUrl;

    @Option(names = "--strict", description = "exit with code 1 when a reader comment is left out for its problems")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", hidden = true, description = "threads that render and write")
    Integer threads;

    private final Supplier<SiteBuild> build;
    private final Terminal terminal;

    BuildCommand(Supplier<SiteBuild> build, Terminal terminal) {
        this.build = build;
        this.terminal = terminal;
    }

    BuildOptions options() {
        BuildOptions.Builder options = BuildOptions.builder().content(sources.content).templates(sources.templates())
                .out(out).drafts(drafts).future(future).baseUrl(Optional.ofNullable(baseUrl)).clean(clean);
        if (threads != null) {
            options.threads(Math.max(1, threads));
        }
        return options.build();
    }

    @Override
    public Integer call() {
        if (baseUrl != null) {
            Optional<String> problem = BaseUrl.problem(baseUrl);
            if (problem.isPresent()) {
                terminal.err().println("error: --base-url " + problem.get());
                return 2;
            }
        }
        if (!sources.templatesExist(terminal)) {
            return 2;
        }
        BuildResult result = build.get().build(options(), ProgressDisplay.of(terminal, sources));
        Reports.printDiagnostics(result, terminal.err());
        boolean strictFailure = Reports.leftOutFails(result, strict, terminal.err());
        if (result.failed()) {
            terminal.err().println("error: build failed with " + Reports.problems(result) + "; " + out
                    + " was left as it was");
            return 1;
        }
        if (sources.quiet) {
            return strictFailure ? 1 : 0;
        }
        terminal.out().println("Built " + Reports.count(result.debates(), "debate", "debates") + " and "
                + Reports.count(result.comments(), "comment", "comments") + " into " + out + ": "
                + Reports.count(result.pages(), "page", "pages") + "; "
                + Reports.count(result.files(), "file", "files") + " written"
                + (result.unchanged() > 0 ? ", " + result.unchanged() + " unchanged" : "")
                + " in " + Reports.seconds(result));
        return strictFailure ? 1 : 0;
    }
}
