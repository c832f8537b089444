package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.FileTree;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * Builds the example archive in {@code content/} and compares every output file with the golden
 * copy under {@code src/test/resources/golden/}. After an intended change, rewrite the golden files
 * with {@code mvn -q test-compile failsafe:integration-test failsafe:verify -Dit.test=ExampleSiteIT
 * -Dgolden.update=true} and review the diff.
 */
class ExampleSiteIT {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    @Test
    void buildsTheExampleArchiveExactlyAsTheGoldenFiles() throws IOException {
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC())
                .build(BuildOptions.defaults().withOut(out));
        assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList());
        FileTree built = FileTree.of(out);
        FileTree.assertGolden(GOLDEN, built);
    }
}
