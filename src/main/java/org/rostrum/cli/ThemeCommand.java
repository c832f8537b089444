package org.rostrum.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rostrum.render.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rostrum theme}: the built-in theme. */
@Command(name = "theme", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Work with the built-in theme.")
final class ThemeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: try 'rostrum theme export'");
    }

    /** {@code rostrum theme export [DIR]}: copies the built-in theme out for customising. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Copy every file of the built-in theme into a folder, to change it there.",
                "A site's templates folder overrides the built-in theme file by file: keep only the files you change.",
                "Existing files are never replaced unless --force is given."})
    static final class Export implements Callable<Integer> {

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "templates",
                description = "folder to copy the theme into (default: ${DEFAULT-VALUE})")
        Path dir;

        @Option(names = "--force", description = "replace files that already exist")
        boolean force;

        private final Terminal terminal;

        Export(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public Integer call() {
            Path source = Theme.builtIn().builtInDirectory();
            List<String> written = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = source.relativize(file).toString();
                    Path target = dir.resolve(relative.replace(source.getFileSystem().getSeparator(), "/"));
                    if (copy(file, target)) {
                        written.add(relative);
                    } else {
                        skipped.add(target.toString());
                    }
                }
            } catch (IOException e) {
                terminal.err().println("error: cannot export the theme to " + dir + ": " + e.getMessage());
                return 1;
            }
            terminal.out().println("Wrote " + Reports.count(written.size(), "file", "files") + " of the built-in theme to "
                    + dir);
            if (!skipped.isEmpty()) {
                terminal.out().println("Skipped " + Reports.count(skipped.size(), "file that exists", "files that exist")
                        + " (use --force to replace):");
                skipped.forEach(s -> terminal.out().println("  " + s));
            }
            return 0;
        }

        /** Copies one file; false when the target exists and may not be replaced. */
        private boolean copy(Path from, Path to) throws IOException {
            Files.createDirectories(to.toAbsolutePath().getParent());
            try {
                if (force) {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.copy(from, to);
                }
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        }
    }
}
