package org.rostrum.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rostrum.cli.Rostrum;
import org.rostrum.cli.Terminal;

/** Every archive shape of the benchmark is an archive that Rostrum reads without a problem, in the shape it claims. */
class ArchiveShapeTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"plain", "markdown", "quoted", "files", "unicode", "real"})
    void everyShapeChecksWithoutProblemsAndKeepsEveryComment(String shape) throws IOException {
        long comments = ArchiveGenerator.write(80, 42, ArchiveShape.named(shape), dir, null).comments;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Rostrum.run(new String[] {"check", "--strict", "--content", dir.toString()},
                new Terminal(new PrintWriter(out), new PrintWriter(err), Clock.systemUTC()));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("Checked 80 debates and " + comments + " comments"), out.toString());
        assertTrue(out.toString().contains("no problems"), out + "\n" + err);
    }

    @Test
    void theRealShapeHasEveryKindOfComment() throws IOException {
        ArchiveGenerator.write(60, 42, ArchiveShape.named("real"), dir, null);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir.resolve("debates"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.getParent().getFileName().toString().equals("comments")),
                "one file per comment");
        String yaml = String.join("\n", files.stream().filter(f -> f.toString().endsWith(".yaml")).map(f -> {
            try {
                return Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList());
        for (String sign : List.of("body: \"", "body: |", "author: \"\"", "> ", "](https://", "`", "_", "**",
                "\\n- ", "\\n1. ", "~~", "www.")) {
            assertTrue(yaml.contains(sign), sign);
        }
        assertTrue(yaml.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC));
        assertTrue(yaml.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK));
        assertTrue(yaml.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
        assertTrue(yaml.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }
}
