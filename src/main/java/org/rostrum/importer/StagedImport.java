package org.rostrum.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;

/**
 * Makes an import all or nothing: it runs against a copy of the content folder (the staging
 * folder) and its files are moved into the content folder only when the whole export was read and
 * converted. Errors in single items (a post without a date, a comment of a missing thread) do not
 * stop it: those items are left out and counted in the report, as without staging.
 *
 * <p>Staging: {@code <parent>/.<name>.rostrum-import/tree} is a full copy of the content folder
 * {@code <parent>/<name>}, so that an import that merges (Disqus comments into existing
 * {@code comments.yaml}) starts from what is there. Nothing in the content folder is opened for
 * writing until the end. When the import reports an error, or the process dies, the content folder
 * is byte for byte as it was; a staging folder left by a killed process is deleted by the next import.
 *
 * <p>Swap: the files that differ are listed in a journal, which is made visible by one atomic rename;
 * then each file is moved into place by an atomic rename (same file system), and removed files are
 * deleted. A process killed during those moves (the only window, a few milliseconds per hundred
 * files) leaves the journal behind, and the next import first finishes its moves, so a half-applied
 * import is never left behind for good. Readers of the content folder during the moves may see some
 * new files and some old ones; each file on its own is always whole. A power cut is covered only as
 * far as the file system's own journal covers renames.
 *
 * <p>A dry run stages in the system's temporary folder, reports what would change and deletes the
 * copy: nothing is written beside or inside the content folder. Runs are not thread-safe; two
 * imports into one content folder at once are refused.
 */
public final class StagedImport {

    /** The import itself, run against the staging copy of the content folder. */
    @FunctionalInterface
    public interface Step {
        ImportReport run(Path staging, Diagnostics diagnostics);
    }

    /**
     * What the import changed in the content folder, or would have changed in a dry run.
     *
     * @param added   files that were not there before
     * @param changed files whose bytes differ
     * @param removed files the import deleted
     * @param applied whether the changes were made (false for a dry run, or when the export could not
     *                be read to its end)
     */
    public record Changes(int added, int changed, int removed, boolean applied) {

        /** The line of the report, for example {@code content folder: 12 files added, 3 changed, 0 removed}. */
        public String render(Path into) {
            String counts = added + (added == 1 ? " file" : " files") + " added, " + changed + " changed, "
                    + removed + " removed";
            return applied ? into + ": " + counts + "\n"
                    : "dry run: nothing written; " + into + " would have " + counts + "\n";
        }
    }

    /** The report of the import and what it did to the content folder. */
    public record Result(ImportReport report, Changes changes) {
    }

    private final Path into;
    private final boolean dryRun;
    private final ImportReport.Format format;

    /**
     * @param into   the content folder (it may not exist yet)
     * @param dryRun run the import and report, but write nothing
     * @param format the kind of export, for the report when the import cannot even start
     */
    public StagedImport(Path into, boolean dryRun, ImportReport.Format format) {
        this.into = into;
        this.dryRun = dryRun;
        this.format = format;
    }

    /**
     * Runs {@code step} against a staging copy and applies its files when it reported no error.
     * Problems of the staging itself (no room, no permission, another import running) are reported
     * to {@code diagnostics} like the import's own, and leave the content folder as it was.
     */
    public Result run(Step step, Diagnostics diagnostics) {
        Path target = into.toAbsolutePath().normalize();
        Changes none = new Changes(0, 0, 0, false);
        if (target.getParent() == null || Files.exists(target) && !Files.isDirectory(target)) {
            diagnostics.error(SourcePosition.startOf(into), "the content folder must be a folder, and not the root");
            return new Result(new Tally(format).report(), none);
        }
        if (dryRun) {
            try {
                return staged(step, Files.createTempDirectory("rostrum-import-"), target, diagnostics);
            } catch (IOException | UncheckedIOException e) {
                diagnostics.error(SourcePosition.startOf(into), "cannot stage the import: " + e.getMessage());
                return new Result(new Tally(format).report(), none);
            }
        }
        Path work = target.resolveSibling("." + target.getFileName() + ".rostrum-import");
        Path lockFile = target.resolveSibling("." + target.getFileName() + ".rostrum-import.lock");
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(into), "cannot create the folder of the content folder: "
                    + e.getMessage());
            return new Result(new Tally(format).report(), none);
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel)) {
            if (lock == null) {
                diagnostics.error(SourcePosition.startOf(into), "another import into this content folder is running");
                return new Result(new Tally(format).report(), none);
            }
            try {
                finishOrDiscard(work, target, diagnostics);
                return staged(step, Files.createDirectory(work), target, diagnostics);
            } finally {
                Files.deleteIfExists(lockFile);
            }
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(SourcePosition.startOf(into), "cannot stage the import beside the content folder: "
                    + e.getMessage());
            return new Result(new Tally(format).report(), none);
        }
    }

    /** The lock, or null when another process, or another import in this one, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private Result staged(Step step, Path staging, Path target, Diagnostics diagnostics) throws IOException {
        try {
            Path tree = staging.resolve(StagingJournal.TREE);
            copyTree(target, tree);
            ImportReport report = step.run(tree, diagnostics);
            if (!report.complete()) {
                return new Result(report, new Changes(0, 0, 0, false));
            }
            List<String> journal = StagingJournal.differences(tree, target);
            Changes changes = StagingJournal.count(journal, dryRun);
            if (!dryRun) {
                StagingJournal.write(staging, journal);
                try {
                    StagingJournal.apply(staging, target);
                } catch (IOException e) {
                    diagnostics.error(SourcePosition.startOf(into), "the import stopped while moving its files into "
                            + "place (" + e.getMessage() + "); run the same import again to finish it");
                    return new Result(report, new Changes(0, 0, 0, false));
                }
            }
            return new Result(report, changes);
        } finally {
            if (Files.exists(staging) && (dryRun || !Files.exists(staging.resolve(StagingJournal.JOURNAL)))) {
                StagingJournal.deleteTree(staging);
            }
        }
    }

    /**
     * Deals with what an earlier import left in {@code work}: finishes its moves when its journal
     * was written, or deletes it when the import died before that.
     */
    private static void finishOrDiscard(Path work, Path target, Diagnostics diagnostics) throws IOException {
        if (!Files.exists(work, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isRegularFile(work.resolve(StagingJournal.JOURNAL))) {
            diagnostics.warning(SourcePosition.startOf(work), "an earlier import was stopped while moving its files "
                    + "into place; its moves were finished first");
            StagingJournal.apply(work, target);
        } else {
            StagingJournal.deleteTree(work);
        }
    }

    /** Copies {@code from} (when it exists) to {@code to}, keeping modification times; links are copied as links. */
    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
