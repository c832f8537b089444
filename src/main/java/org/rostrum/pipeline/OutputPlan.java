package org.rostrum.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.layout.Layout;
import org.rostrum.render.SiteRenderer.PlannedPath;

/**
 * Checks, before anything is rendered, that no two debates, pages or aliases write the same file,
 * and that no name is needed both as a file and as a folder (an alias {@code /feed.xml/} beside the
 * site's {@code feed.xml}): a file system cannot hold both.
 */
final class OutputPlan {

    /** The longest file or folder name common file systems (ext4, APFS, NTFS) take, in UTF-8 bytes. */
    static final int MAX_NAME_BYTES = 255;

    private OutputPlan() {
    }

    /**
     * Reports every output path claimed twice, at the start of each content file that claims it
     * after the first (debates and pages in path order; the site's own files come first).
     */
    static void checkCollisions(List<PlannedPath> paths, Diagnostics diagnostics) {
        Map<String, List<Optional<Path>>> owners = new TreeMap<>();
        for (PlannedPath p : paths) {
            owners.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p.owner());
        }
        owners.forEach((path, claims) -> {
            if (claims.size() < 2) {
                return;
            }
            List<Optional<Path>> sorted = new ArrayList<>(claims);
            sorted.sort(Comparator.comparing((Optional<Path> o) -> o.isPresent())
                    .thenComparing(o -> o.map(Path::toString).orElse("")));
            Optional<Path> first = sorted.get(0);
            for (Optional<Path> other : sorted.subList(1, sorted.size())) {
                other.ifPresent(file -> diagnostics.error(SourcePosition.startOf(file), "output file '" + path
                        + "' would be written twice: by this file and by "
                        + first.map(Path::toString).orElse("the site itself")));
            }
        });
        checkFilesAndFolders(paths, owners, diagnostics);
        checkNameLengths(paths, diagnostics);
        checkThreadParts(paths, owners, diagnostics);
    }

    /**
     * Reports every claim on a further part of a debate's thread ({@code debates/x/comments/2/}):
     * how many parts a thread has is known only once its comments are read, so the names are kept
     * for the debate whatever its thread, and check and build find the clash alike.
     */
    private static void checkThreadParts(List<PlannedPath> paths, Map<String, List<Optional<Path>>> owners,
            Diagnostics diagnostics) {
        for (PlannedPath p : paths) {
            Optional<Layout.ThreadPage> part = Layout.threadPageOf(p.path()).filter(t -> t.part() > 1);
            if (part.isPresent() && owners.containsKey(Layout.debate(part.get().slug()))) {
                p.owner().ifPresent(file -> diagnostics.error(SourcePosition.startOf(file), "output file '"
                        + p.path() + "' is kept for part " + part.get().part() + " of the comments of debate '"
                        + part.get().slug() + "'"));
            }
        }
    }

    /**
     * Reports every path with a file or folder name longer than file systems allow (255 bytes in
     * UTF-8), at the content file that claims it.
     */
    private static void checkNameLengths(List<PlannedPath> paths, Diagnostics diagnostics) {
        for (PlannedPath p : paths) {
            for (String name : p.path().split("/")) {
                int bytes = name.getBytes(StandardCharsets.UTF_8).length;
                if (bytes > MAX_NAME_BYTES) {
                    p.owner().ifPresent(file -> diagnostics.error(SourcePosition.startOf(file), "output file '"
                            + p.path() + "' has a name of " + bytes + " bytes; file systems allow at most "
                            + MAX_NAME_BYTES));
                }
            }
        }
    }

    /**
     * Reports every path that one output needs as a file and another as a folder, at the content
     * file of each side that has one.
     */
    private static void checkFilesAndFolders(List<PlannedPath> paths, Map<String, List<Optional<Path>>> owners,
            Diagnostics diagnostics) {
        Map<String, PlannedPath> firstInside = new TreeMap<>();
        for (PlannedPath p : paths) {
            for (int slash = p.path().indexOf('/'); slash >= 0; slash = p.path().indexOf('/', slash + 1)) {
                PlannedPath before = firstInside.get(p.path().substring(0, slash));
                if (before == null || p.path().compareTo(before.path()) < 0) {
                    firstInside.put(p.path().substring(0, slash), p);
                }
            }
        }
        firstInside.forEach((folder, inside) -> {
            if (!owners.containsKey(folder)) {
                return;
            }
            String message = "output files '" + folder + "' and '" + inside.path() + "' cannot both be written: '"
                    + folder + "' would have to be a file and a folder";
            owners.get(folder).forEach(owner -> owner.ifPresent(f -> diagnostics.error(SourcePosition.startOf(f), message)));
            inside.owner().ifPresent(f -> diagnostics.error(SourcePosition.startOf(f), message));
        });
    }
}
