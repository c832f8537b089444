package org.rostrum.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.output.SiteWriter;
import org.rostrum.pipeline.cache.BuildCache;

/**
 * Decides, before a build touches anything, whether it may write its output folder: the folder is
 * Rostrum's alone. A build writes into it only if it is missing, empty, or carries the marker file
 * that every build writes ({@link SiteWriter#MARKER}); a folder built by a version of Rostrum from
 * before the marker is recognised by the cache file beside it and adopted. The folder may never be,
 * contain or lie inside the content or templates folder, and may never be or contain the root of
 * the git repository the build runs in, or {@code /}.
 *
 * <p>A symbolic link as the output folder is followed: the build writes its target, and the link
 * stays as it is. The rules above apply to the target.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * Checks the output folder of {@code options}, reporting every reason it may not be written at
     * its start, and returns the folder to write: {@code options.out()} itself, or the target of the
     * symbolic link it is. Reads only; never creates or changes a file.
     */
    static Path check(BuildOptions options, Path workingDirectory, Diagnostics diagnostics) {
        Path given = options.out();
        SourcePosition at = SourcePosition.startOf(given);
        Path absolute = given.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            diagnostics.error(at, "the output folder cannot be '" + absolute + "', the root of the file system;"
                    + " choose a folder of its own, such as site");
            return given;
        }
        Path target = given;
        if (Files.isSymbolicLink(given)) {
            if (!Files.exists(given)) {
                diagnostics.error(at, "output folder '" + given + "' is a symbolic link to a folder that does not"
                        + " exist");
                return given;
            }
            target = real(absolute);
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            diagnostics.error(at, "output folder '" + given + "' is a file, not a folder");
            return given;
        }
        Path real = real(absolute);
        if (real.getParent() == null) {
            diagnostics.error(at, "the output folder cannot be '" + given + "': it is the root of the file system");
            return given;
        }
        checkSources(given, real, options, diagnostics);
        for (Path root : repositoryRoots(workingDirectory, options.content())) {
            if (root.startsWith(real)) {
                diagnostics.error(at, "output folder '" + given + "' " + (root.equals(real) ? "is" : "contains")
                        + " the git repository '" + root + "'; choose a folder of its own, such as site");
            }
        }
        if (!diagnostics.hasErrors()) {
            checkOwner(given, target, diagnostics);
        }
        return target;
    }

    /** Reports an output folder {@code given} (really {@code real}) that is, holds or lies in a source folder. */
    private static void checkSources(Path given, Path real, BuildOptions options, Diagnostics diagnostics) {
        checkSource(given, real, options.content(), "content", diagnostics);
        checkSource(given, real, options.templates(), "templates", diagnostics);
    }

    private static void checkSource(Path given, Path real, Path source, String what, Diagnostics diagnostics) {
        Path folder = real(source.toAbsolutePath().normalize());
        String relation = folder.equals(real) ? "is"
                : real.startsWith(folder) ? "is inside"
                : folder.startsWith(real) ? "contains"
                : null;
        if (relation != null) {
            diagnostics.error(SourcePosition.startOf(given), "output folder '" + given + "' " + relation + " the "
                    + what + " folder '"
                    + source + "'; choose a folder of its own, such as site");
        }
    }

    /**
     * Refuses a folder that holds files and was not made by Rostrum. Rostrum's own folders carry
     * the marker; folders built before the marker existed have the build cache beside them.
     */
    private static void checkOwner(Path given, Path target, Diagnostics diagnostics) {
        if (!Files.isDirectory(target) || Files.exists(target.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS)
                || Files.isRegularFile(BuildCache.fileFor(target))) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            if (!entries.iterator().hasNext()) {
                return;
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(given), "cannot read output folder '" + given + "': "
                    + e.getMessage());
            return;
        }
        diagnostics.error(SourcePosition.startOf(given), "output folder '" + given + "' is not empty and was not"
                + " made by Rostrum (it has no " + SiteWriter.MARKER + " file); a build replaces everything in its"
                + " output folder, so choose a new or empty folder");
    }

    /**
     * The roots of the git repositories the build runs in: the nearest folder holding {@code .git}
     * above the working directory and above the content folder.
     */
    private static Set<Path> repositoryRoots(Path workingDirectory, Path content) {
        Set<Path> roots = new LinkedHashSet<>();
        for (Path start : List.of(workingDirectory, content)) {
            repositoryRoot(real(start.toAbsolutePath().normalize())).ifPresent(roots::add);
        }
        return roots;
    }

    private static Optional<Path> repositoryRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code path} with every symbolic link resolved: its real path, or for a path that does not
     * exist yet, the real path of its nearest existing ancestor with the rest appended.
     */
    static Path real(Path absolute) {
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null; p = p.getParent()) {
            try {
                Path found = p.toRealPath();
                for (int i = missing.size() - 1; i >= 0; i--) {
                    found = found.resolve(missing.get(i));
                }
                return found;
            } catch (IOException e) {
                if (p.getFileName() != null) {
                    missing.add(p.getFileName());
                }
            }
        }
        return absolute;
    }
}
