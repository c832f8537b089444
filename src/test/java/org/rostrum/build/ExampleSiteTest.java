package org.rostrum.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * Builds the example archive in {@code content/} and compares every output file with the golden
 * copy under {@code src/test/resources/golden/}. After an intended change, rewrite the golden files
 * with {@code mvn -q test -Dtest=ExampleSiteTest -Dgolden.update=true} and review the diff.
 */
class ExampleSiteTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void buildsTheExampleArchiveExactlyAsTheGoldenFiles() throws IOException {
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC())
                .build(BuildOptions.defaults().withOut(out));
        assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList());
        Map<String, byte[]> built = tree(out);
        if (Boolean.getBoolean("golden.update")) {
            if (Files.exists(GOLDEN)) {
                try (Stream<Path> walk = Files.walk(GOLDEN)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, byte[]> e : built.entrySet()) {
                Path target = GOLDEN.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
            return;
        }
        assertTrue(Files.isDirectory(GOLDEN), "no golden files: run with -Dgolden.update=true");
        Map<String, byte[]> golden = tree(GOLDEN);
        assertEquals(golden.keySet(), built.keySet(), "the set of output files");
        List<String> differing = new ArrayList<>();
        for (String path : golden.keySet()) {
            if (!java.util.Arrays.equals(golden.get(path), built.get(path))) {
                differing.add(path);
            }
        }
        if (!differing.isEmpty()) {
            String first = differing.get(0);
            assertEquals(new String(golden.get(first), java.nio.charset.StandardCharsets.UTF_8),
                    new String(built.get(first), java.nio.charset.StandardCharsets.UTF_8),
                    differing.size() + " files differ from the golden copy, first " + first
                            + " (after an intended change: -Dgolden.update=true)");
        }
    }
}
