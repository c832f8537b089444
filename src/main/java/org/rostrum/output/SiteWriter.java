package org.rostrum.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a site so that a failed or killed build never leaves a broken output folder.
 *
 * <p>Every file goes first into a staging folder beside the output ({@code .site.staging}). A
 * build without a usable previous index (the first build, {@code --clean}, a lost cache) fills the
 * staging folder completely and swaps it in for the output folder with two renames. An incremental
 * build stages only the files whose bytes changed; its commit writes a marker listing the files to
 * delete, moves the staged files into place and deletes the stale ones. A build that fails before
 * its commit leaves the output exactly as it was; a commit that is interrupted is finished by the
 * next {@link #begin} (which also removes what an interrupted build staged).
 *
 * <p>Files whose key (see {@link OutputFile.Generated#key()}) or bytes did not change are not
 * written at all, so their modification times stay and {@code rsync} sends only what changed.
 *
 * <p>Builds of the same output folder are serialised by a lock file ({@code .site.lock}). One
 * writer serves one build; {@link #write} and {@link #keep} may be called from many threads.
 */
public final class SiteWriter implements AutoCloseable {

    /** What {@link #write} did with a file. */
    public enum Result {
        /** Written: new, or its bytes changed. */
        WRITTEN,
        /** Kept as it was, without producing it again: its key did not change. */
        KEPT,
        /** Produced again, but its bytes did not change, so it was kept as it was. */
        SAME
    }

    static final String COMMIT_MARKER = ".rostrum-commit";

    /**
     * The file every build leaves in its output folder, saying that Rostrum made the folder and may
     * replace what is in it. A build refuses to write a folder with files in it that lacks it.
     */
    public static final String MARKER = ".rostrum-site";

    private static final byte[] MARKER_TEXT = ("This folder was made by Rostrum (rostrum build). Every build replaces"
            + " what is in it:\ndo not keep files of your own here.\n").getBytes(StandardCharsets.UTF_8);

    private final Path out;
    private final Path staging;
    private final Path old;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final OutputIndex previous;
    private final long globalFingerprint;
    private final boolean incremental;
    private final Map<String, OutputIndex.Entry> next = new ConcurrentHashMap<>();
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    private final Set<Path> createdDirs = ConcurrentHashMap.newKeySet();
    private final AtomicInteger written = new AtomicInteger();
    private final long startMillis = System.currentTimeMillis();

    private SiteWriter(Path out, FileChannel lockChannel, FileLock lock, OutputIndex previous, long globalFingerprint) {
        this.out = out;
        this.staging = sibling(out, "staging");
        this.old = sibling(out, "old");
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.globalFingerprint = globalFingerprint;
        this.incremental = !previous.isEmpty() && Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS);
        this.previous = incremental ? previous : OutputIndex.EMPTY;
    }

    /** A fresh build of {@code out}: every file is written and swapped in at commit. */
    public static SiteWriter begin(Path out) throws IOException {
        return begin(out, OutputIndex.EMPTY, 0);
    }

    /**
     * Starts a build of {@code out}: takes the lock, finishes or removes what an interrupted build
     * left, and creates an empty staging folder.
     *
     * @param previous          what the last successful build of {@code out} wrote, or
     *                          {@link OutputIndex#EMPTY} for a fresh build
     * @param globalFingerprint a fingerprint of everything every file depends on (Rostrum's version,
     *                          templates, settings), mixed into every key
     * @throws IOException when the lock is held by another build or the folders cannot be made
     */
    public static SiteWriter begin(Path out, OutputIndex previous, long globalFingerprint) throws IOException {
        Path absolute = out.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path lockFile = sibling(absolute, "lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another build is writing " + out + " (lock file " + lockFile + ")");
        }
        SiteWriter writer = new SiteWriter(absolute, channel, lock, previous, globalFingerprint);
        writer.recover();
        Files.createDirectories(writer.staging);
        if (!writer.incremental) {
            writeFile(writer.staging.resolve(MARKER), MARKER_TEXT);
        }
        return writer;
    }

    /**
     * Writes one file, unless its key or its bytes show that the output already holds it.
     * Thread-safe.
     *
     * @throws UncheckedIOException when the file system refuses, with a message that names the
     *                              file by its path in the site: {@code cannot write x.html: No space left on device}
     */
    public Result write(OutputFile file) {
        String path = checked(file.path());
        try {
            if (file instanceof OutputFile.Generated g) {
                return writeGenerated(path, g);
            }
            return writeCopied(path, (OutputFile.Copied) file);
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

    private Result writeGenerated(String path, OutputFile.Generated g) throws IOException {
        long own = g.key().getAsLong();
        long key = own == OutputFile.NO_KEY ? OutputFile.NO_KEY : Fingerprint.mix(globalFingerprint, own);
        OutputIndex.Entry before = previous.get(path).orElse(null);
        if (key != OutputFile.NO_KEY && before != null && before.key() == key && present(path)) {
            next.put(path, before);
            return Result.KEPT;
        }
        byte[] bytes = g.content().get();
        long hash = Fingerprint.of(bytes);
        next.put(path, new OutputIndex.Entry(key, hash));
        if (before != null && before.hash() == hash && present(path)) {
            return Result.SAME;
        }
        writeFile(stage(path), bytes);
        written.incrementAndGet();
        return Result.WRITTEN;
    }

    /**
     * Writes the page in one system call where the file system takes it whole ({@code Files.write}
     * writes 8 KB at a time: a long thread's page took a hundred calls).
     */
    private static void writeFile(Path target, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    private Result writeCopied(String path, OutputFile.Copied c) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(c.source(), BasicFileAttributes.class);
        // A copy depends on its source file alone, not on the global fingerprint: a template change
        // does not rewrite it.
        long file = Fingerprint.ofFile(attributes);
        if (Fingerprint.isRacy(attributes, startMillis)) {
            file = Fingerprint.mix(file, Fingerprint.of(Files.readAllBytes(c.source())));
        }
        long key = Fingerprint.mix(Fingerprint.of(c.source().toString()), file);
        OutputIndex.Entry before = previous.get(path).orElse(null);
        next.put(path, new OutputIndex.Entry(key, key));
        if (before != null && before.key() == key && present(path)) {
            return Result.KEPT;
        }
        Files.copy(c.source(), stage(path), StandardCopyOption.REPLACE_EXISTING);
        written.incrementAndGet();
        return Result.WRITTEN;
    }

    /**
     * Keeps files of the previous build that the build did not plan again because none of their
     * inputs changed (the pages of an unchanged debate). All or nothing: returns false, keeping
     * none, when the previous build did not write one of them or one is missing from the output;
     * the caller must then produce them all. Thread-safe.
     */
    public boolean keepAll(List<String> paths) {
        List<OutputIndex.Entry> entries = new ArrayList<>(paths.size());
        for (String path : paths) {
            OutputIndex.Entry before = previous.get(path).orElse(null);
            if (before == null || !present(path)) {
                return false;
            }
            entries.add(before);
        }
        for (int i = 0; i < paths.size(); i++) {
            next.put(checked(paths.get(i)), entries.get(i));
        }
        return true;
    }

    /**
     * Keeps every file of the previous build but those in {@code except} (the files this build
     * writes itself or drops), checking in parallel that each is still in the output: {@link #keepAll}
     * for a build that rebuilt a few debates and kept the rest. All or nothing, as {@link #keepAll}.
     */
    public boolean keepAllBut(Set<String> except) {
        List<String> paths = previous.paths().stream().filter(p -> !except.contains(p)).toList();
        if (!paths.parallelStream().allMatch(this::present)) {
            return false;
        }
        for (String path : paths) {
            next.put(path, previous.get(path).orElseThrow());
        }
        staged.addAll(paths);
        return true;
    }

    /** How many files were written (not kept) so far. */
    public int writtenCount() {
        return written.get();
    }

    /** How many files the output holds after this build: written and kept. */
    public int fileCount() {
        return next.size();
    }

    /** The index the output will have once this build is committed: its files so far, written and kept. */
    public OutputIndex index() {
        return new OutputIndex(next);
    }

    /**
     * Puts this build's files in place and returns the index of the new output. A fresh build
     * swaps the staging folder in; an incremental one moves its staged files into the output and
     * deletes the files the build no longer makes.
     */
    public OutputIndex commit() throws IOException {
        OutputIndex index = new OutputIndex(next);
        if (!incremental) {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                move(out, old);
            }
            move(staging, out);
            deleteTree(old);
            return index;
        }
        Set<String> stale = new TreeSet<>(previous.paths());
        stale.removeAll(next.keySet());
        Path marker = staging.resolve(COMMIT_MARKER);
        try (BufferedWriter w = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
            for (String path : stale) {
                w.write(path);
                w.write('\n');
            }
        }
        rollForward(new ArrayList<>(stale));
        if (!Files.exists(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            // A folder of a version of Rostrum from before the marker, adopted.
            writeFile(out.resolve(MARKER), MARKER_TEXT);
        }
        return index;
    }

    /** Throws away what this build staged; the output folder is untouched. */
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
     * Cleans up after a build that was killed. A staging folder with a commit marker is a commit
     * that was interrupted: it is finished. Without a marker it is discarded. An old folder without
     * an output folder means the kill fell between the two renames of a swap, so the old folder is
     * the last complete site and is put back.
     */
    private void recover() throws IOException {
        Path marker = staging.resolve(COMMIT_MARKER);
        if (Files.isRegularFile(marker) && Files.isDirectory(out)) {
            List<String> stale = new ArrayList<>();
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                if (!line.isEmpty() && OutputPaths.isSafe(line)) {
                    stale.add(line);
                }
            }
            rollForward(stale);
        }
        deleteTree(staging);
        if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(old);
            } else {
                move(old, out);
            }
        }
    }

    /** Moves every staged file into the output, deletes the stale ones, then the staging folder. */
    private void rollForward(List<String> stale) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!file.getFileName().toString().equals(COMMIT_MARKER)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path file : files) {
            Path target = out.resolve(staging.relativize(file).toString());
            Files.createDirectories(target.getParent());
            try {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String path : stale) {
            Path target = out.resolve(path);
            Files.deleteIfExists(target);
            for (Path dir = target.getParent(); !dir.equals(out) && isEmptyDirectory(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        }
        deleteTree(staging);
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private String checked(String path) {
        if (!OutputPaths.isSafe(path)) {
            throw new IllegalArgumentException("unsafe output path '" + path + "'");
        }
        if (!staged.add(path)) {
            // check finds every such clash before a build: this is the last guard, reported as a write error.
            throw new UncheckedIOException("two outputs write '" + path + "'", new FileAlreadyExistsException(path));
        }
        return path;
    }

    /** Whether the previous output still holds {@code path} (someone may have deleted it by hand). */
    private boolean present(String path) {
        return incremental && Files.isRegularFile(out.resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    private Path stage(String path) throws IOException {
        Path target = staging.resolve(path);
        Path dir = target.getParent();
        if (!createdDirs.contains(dir)) {
            Files.createDirectories(dir);
            createdDirs.add(dir);
        }
        return target;
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
