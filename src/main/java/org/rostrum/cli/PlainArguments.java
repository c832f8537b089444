package org.rostrum.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.rostrum.pipeline.SiteBuild;

/**
 * The command lines people run most, {@code build} and {@code check} with their options written
 * out plainly, read without picocli: picocli takes a quarter to half a second of the JVM's start to
 * load its classes and read the commands' annotations by reflection, as much as the rest of a build
 * with nothing changed. Anything else, and anything unusual in these two (help, an unknown or
 * repeated option, grouped short options, a missing value, a value that starts with {@code -} or an
 * argument file {@code @file}), is left to picocli, which reads it and reports problems its way;
 * so this reads a command line only where picocli would read it the same (tested against it).
 */
final class PlainArguments {

    /** The boolean options, by every name, to the long name. */
    private static final Map<String, String> FLAGS = Map.of("-v", "--verbose", "--verbose", "--verbose",
            "-q", "--quiet", "--quiet", "--quiet", "--strict", "--strict", "--drafts", "--drafts",
            "--future", "--future", "--clean", "--clean");
    private static final Set<String> VALUED = Set.of("--content", "--templates", "--out", "--base-url", "--threads");
    private static final Set<String> BUILD_ONLY = Set.of("--drafts", "--future", "--clean", "--out", "--base-url");

    private PlainArguments() {
    }

    /**
     * The command {@code args} name, with its options set as picocli would set them; empty when
     * picocli is to read the command line.
     */
    static Optional<Command> read(String[] args, Supplier<SiteBuild> build, Terminal terminal) {
        if (args.length == 0 || !(args[0].equals("build") || args[0].equals("check"))) {
            return Optional.empty();
        }
        boolean isBuild = args[0].equals("build");
        Options options = new Options();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            String flag = FLAGS.get(name);
            String option = flag != null ? flag : name;
            if (!(flag != null || VALUED.contains(name)) || (!isBuild && BUILD_ONLY.contains(option))
                    || !seen.add(option)) {
                return Optional.empty();
            }
            if (flag != null) {
                if (equals > 0) {
                    return Optional.empty();
                }
                options.flag(flag);
                continue;
            }
            String value;
            if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.startsWith("-") || value.startsWith("@") || !options.value(option, value)) {
                return Optional.empty();
            }
        }
        return Optional.of(isBuild ? options.build(build, terminal) : options.check(build, terminal));
    }

    /** A command read here, ready to run, and whether it was asked for stack traces of internal errors. */
    record Command(java.util.concurrent.Callable<Integer> command, boolean verbose) {
    }

    /** The options read so far, as picocli's defaults leave them when not given. */
    private static final class Options {
        private final SourceOptions sources = new SourceOptions();
        private Path out = Path.of("site");
        private boolean drafts;
        private boolean future;
        private boolean clean;
        private boolean strict;
        private String baseUrl;
        private Integer threads;

        Options() {
            sources.content = Path.of("content");
        }

        void flag(String name) {
            switch (name) {
                case "--verbose" -> sources.verbose = true;
                case "--quiet" -> sources.quiet = true;
                case "--strict" -> strict = true;
                case "--drafts" -> drafts = true;
                case "--future" -> future = true;
                default -> clean = true;
            }
        }

        /** Sets an option with a value; false when the value is one picocli would refuse. */
        boolean value(String name, String value) {
            try {
                switch (name) {
                    case "--content" -> sources.content = Path.of(value);
                    case "--templates" -> sources.templates = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--base-url" -> baseUrl = value;
                    default -> {
                        if (!value.matches("[0-9]{1,9}")) {
                            return false;
                        }
                        threads = Integer.valueOf(value);
                    }
                }
                return true;
            } catch (InvalidPathException e) {
                return false;
            }
        }

        Command build(Supplier<SiteBuild> build, Terminal terminal) {
            BuildCommand command = new BuildCommand(build, terminal);
            command.sources = sources;
            command.out = out;
            command.drafts = drafts;
            command.future = future;
            command.clean = clean;
            command.strict = strict;
            command.baseUrl = baseUrl;
            command.threads = threads;
            return new Command(command, sources.verbose);
        }

        Command check(Supplier<SiteBuild> build, Terminal terminal) {
            CheckCommand command = new CheckCommand(build, terminal);
            command.sources = sources;
            command.strict = strict;
            command.threads = threads;
            return new Command(command, sources.verbose);
        }
    }
}
