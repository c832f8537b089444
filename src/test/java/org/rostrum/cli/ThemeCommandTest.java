package org.rostrum.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.render.Theme;

class ThemeCommandTest {

    @TempDir
    Path dir;

    private static List<String> builtInFiles() throws IOException {
        Path theme = Theme.builtIn().builtInDirectory();
        try (Stream<Path> walk = Files.walk(theme)) {
            return walk.filter(Files::isRegularFile).map(p -> theme.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private CommandRun export(String... more) {
        String[] args = Stream.concat(Stream.of("theme", "export", dir.resolve("templates").toString()), Stream.of(more))
                .toArray(String[]::new);
        return CommandRun.of(Clock.systemUTC(), args);
    }

    @Test
    void exportCopiesEveryFileOfTheBuiltInTheme() throws IOException {
        List<String> files = builtInFiles();
        assertTrue(files.contains("layout.ftlh") && files.contains("static/style.css"), files.toString());

        CommandRun run = export();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Wrote " + files.size() + " files of the built-in theme to " + dir.resolve("templates") + "\n",
                run.out());
        Path theme = Theme.builtIn().builtInDirectory();
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(theme.resolve(file)), Files.readAllBytes(dir.resolve("templates/" + file)),
                    file);
        }
    }

    @Test
    void exportNeverReplacesAFileUnlessForced() throws IOException {
        Path layout = dir.resolve("templates/layout.ftlh");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "my own layout");
        int total = builtInFiles().size();

        CommandRun run = export();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Wrote " + (total - 1) + " files of the built-in theme to " + dir.resolve("templates") + "\n"
                + "Skipped 1 file that exists (use --force to replace):\n  " + layout + "\n", run.out());
        assertEquals("my own layout", Files.readString(layout));

        CommandRun forced = export("--force");

        assertEquals("Wrote " + total + " files of the built-in theme to " + dir.resolve("templates") + "\n", forced.out());
        assertArrayEquals(Files.readAllBytes(Theme.builtIn().builtInDirectory().resolve("layout.ftlh")),
                Files.readAllBytes(layout));
    }
}
