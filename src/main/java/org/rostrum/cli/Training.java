package org.rostrum.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.List;

/**
 * The run the launcher records the class-data archive (Java 17 to 24) or the ahead-of-time cache
 * (Java 25 and newer) from, not a command for users: in one JVM it prints the version and the
 * commands' help, checks an archive, builds it into an empty folder and builds it again with
 * nothing changed, so that what is recorded covers the commands people run most, the unchanged
 * rebuild included. Prints nothing.
 *
 * <p>Arguments: the content folder and an output folder that is missing or empty. Throws when a
 * command fails, so that the launcher makes no archive of a run that went wrong.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Training CONTENT OUT");
        }
        String content = args[0];
        String out = args[1];
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Terminal terminal = new Terminal(nowhere, nowhere, Clock.systemDefaultZone());
        List<List<String>> runs = List.of(
                List.of("--version"),
                // The commands' help: build and check are read without picocli, which the others
                // use, so the archive holds picocli's classes through this.
                List.of("help"),
                List.of("check", "--content", content),
                List.of("build", "--content", content, "--out", out),
                List.of("build", "--content", content, "--out", out));
        for (List<String> run : runs) {
            int code = Rostrum.run(run.toArray(String[]::new), terminal);
            if (code != 0) {
                throw new IllegalStateException("rostrum " + String.join(" ", run) + " exited with " + code);
            }
        }
    }
}
