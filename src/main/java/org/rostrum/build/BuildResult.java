package org.rostrum.build;

import java.time.Duration;
import java.util.List;
import org.rostrum.diag.Diagnostic;

/**
 * How a build or check went.
 *
 * @param diagnostics every problem found, sorted
 * @param debates     debates published
 * @param comments    comments in their threads
 * @param pages       HTML pages rendered
 * @param files       files written (pages, data, feeds, copies); 0 for a check or a failed build
 * @param elapsed     wall time
 */
public record BuildResult(List<Diagnostic> diagnostics, int debates, int comments, int pages, int files,
        Duration elapsed) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(d -> d.severity() == org.rostrum.diag.Severity.ERROR);
    }
}
