package org.rostrum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code build} and {@code check} read without picocli set every option as picocli sets it, and
 * anything picocli would read otherwise or refuse is left to picocli.
 */
class PlainArgumentsTest {

    private static final PrintWriter NOWHERE = new PrintWriter(Writer.nullWriter());
    private static final Terminal TERMINAL = new Terminal(NOWHERE, NOWHERE, Clock.systemUTC());

    /** Command lines read here: each must give what picocli gives. */
    private static final List<List<String>> PLAIN = List.of(
            List.of("build"),
            List.of("check"),
            List.of("build", "--content", "c", "--out", "o"),
            List.of("build", "--content=c", "--out=o/site", "--templates", "t"),
            List.of("build", "-q", "-v", "--strict", "--drafts", "--future", "--clean", "--base-url",
                    "https://example.org/a/", "--threads", "3"),
            List.of("build", "--quiet", "--verbose", "--templates=t"),
            List.of("build", "--base-url=https://example.org/?a=b", "--threads=0"),
            List.of("build", "--content", "", "--out", "with space/site"),
            List.of("check", "--content", "c", "--strict", "-q"),
            List.of("check", "--threads", "2", "--templates", "t", "--verbose"),
            List.of("check", "-v", "--content=dir=with=equals"));

    /** Command lines left to picocli: help, mistakes and forms read only by picocli. */
    private static final List<List<String>> LEFT_TO_PICOCLI = List.of(
            List.of("build", "--help"),
            List.of("build", "-h"),
            List.of("check", "--version"),
            List.of("build", "-qv"),
            List.of("build", "--quiet", "--quiet"),
            List.of("build", "-q", "--quiet"),
            List.of("build", "--content"),
            List.of("build", "--content", "-x"),
            List.of("build", "--threads", "x"),
            List.of("build", "--threads", "-1"),
            List.of("build", "--threads", "0x10"),
            List.of("build", "--threads", "12345678901"),
            List.of("build", "@arguments.txt"),
            List.of("build", "--content", "@c"),
            List.of("build", "--quiet=true"),
            List.of("build", "extra"),
            List.of("build", "--"),
            List.of("build", "--cont", "c"),
            List.of("build", "--content", "nul\0here"),
            List.of("check", "--out", "o"),
            List.of("check", "--drafts"),
            List.of("check", "--base-url", "https://example.org/"),
            List.of("serve"),
            List.of("--version"),
            List.of());

    @Test
    void commandLinesReadWithoutPicocliGiveWhatPicocliGives() {
        for (List<String> args : PLAIN) {
            Optional<PlainArguments.Command> plain = PlainArguments.read(args.toArray(String[]::new), null, TERMINAL);
            assertTrue(plain.isPresent(), "read without picocli: " + args);
            Object picocli = args.get(0).equals("build") ? new BuildCommand(null, TERMINAL)
                    : new CheckCommand(null, TERMINAL);
            new CommandLine(picocli).parseArgs(args.subList(1, args.size()).toArray(String[]::new));
            assertEquals(describe(picocli), describe(plain.get().command()), args.toString());
            assertEquals(verbose(picocli), plain.get().verbose(), args.toString());
        }
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        for (List<String> args : LEFT_TO_PICOCLI) {
            assertEquals(Optional.empty(), PlainArguments.read(args.toArray(String[]::new), null, TERMINAL),
                    args.toString());
        }
    }

    /** Some of what is left to picocli is a mistake, which picocli reports as a usage error. */
    @Test
    void mistakesStillGetPicocliUsageErrors() {
        for (List<String> args : List.of(List.of("build", "--quiet", "--quiet"), List.of("check", "--out", "o"),
                List.of("build", "--content"), List.of("build", "--threads", "x"))) {
            CommandRun run = CommandRun.of(Clock.systemUTC(), args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), args + ": " + run.err());
            assertTrue(run.err().contains("Usage: rostrum " + args.get(0)), run.err());
        }
    }

    private static boolean verbose(Object command) {
        return command instanceof BuildCommand build ? build.sources.verbose : ((CheckCommand) command).sources.verbose;
    }

    /** Every option a command holds, as text. */
    private static String describe(Object command) {
        if (command instanceof BuildCommand build) {
            return Arrays.asList(build.options(), build.sources.quiet, build.sources.verbose, build.strict,
                    build.threads, build.baseUrl, build.sources.templates).toString();
        }
        CheckCommand check = (CheckCommand) command;
        return Arrays.asList(check.sources.content, check.sources.templates, check.sources.quiet,
                check.sources.verbose, check.strict, check.threads).toString();
    }
}
