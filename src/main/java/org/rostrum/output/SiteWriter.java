package org.rostrum.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a whole site so that the output folder always holds a complete build: files go to a fresh
 * staging folder beside it ({@code .site.staging}), which replaces the output folder only when
 * every file was written. A build that fails, or a process that is killed, leaves the previous
 * output as it was; the staging folder it leaves behind is removed by the next build.
 *
 * <p>Builds of the same output folder are serialised by a lock file ({@code .site.lock}) beside
 * it. The writer is used by one build at a time; {@link #write(OutputFile)} may be called from
 * many threads at once.
 */
public final class SiteWriter implements AutoCloseable {

    private final Path out;
    private final Path staging;
    private final Path old;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<Path> createdDirs = ConcurrentHashMap.newKeySet();

    private SiteWriter(Path out, FileChannel lockChannel, FileLock lock) {
        this.out = out;
        this.staging = sibling(out, "staging");
        this.old = sibling(out, "old");
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Starts a build of {@code out}: takes the lock, finishes or removes what an interrupted build
     * left, and creates an empty staging folder.
     *
     * @throws IOException when the lock is held by another build or the folders cannot be made
     */
    public static SiteWriter begin(Path out) throws IOException {
        Path absolute = out.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        FileChannel channel = FileChannel.open(sibling(absolute, "lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another build is writing " + out + " (lock file " + sibling(absolute, "lock") + ")");
        }
        SiteWriter writer = new SiteWriter(absolute, channel, lock);
        writer.recover();
        Files.createDirectories(writer.staging);
        return writer;
    }

    /**
     * Writes one file into the staging folder. Thread-safe.
     *
     * @throws UncheckedIOException when the file system refuses, with a message that names the
     *                              file by its path in the site: {@code cannot write x.html: No space left on device}
     */
    public void write(OutputFile file) {
        String path = file.path();
        if (!OutputPaths.isSafe(path)) {
            throw new IllegalArgumentException("unsafe output path '" + path + "'");
        }
        if (!written.add(path)) {
            throw new IllegalStateException("two outputs write '" + path + "'");
        }
        Path target = staging.resolve(path);
        try {
            ensureDirectory(target.getParent());
            if (file instanceof OutputFile.Generated g) {
                Files.write(target, g.content().get());
            } else if (file instanceof OutputFile.Copied c) {
                Files.copy(c.source(), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + reason(e), e);
        }
    }

    /** Why the file system refused: its reason alone, without the paths of the staging folder. */
    private static String reason(IOException e) {
        if (!(e instanceof FileSystemException f)) {
            return String.valueOf(e.getMessage());
        }
        if (f.getReason() != null) {
            return f.getReason();
        }
        return f instanceof FileAlreadyExistsException ? "a file or folder of that name is in the way"
                : f instanceof AccessDeniedException ? "permission denied"
                : f instanceof NoSuchFileException ? "no such file or folder"
                : "the file system refused";
    }

    /** The paths written so far, for reports and tests. */
    public Set<String> writtenPaths() {
        return Set.copyOf(written);
    }

    /**
     * Makes the staging folder the output folder. The old output is renamed aside first and
     * deleted after; a crash between the two renames is finished by the next {@link #begin}.
     */
    public void commit() throws IOException {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            move(out, old);
        }
        move(staging, out);
        deleteTree(old);
    }

    /** Throws away the staging folder; the output folder is untouched. */
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // The next build removes it.
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (Files.exists(staging)) {
                abort();
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    /**
     * Cleans up after a build that was killed: a staging folder is discarded; an old folder
     * without an output folder means the kill fell between the two renames of a commit, so the old
     * folder is the last complete site and is put back.
     */
    private void recover() throws IOException {
        deleteTree(staging);
        if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(old);
            } else {
                move(old, out);
            }
        }
    }

    private void ensureDirectory(Path dir) throws IOException {
        if (createdDirs.contains(dir)) {
            return;
        }
        Files.createDirectories(dir);
        createdDirs.add(dir);
    }

    private static Path sibling(Path out, String kind) {
        return out.resolveSibling("." + out.getFileName() + "." + kind);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
