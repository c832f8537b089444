package org.rostrum.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code rostrum} ({@link org.rostrum.Main}) in a separate JVM on the test class path, with
 * its output going to files, so that a test can give it other JVM defaults (locale, time zone,
 * encoding), limits, or kill it.
 */
final class ChildJvm {

    /** What a finished child printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private ChildJvm() {
    }

    /**
     * The command line of a child that runs {@code rostrum} with {@code args}, after
     * {@code jvmOptions}. The child uses only the interpreter and C1 and a serial collector: builds
     * in tests are short, and the machine is shared.
     */
    static List<String> command(List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:-UsePerfData");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add("org.rostrum.Main");
        command.addAll(args);
        return command;
    }

    /** The class path of this test run: surefire's own property, or the JVM's. */
    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** Starts {@code command} with stdout and stderr going to files in {@code logs}. */
    static Process start(List<String> command, Path logs) {
        try {
            Files.createDirectories(logs);
            return new ProcessBuilder(command)
                    .redirectOutput(logs.resolve("stdout.txt").toFile())
                    .redirectError(logs.resolve("stderr.txt").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code command} to its end (at most five minutes) and returns what it printed. */
    static Result run(List<String> command, Path logs) {
        Process process = start(command, logs);
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("child did not finish in five minutes: " + command);
            }
            return finished(process, logs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The result of a process started with {@link #start} that has ended. */
    static Result finished(Process process, Path logs) {
        try {
            return new Result(process.exitValue(),
                    Files.readString(logs.resolve("stdout.txt"), StandardCharsets.UTF_8),
                    Files.readString(logs.resolve("stderr.txt"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
