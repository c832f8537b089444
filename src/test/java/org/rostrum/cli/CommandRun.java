package org.rostrum.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

/** One run of the {@code rostrum} command line in a test, with what it printed. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Rostrum.run(args, new Terminal(new PrintWriter(out), new PrintWriter(err), clock));
        return new CommandRun(code, normalise(out), normalise(err));
    }

    private static String normalise(StringWriter text) {
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
