package org.rostrum.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.rostrum.pipeline.BuildOptions;
import org.rostrum.pipeline.BuildProgress;
import org.rostrum.pipeline.BuildResult;
import org.rostrum.pipeline.SiteBuild;
import org.rostrum.serve.PreviewListener;
import org.rostrum.serve.PreviewServer;
import org.rostrum.serve.Rebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rostrum serve}: the preview server, rebuilding and reloading the browser on every change. */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Preview the archive in a browser, rebuilt and reloaded on every change.",
            "Builds the archive, serves it on this computer and rebuilds it whenever a file in the content or "
                + "templates folder changes; open pages reload by themselves.",
            "When a change breaks the build, the pages show the problems over the last version that built.",
            "Nothing is written to the site folder: the preview is built into a temporary folder, deleted on exit."})
final class ServeCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Mixin
    SourceOptions sources;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "port to listen on; 0 takes any free port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on; 0.0.0.0 lets other computers see the preview (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--drafts", description = "include debates and pages marked draft: true")
    boolean drafts;

    @Option(names = "--future", description = "include debates dated in the future")
    boolean future;

    private final Supplier<SiteBuild> build;
    private final Terminal terminal;

    ServeCommand(Supplier<SiteBuild> build, Terminal terminal) {
        this.build = build;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            terminal.err().println("error: --port must be between 0 and 65535, not " + port);
            return 2;
        }
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            terminal.err().println("error: cannot listen on '" + bind + "': unknown address");
            return 2;
        }
        if (!sources.templatesExist(terminal)) {
            return 2;
        }
        BuildOptions options = BuildOptions.defaults().withContent(sources.content).withTemplates(sources.templates())
                .withDrafts(drafts).withFuture(future);
        PreviewServer server;
        try {
            server = PreviewServer.start(build.get(), options, address, new Printer());
        } catch (IOException e) {
            terminal.err().println("error: cannot serve on " + bind + ":" + port + ": " + e.getMessage()
                    + (port != 0 ? " (choose another port with --port)" : ""));
            terminal.err().flush();
            return 1;
        }
        terminal.out().println("Serving " + server.address() + " — Ctrl-C to stop");
        terminal.out().flush();
        Thread stop = new Thread(() -> {
            server.close();
            terminal.out().println("Stopped.");
            terminal.out().flush();
        }, "rostrum-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        server.awaitStop();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is what stopped the server.
        }
        return 0;
    }

    /** Prints one line per build, and the problems of a failed one. */
    private final class Printer implements PreviewListener {

        @Override
        public BuildProgress progress() {
            return ProgressDisplay.of(terminal, sources);
        }

        @Override
        public void built(Rebuild rebuild) {
            BuildResult result = rebuild.result();
            Reports.printDiagnostics(result, terminal.err());
            String time = LocalTime.now(terminal.clock()).format(TIME);
            if (result.failed()) {
                terminal.err().println(time + " build failed with " + Reports.problems(result)
                        + (rebuild.number() == 0 ? "" : "; still serving the last good build"));
            } else if (!sources.quiet) {
                String what = rebuild.number() == 0 ? "Built " : "Rebuilt ";
                terminal.out().println(time + " " + what + Reports.count(result.debates(), "debate", "debates")
                        + ", " + Reports.count(result.files(), "file", "files") + " in " + Reports.seconds(result)
                        + changes(rebuild));
            }
            terminal.err().flush();
            terminal.out().flush();
        }

        private String changes(Rebuild rebuild) {
            if (rebuild.changed().isEmpty()) {
                return "";
            }
            if (rebuild.changed().size() == 1) {
                return " (" + rebuild.changed().get(0) + " changed)";
            }
            return " (" + rebuild.changed().size() + " changes)";
        }
    }
}
