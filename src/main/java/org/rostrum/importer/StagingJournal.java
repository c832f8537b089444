package org.rostrum.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The journal of a staged import ({@link StagedImport}): which files of the staging tree differ
 * from the content folder, written beside the tree as {@code journal} and then applied file by file.
 * Applying is idempotent, so that an import killed while applying is finished by the next one.
 */
final class StagingJournal {

    static final String JOURNAL = "journal";
    static final String TREE = "tree";

    private StagingJournal() {
    }

    /**
     * The journal: {@code A path}, {@code C path} and {@code D path} lines (added, changed,
     * removed), paths relative with {@code /}, in path order. A file the import wrote again with the
     * same bytes is not a change.
     */
    static List<String> differences(Path tree, Path target) throws IOException {
        Set<String> staged = regularFiles(tree);
        Set<String> original = regularFiles(target);
        List<String> journal = new ArrayList<>();
        for (String path : staged) {
            if (path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
                throw new IOException("a file name has a line break: " + path.replace("\n", "\\n"));
            }
            if (!original.contains(path)) {
                journal.add("A " + path);
            } else if (!sameBytes(tree.resolve(path), target.resolve(path))) {
                journal.add("C " + path);
            }
        }
        for (String path : original) {
            if (!staged.contains(path)) {
                journal.add("D " + path);
            }
        }
        return journal;
    }

    private static Set<String> regularFiles(Path root) throws IOException {
        Set<String> files = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
        }
        return files;
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        if (Files.size(a) != Files.size(b)) {
            return false;
        }
        if (Files.getLastModifiedTime(a).equals(Files.getLastModifiedTime(b))) {
            return true; // copied with its time and not written since
        }
        return Files.mismatch(a, b) < 0;
    }

    static StagedImport.Changes count(List<String> journal, boolean dryRun) {
        int added = 0;
        int changed = 0;
        int removed = 0;
        for (String line : journal) {
            switch (line.charAt(0)) {
                case 'A' -> added++;
                case 'C' -> changed++;
                default -> removed++;
            }
        }
        return new StagedImport.Changes(added, changed, removed, !dryRun);
    }

    /** Writes the journal beside the tree and makes it visible with one rename: from here on, the import happens. */
    static void write(Path staging, List<String> journal) throws IOException {
        Path temp = staging.resolve(JOURNAL + ".tmp");
        Files.write(temp, journal, StandardCharsets.UTF_8);
        move(temp, staging.resolve(JOURNAL));
    }

    /**
     * Moves every file of the journal into place and deletes the staging folder. Safe to run again
     * after it was stopped: a file already moved is no longer in the tree and is skipped.
     */
    static void apply(Path staging, Path target) throws IOException {
        Path tree = staging.resolve(TREE);
        for (String line : Files.readAllLines(staging.resolve(JOURNAL), StandardCharsets.UTF_8)) {
            if (line.length() < 3) {
                continue;
            }
            String path = line.substring(2);
            Path dest = target.resolve(path).normalize();
            if (!dest.startsWith(target)) {
                throw new IOException("the journal names a file outside the content folder: " + path);
            }
            if (line.charAt(0) == 'D') {
                Files.deleteIfExists(dest);
                continue;
            }
            Path from = tree.resolve(path);
            if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(dest.getParent());
                move(from, dest);
            }
        }
        deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            Path[] paths = walk.toArray(Path[]::new);
            Arrays.sort(paths, (a, b) -> b.getNameCount() - a.getNameCount());
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        }
    }
}
