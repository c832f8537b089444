package org.rostrum.serve;

import io.methvin.watcher.hashing.FileHasher;
import io.methvin.watchservice.MacOSXListeningWatchService;
import io.methvin.watchservice.WatchablePath;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * macOS's FSEvents as a {@code WatchService}, from {@code io.methvin:directory-watcher}: the one
 * class that uses the library. A registered folder is watched with everything below it (a folder
 * below one already watched adds nothing), and events carry absolute paths. Changes are told
 * within {@link #LATENCY_SECONDS} of each other; a file counts as changed when its modification
 * time does, so that registering a large content folder does not read every file.
 */
final class FsEvents implements SiteWatcher.Service {

    /** How long FSEvents gathers changes before it reports them. */
    static final double LATENCY_SECONDS = 0.1;

    private final MacOSXListeningWatchService service;

    private FsEvents(MacOSXListeningWatchService service) {
        this.service = service;
    }

    /** Starts the service; fails with an unchecked error where FSEvents cannot be reached. */
    static FsEvents start() {
        return new FsEvents(new MacOSXListeningWatchService(new MacOSXListeningWatchService.Config() {
            @Override
            public double latency() {
                return LATENCY_SECONDS;
            }

            @Override
            public FileHasher fileHasher() {
                return FileHasher.LAST_MODIFIED_TIME;
            }
        }));
    }

    @Override
    public WatchService service() {
        return service;
    }

    @Override
    public WatchKey register(Path dir, WatchEvent.Kind<?>... kinds) throws IOException {
        return new WatchablePath(dir).register(service, kinds);
    }
}
