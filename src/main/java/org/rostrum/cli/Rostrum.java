package org.rostrum.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.rostrum.pipeline.SiteBuild;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.source.ContentLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rostrum} command and its subcommands. Exit codes: 0 success, 1 content or build
 * errors, 2 usage errors.
 */
@Command(name = "rostrum", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        description = "Rostrum builds static websites from debate archives kept as Markdown and YAML.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'rostrum COMMAND --help' for the options of a command."})
public final class Rostrum implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Rostrum() {
    }

    /** Parses {@code args}, runs the command and returns its exit code. */
    public static int run(String[] args, Terminal terminal) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        // Made when a command runs, not when it is declared: --version, --help and init then load
        // neither the YAML reader nor JSON (the content loader of new debate likewise).
        Supplier<SiteBuild> build = () -> new SiteBuild(markdown, terminal.clock());
        Optional<PlainArguments.Command> plain = PlainArguments.read(args, build, terminal);
        if (plain.isPresent()) {
            int code = runPlain(plain.get(), terminal);
            terminal.out().flush();
            terminal.err().flush();
            return code;
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // What picocli prints for --version, without its classes.
            for (String line : new Version.Provider().getVersion()) {
                terminal.out().println(line);
            }
            terminal.out().flush();
            return 0;
        }
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("init", () -> new InitCommand(terminal));
        commands.put("build", () -> new BuildCommand(build, terminal));
        commands.put("check", () -> new CheckCommand(build, terminal));
        commands.put("serve", () -> new ServeCommand(build, terminal));
        commands.put("new", () -> new CommandLine(new NewCommand())
                .addSubcommand(new NewCommand.Debate(() -> new ContentLoader(markdown), terminal))
                .addSubcommand(new NewCommand.Person(terminal))
                .addSubcommand(new NewCommand.Page(terminal)));
        commands.put("theme", () -> new CommandLine(new ThemeCommand()).addSubcommand(new ThemeCommand.Export(terminal)));
        commands.put("import", () -> ImportCommand.create(terminal));
        // A lambda, not the constructor reference HelpCommand::new: picocli's classes are of a class
        // file version older than Java 6, which the JDK's ahead-of-time cache leaves out, and an
        // archived reference to one of them from a linked call site made the cache's creation
        // crash (JDK 25).
        commands.put("help", () -> new CommandLine.HelpCommand());
        // Building a command's model takes picocli a few milliseconds of reflection each; a command
        // line that names its command gets that command alone (help lists them all, so it gets all).
        String first = args.length > 0 ? args[0] : "";
        String named = commands.containsKey(first) && !first.equals("help") ? first : null;
        CommandLine cli = new CommandLine(new Rostrum());
        commands.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cli.addSubcommand(command.get());
            }
        });
        cli.setOut(terminal.out());
        cli.setErr(terminal.err());
        cli.setExecutionExceptionHandler((e, command, parseResult) ->
                internalError(e, parseResult.hasMatchedOption("--verbose") || isVerbose(parseResult), terminal));
        int code = cli.execute(args);
        terminal.out().flush();
        terminal.err().flush();
        return code;
    }

    /** Runs a command read without picocli as picocli runs it: an exception it throws is an internal error. */
    private static int runPlain(PlainArguments.Command plain, Terminal terminal) {
        try {
            return plain.command().call();
        } catch (Exception e) {
            return internalError(e, plain.verbose(), terminal);
        }
    }

    /** Reports an exception a command threw, with its stack trace when {@code verbose}; returns the exit code. */
    private static int internalError(Exception e, boolean verbose, Terminal terminal) {
        terminal.err().println("rostrum: internal error: " + e);
        if (verbose) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            terminal.err().print(trace);
        } else {
            terminal.err().println("Run again with --verbose for the stack trace, and please report it.");
        }
        return 1;
    }

    private static boolean isVerbose(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult sub = parseResult;
        while (sub.hasSubcommand()) {
            sub = sub.subcommand();
            if (sub.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** {@code rostrum} alone prints its usage and fails as a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
