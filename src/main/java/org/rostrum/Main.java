package org.rostrum;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.rostrum.cli.Rostrum;
import org.rostrum.cli.Terminal;

/** Entry point: arguments in, exit code out. The only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        int code = Rostrum.run(args, new Terminal(out, err, Clock.systemDefaultZone(),
                System.console() != null));
        out.flush();
        err.flush();
        System.exit(code);
    }
}
