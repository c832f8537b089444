package org.rostrum.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;

/**
 * Lists folders of the content tree safely: hidden names (starting with {@code .}) are skipped,
 * names with control characters or backslashes are errors, and a symbolic link whose target lies
 * outside the content folder is an error and is not followed. Listings are sorted by name, so
 * nothing depends on the order in which the file system returns them.
 */
final class ContentTree {

    private final Path realRoot;

    ContentTree(Path contentDir) {
        Path real;
        try {
            real = contentDir.toRealPath();
        } catch (IOException e) {
            real = contentDir.toAbsolutePath().normalize();
        }
        this.realRoot = real;
    }

    /**
     * The usable entries of {@code dir}, sorted by name; empty when {@code dir} is not a folder or
     * is a link out of the content folder.
     */
    List<Path> list(Path dir, Diagnostics diagnostics) {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(dir) || !staysInside(dir, diagnostics)) {
            return entries;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && isSafe(entry, name, diagnostics) && staysInside(entry, diagnostics)) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(dir), "cannot read folder: " + e.getClass().getSimpleName());
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return entries;
    }

    /**
     * The files under {@code dir}, recursively, as relative names with {@code /}, sorted. Entries
     * directly in {@code dir} whose name {@code skipAtTop} accepts are left out (with everything
     * below them). Folders reached twice through links are read once.
     */
    List<String> files(Path dir, Predicate<String> skipAtTop, Diagnostics diagnostics) {
        List<String> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Deque<Path> pending = new ArrayDeque<>();
        pending.push(dir);
        realPath(dir).ifPresent(seen::add);
        while (!pending.isEmpty()) {
            Path folder = pending.pop();
            for (Path entry : list(folder, diagnostics)) {
                String relative = dir.relativize(entry).toString().replace('\\', '/');
                if (folder.equals(dir) && skipAtTop.test(relative)) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    if (realPath(entry).map(seen::add).orElse(false)) {
                        pending.push(entry);
                    }
                } else if (Files.isRegularFile(entry)) {
                    files.add(relative);
                }
            }
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    /**
     * Warns that {@code entry} is not part of the content format:
     * {@code unexpected file 'x' is ignored} followed by {@code reason}, for example
     * {@code : pages are .md files} or a "did you mean" hint.
     */
    static void warnIgnored(Path entry, String reason, Diagnostics diagnostics) {
        diagnostics.warning(SourcePosition.startOf(entry), "unexpected " + (Files.isDirectory(entry) ? "folder " : "file ")
                + Fields.quote(entry.getFileName().toString()) + " is ignored" + reason);
    }

    private static boolean isSafe(Path entry, String name, Diagnostics diagnostics) {
        boolean safe = !name.equals("..") && name.indexOf('\\') < 0
                && name.chars().noneMatch(Character::isISOControl);
        if (!safe) {
            diagnostics.error(SourcePosition.startOf(entry), "unsafe file name " + Fields.quote(name)
                    + ": names must not contain control characters or backslashes");
        }
        return safe;
    }

    /**
     * True when {@code file}, which the loader reads by its fixed name ({@code site.yaml},
     * {@code index.md}, ...), is a regular file that is not a link out of the content folder. Such
     * a link is reported and must not be read.
     */
    boolean isReadable(Path file, Diagnostics diagnostics) {
        return Files.isRegularFile(file) && staysInside(file, diagnostics);
    }

    private boolean staysInside(Path entry, Diagnostics diagnostics) {
        if (!Files.isSymbolicLink(entry)) {
            return true;
        }
        String link = "symbolic link " + Fields.quote(entry.getFileName().toString());
        try {
            if (entry.toRealPath().startsWith(realRoot)) {
                return true;
            }
            diagnostics.error(SourcePosition.startOf(entry), link + " points outside the content folder");
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(entry), link + " points to a file that does not exist");
        }
        return false;
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
