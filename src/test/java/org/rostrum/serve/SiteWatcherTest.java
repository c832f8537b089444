package org.rostrum.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {

    @TempDir
    Path dir;

    private final ExecutorService waiting = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        waiting.shutdownNow();
    }

    private Path content() throws IOException {
        return Files.createDirectories(dir.resolve("content/debates/x"));
    }

    private Set<Path> next(SiteWatcher watcher) throws Exception {
        Future<Set<Path>> batch = waiting.submit(watcher::nextBatch);
        return batch.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aBurstOfChangesComesAsOneBatch() throws Exception {
        Path debate = content();
        try (SiteWatcher watcher = new SiteWatcher(List.of(dir.resolve("content")))) {
            Files.writeString(debate.resolve("index.md"), "a");
            Files.writeString(debate.resolve("comments.yaml"), "b");
            Files.writeString(dir.resolve("content/site.yaml"), "c");

            assertEquals(Set.of(debate.resolve("index.md"), debate.resolve("comments.yaml"),
                    dir.resolve("content/site.yaml")), next(watcher));
        }
    }

    @Test
    void filesThatComeAndGoWithinABatchAndEditorsTemporaryFilesAreNoChange() throws Exception {
        Path debate = content();
        Files.writeString(debate.resolve("index.md"), "old");
        try (SiteWatcher watcher = new SiteWatcher(List.of(dir.resolve("content")))) {
            Path temp = debate.resolve("sedAb12Cd");
            Files.writeString(temp, "new");
            Files.writeString(debate.resolve(".index.md.swp"), "swap");
            Files.writeString(debate.resolve("index.md~"), "backup");
            Files.move(temp, debate.resolve("index.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            assertEquals(Set.of(debate.resolve("index.md")), next(watcher));
        }
    }

    @Test
    void aNewFolderIsWatchedAndItsFilesAreChanges() throws Exception {
        content();
        try (SiteWatcher watcher = new SiteWatcher(List.of(dir.resolve("content")))) {
            Path folder = Files.createDirectories(dir.resolve("content/debates/y/comments"));
            Files.writeString(folder.resolve("c1.yaml"), "one");
            Set<Path> first = next(watcher);
            assertTrue(first.contains(folder.resolve("c1.yaml")), first.toString());

            Files.writeString(folder.resolve("c2.yaml"), "two");
            assertEquals(Set.of(folder.resolve("c2.yaml")), next(watcher));
        }
    }

    @Test
    void aFolderThatDoesNotExistYetIsWatchedOnceItAppears() throws Exception {
        content();
        Path templates = dir.resolve("templates");
        try (SiteWatcher watcher = new SiteWatcher(List.of(dir.resolve("content"), templates))) {
            Files.createDirectories(templates);
            Files.writeString(dir.resolve("unrelated.txt"), "not watched");
            assertEquals(Set.of(templates), next(watcher));

            Files.writeString(templates.resolve("layout.ftlh"), "x");
            assertEquals(Set.of(templates.resolve("layout.ftlh")), next(watcher));
        }
    }

    @Test
    void closingEndsAWaitWithAnEmptyBatch() throws Exception {
        content();
        SiteWatcher watcher = new SiteWatcher(List.of(dir.resolve("content")));
        Future<Set<Path>> batch = waiting.submit(watcher::nextBatch);
        watcher.close();
        assertEquals(Set.of(), batch.get(30, TimeUnit.SECONDS));
    }

    @Test
    void aFastServiceThatCannotStartLeavesTheJdkOne() throws Exception {
        Path debate = content();
        SiteWatcher.Start failing = () -> {
            throw new UnsatisfiedLinkError("no FSEvents here");
        };
        try (SiteWatcher watcher = SiteWatcher.start(List.of(dir.resolve("content")), Optional.of(failing))) {
            Files.writeString(debate.resolve("index.md"), "a");
            assertEquals(Set.of(debate.resolve("index.md")), next(watcher));
        }
    }

    @Test
    void withoutFsEventsTheJdkServiceWatches() throws Exception {
        assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("mac"), "FSEvents is there");
        Path debate = content();
        try (SiteWatcher watcher = SiteWatcher.start(List.of(dir.resolve("content")), Optional.of(FsEvents::start))) {
            Files.writeString(debate.resolve("comments.yaml"), "b");
            assertEquals(Set.of(debate.resolve("comments.yaml")), next(watcher));
        }
    }

    @Test
    void changesInHiddenFoldersAreNoChange() throws Exception {
        Path debate = content();
        Path hidden = Files.createDirectories(debate.resolve(".cache/x"));
        try (SiteWatcher watcher = new SiteWatcher(List.of(dir.resolve("content")))) {
            Files.writeString(hidden.resolve("state"), "ignored");
            Files.writeString(debate.resolve("index.md"), "seen");
            assertEquals(Set.of(debate.resolve("index.md")), next(watcher));
        }
    }
}
