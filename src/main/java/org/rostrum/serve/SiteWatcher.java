package org.rostrum.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders ({@code content/}, {@code templates/}) and everything below them, and hands out
 * changes in batches: a burst of saves, an editor writing ten files at once, comes out as one batch.
 * A batch ends when {@link #QUIET} has passed without a new change (or, under a steady stream of
 * changes, after {@link #LONGEST}).
 *
 * <p>Folders created later are watched as they appear. A watched folder that does not exist yet
 * (a site without {@code templates/}) is waited for in its parent. Editors' temporary files
 * (names starting with {@code .}, ending with {@code ~}, {@code .swp}, {@code .tmp}, Emacs'
 * {@code #name#}, Vim's {@code 4913}) are not changes.
 *
 * <p>The JDK's {@code WatchService} is native on Linux and Windows, but on macOS it polls every
 * ten seconds, far from the preview's promise of about a second. There the changes come from
 * FSEvents, through the {@code WatchService} of {@code io.methvin:directory-watcher} (which
 * reports every file under a registered folder, with its absolute path); when that cannot start
 * (no JNA support for the machine), the JDK's is used.
 *
 * <p>One thread calls {@link #nextBatch()}; {@link #close()} may be called from any thread and
 * makes a waiting {@code nextBatch} return empty.
 */
final class SiteWatcher implements AutoCloseable {

    /** How long no change must come before a batch is handed out. */
    static final Duration QUIET = Duration.ofMillis(120);
    /** The longest a batch waits for quiet under a steady stream of changes. */
    static final Duration LONGEST = Duration.ofSeconds(2);

    private final Service watching;
    private final WatchService service;
    /** Each watch key's folder, and for a key on the parent of a missing root, that root. */
    private final Map<WatchKey, Watched> keys = new HashMap<>();

    private record Watched(Path dir, Optional<Path> awaitedRoot) {
    }

    /** A watch service and how a folder is put under it. */
    interface Service {
        WatchService service();

        WatchKey register(Path dir, WatchEvent.Kind<?>... kinds) throws IOException;

        /** The JDK's: each folder registered on its own. */
        static Service jdk() throws IOException {
            WatchService service = FileSystems.getDefault().newWatchService();
            return new Service() {
                @Override
                public WatchService service() {
                    return service;
                }

                @Override
                public WatchKey register(Path dir, WatchEvent.Kind<?>... kinds) throws IOException {
                    return dir.register(service, kinds);
                }
            };
        }
    }

    /** Starts a watch service. */
    interface Start {
        Service start() throws IOException;
    }

    /** Watches {@code roots} with FSEvents on macOS, where the JDK's service polls, else with the JDK's. */
    static SiteWatcher start(List<Path> roots) throws IOException {
        boolean polls = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
        return start(roots, polls ? Optional.of(FsEvents::start) : Optional.empty());
    }

    /**
     * Watches {@code roots} with the {@code fast} service, or with the JDK's when there is none or
     * it fails to start or to watch them (no FSEvents through JNA on this machine, say).
     */
    static SiteWatcher start(List<Path> roots, Optional<Start> fast) throws IOException {
        if (fast.isPresent()) {
            try {
                return new SiteWatcher(roots, fast.get().start());
            } catch (RuntimeException | LinkageError e) {
                // The JDK's service still works, if more slowly.
            }
        }
        return new SiteWatcher(roots, Service.jdk());
    }

    /** Watches {@code roots} with the JDK's service. */
    SiteWatcher(List<Path> roots) throws IOException {
        this(roots, Service.jdk());
    }

    SiteWatcher(List<Path> roots, Service watching) throws IOException {
        this.watching = watching;
        this.service = watching.service();
        try {
            for (Path root : roots) {
                watchRoot(root);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            service.close();
            throw e;
        }
    }

    /**
     * Waits for changes and returns the paths that changed (files, or folders that appeared or
     * went), sorted. A file that appeared and went again within the batch (an editor's or a
     * tool's temporary file) is no change. Returns an empty set only once the watcher is closed.
     */
    Set<Path> nextBatch() throws InterruptedException {
        try {
            while (true) {
                Batch batch = new Batch();
                collect(service.take(), batch);
                long deadline = System.nanoTime() + LONGEST.toNanos();
                while (true) {
                    long left = deadline - System.nanoTime();
                    WatchKey key = left <= 0 ? null
                            : service.poll(Math.min(QUIET.toNanos(), left), TimeUnit.NANOSECONDS);
                    if (key == null) {
                        break;
                    }
                    collect(key, batch);
                }
                Set<Path> changed = batch.changes();
                if (!changed.isEmpty()) {
                    return changed;
                }
            }
        } catch (ClosedWatchServiceException e) {
            return Set.of();
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    /** The paths of one batch, and which of them were created in it. */
    private static final class Batch {
        private final Set<Path> changed = new TreeSet<>();
        private final Set<Path> created = new HashSet<>();

        void add(Path path, boolean isNew) {
            changed.add(path);
            if (isNew) {
                created.add(path);
            }
        }

        /** Every changed path, less those created in this batch that are gone again. */
        Set<Path> changes() {
            changed.removeIf(p -> created.contains(p) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS));
            return changed;
        }
    }

    private void collect(WatchKey key, Batch batch) {
        Watched watched;
        synchronized (keys) {
            watched = keys.get(key);
        }
        for (WatchEvent<?> event : key.pollEvents()) {
            if (watched == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                batch.add(watched.dir(), false);
                continue;
            }
            // A name, or from a service that watches whole trees, an absolute path.
            Path path = watched.dir().resolve((Path) event.context());
            if (watched.awaitedRoot().isPresent()) {
                Path root = watched.awaitedRoot().get();
                Path absoluteRoot = root.toAbsolutePath().normalize();
                if (path.equals(absoluteRoot) && Files.isDirectory(root)) {
                    batch.add(root, true);
                    watchTree(root, batch);
                    continue;
                }
                if (!path.startsWith(absoluteRoot) || path.equals(absoluteRoot)) {
                    continue;
                }
                // Below the root, from a service that watches the parent's whole tree: a change.
            }
            if (isTemporaryBelow(watched.dir(), path)) {
                continue;
            }
            batch.add(path, event.kind() == ENTRY_CREATE);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                watchTree(path, batch);
            }
        }
        if (!key.reset()) {
            synchronized (keys) {
                keys.remove(key);
            }
        }
    }

    private void watchRoot(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            walk(root, null);
            return;
        }
        Path parent = root.toAbsolutePath().normalize().getParent();
        if (parent != null && Files.isDirectory(parent)) {
            WatchKey key = watching.register(parent, ENTRY_CREATE);
            synchronized (keys) {
                keys.put(key, new Watched(parent, Optional.of(root)));
            }
        }
    }

    /** Watches a folder that appeared, and counts the files already in it as created. */
    private void watchTree(Path dir, Batch batch) {
        try {
            walk(dir, batch);
        } catch (IOException e) {
            // It went again before it could be watched; its deletion is an event of its own.
            batch.add(dir, false);
        }
    }

    private void walk(Path root, Batch found) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && isTemporary(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                WatchKey key = watching.register(dir, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                synchronized (keys) {
                    keys.put(key, new Watched(dir, Optional.empty()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (found != null && !isTemporary(file.getFileName().toString())) {
                    found.add(file, true);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Whether {@code path}, or a folder it is in below {@code dir}, is temporary or hidden. */
    private static boolean isTemporaryBelow(Path dir, Path path) {
        for (Path name : dir.relativize(path)) {
            if (isTemporary(name.toString())) {
                return true;
            }
        }
        return false;
    }

    /** Editors' swap, backup and lock files, and hidden files: saving them is not a change to the site. */
    static boolean isTemporary(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || (name.startsWith("#") && name.endsWith("#")) || name.equals("4913");
    }
}
