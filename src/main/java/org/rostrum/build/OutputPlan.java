package org.rostrum.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.render.SiteRenderer.PlannedPath;

/** Checks, before anything is rendered, that no two debates, pages or aliases write the same file. */
final class OutputPlan {

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
    }
}
