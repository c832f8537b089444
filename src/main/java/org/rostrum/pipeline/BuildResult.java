package org.rostrum.pipeline;

import java.time.Duration;
import java.util.List;
import org.rostrum.diag.Diagnostic;

/**
 * How a build or check went.
 *
 * @param diagnostics every problem found, sorted
 * @param debates     debates published
 * @param comments    comments in their threads
 * @param pages       HTML pages of the site (rendered by a check; rendered or kept by a build)
 * @param files       files written (pages, data, feeds, copies); 0 for a check or a failed build
 * @param unchanged   files of the previous build kept as they were, because nothing they show changed
 * @param elapsed     wall time
 */
public record BuildResult(List<Diagnostic> diagnostics, int debates, int comments, int pages, int files,
        int unchanged, Duration elapsed) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** A result without unchanged files: a check, a failed build or a full build. */
    public BuildResult(List<Diagnostic> diagnostics, int debates, int comments, int pages, int files,
            Duration elapsed) {
        this(diagnostics, debates, comments, pages, files, 0, elapsed);
    }

    /** How many reader comments were left out of the site because of their problems. */
    public long leftOutComments() {
        return diagnostics.stream().filter(d -> d.message().equals(org.rostrum.diag.Diagnostics.LEFT_OUT)).count();
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(d -> d.severity() == org.rostrum.diag.Severity.ERROR);
    }
}
