package org.rostrum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aPortInUseIsReportedWithAHint() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            CommandRun run = CommandRun.of(Clock.systemUTC(), "serve", "--port", String.valueOf(port),
                    "--content", dir.toString());

            assertEquals(1, run.exitCode());
            assertEquals("error: cannot serve on 127.0.0.1:" + port + ": Address already in use "
                    + "(choose another port with --port)\n", run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CommandRun run = CommandRun.of(Clock.systemUTC(), "serve", "--port", "70000", "--content", dir.toString());
        assertEquals(2, run.exitCode());
        assertEquals("error: --port must be between 0 and 65535, not 70000\n", run.err());
    }
}
