package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.FileTree;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * The same content gives byte-identical output whatever the JVM's default locale, time zone and
 * encoding, the number of threads, and the order in which the file system lists the files.
 *
 * <p>The example archive ({@code content/} and {@code templates/}) is copied twice, once in sorted
 * and once in reverse order. On tmpfs ({@code /dev/shm}, used when it is there) a folder lists its
 * entries in creation order, so the two copies list differently; the test checks that they do,
 * and says so when the file system lists by name or hash whatever the creation order.
 */
class DeterministicOutputIT {

    private static final Path SHARED_MEMORY = Path.of("/dev/shm");

    @TempDir
    Path dir;

    private final List<Path> cleanUp = new ArrayList<>();

    @AfterEach
    void removeCopies() throws IOException {
        for (Path p : cleanUp) {
            deleteTree(p);
        }
    }

    @Test
    void givesByteIdenticalSitesUnderOtherLocalesTimeZonesEncodingsThreadCountsAndListingOrders()
            throws IOException {
        Path copies = copiesFolder();
        Path sorted = copy(copies.resolve("sorted"), false);
        Path reversed = copy(copies.resolve("reversed"), true);
        List<String> sortedListing = listing(sorted.resolve("content/debates"));
        List<String> reversedListing = listing(reversed.resolve("content/debates"));
        if (sortedListing.equals(reversedListing)) {
            System.err.println("DeterministicOutputIT: the file system of " + copies
                    + " lists in the same order whatever the creation order; only locale, zone and threads vary");
        }

        ChildJvm.Result turkish = ChildJvm.run(ChildJvm.command(
                List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
                        "-Dfile.encoding=ISO-8859-1"),
                List.of("build", "--content", sorted.resolve("content").toString(), "--templates",
                        sorted.resolve("templates").toString(), "--out", dir.resolve("tr").toString(),
                        "--threads", "1")), dir.resolve("logs-tr"));
        ChildJvm.Result arabic = ChildJvm.run(ChildJvm.command(
                List.of("-Duser.language=ar", "-Duser.country=SA", "-Duser.timezone=America/Los_Angeles"),
                List.of("build", "--content", reversed.resolve("content").toString(), "--templates",
                        reversed.resolve("templates").toString(), "--out", dir.resolve("ar").toString(),
                        "--threads", "4")), dir.resolve("logs-ar"));
        assertEquals(0, turkish.exitCode(), turkish.err());
        assertEquals(0, arabic.exitCode(), arabic.err());

        FileTree.assertSame(FileTree.of(dir.resolve("tr")), FileTree.of(dir.resolve("ar")), "tr_TR, 1 thread vs ar_SA, 4 threads");
        FileTree.assertSame(FileTree.of(dir.resolve("tr")), buildHere(sorted, dir.resolve("here"), 2), "child vs this JVM");
    }

    @Test
    void givesByteIdenticalSitesWhenOneObjectBuildsTwice() throws IOException {
        SiteBuild build = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC());
        Path root = Path.of("").toAbsolutePath();
        BuildOptions options = BuildOptions.defaults().withContent(root.resolve("content"))
                .withTemplates(root.resolve("templates"));
        assertEquals(List.of(), build.build(options.withOut(dir.resolve("first")).withThreads(1)).diagnostics());
        assertEquals(List.of(), build.build(options.withOut(dir.resolve("second")).withThreads(3)).diagnostics());
        FileTree first = FileTree.of(dir.resolve("first"));
        assertTrue(first.paths().size() > 50, "the example archive has many files: " + first.paths().size());
        FileTree.assertSame(first, FileTree.of(dir.resolve("second")), "two builds by one SiteBuild");
    }

    private static FileTree buildHere(Path project, Path out, int threads) throws IOException {
        BuildResult result = new SiteBuild(new MarkdownRenderer(), Clock.systemUTC()).build(BuildOptions.defaults()
                .withContent(project.resolve("content")).withTemplates(project.resolve("templates")).withOut(out)
                .withThreads(threads));
        assertEquals(List.of(), result.diagnostics());
        return FileTree.of(out);
    }

    /** Where the two copies go: tmpfs when there is one, so that creation order is listing order. */
    private Path copiesFolder() throws IOException {
        if (Files.isDirectory(SHARED_MEMORY) && Files.isWritable(SHARED_MEMORY)) {
            Path copies = Files.createTempDirectory(SHARED_MEMORY, "rostrum-determinism-");
            cleanUp.add(copies);
            return copies;
        }
        return dir.resolve("copies");
    }

    /**
     * Copies the project's {@code content/}, and its built-in theme as a site's {@code templates/}
     * (so that every template is read from a folder listed in that order too), creating files in
     * sorted or reverse order.
     */
    private static Path copy(Path target, boolean reverse) throws IOException {
        Path project = Path.of("").toAbsolutePath();
        for (String folder : List.of("content", "templates")) {
            Path source = project.resolve(folder.equals("templates") ? "src/main/theme" : folder);
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(source)) {
                Comparator<Path> order = Comparator.comparing(Path::toString);
                paths = walk.sorted(reverse ? order.reversed() : order).toList();
            }
            for (Path p : paths) {
                Path to = target.resolve(folder).resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
