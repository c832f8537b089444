package org.rostrum.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import org.rostrum.diag.Diagnostics;

/**
 * One run of {@link SiteBuild}: what it builds or checks, whom it tells how far it has got, where
 * it collects what went wrong, and when it began (the moment that decides which debates are due).
 */
record Run(BuildOptions options, BuildProgress progress, Diagnostics diagnostics, Instant start) {

    /** The same run, writing into {@code out} (the folder its output option leads to). */
    Run writingTo(Path out) {
        return new Run(options.withOut(out), progress, diagnostics, start);
    }

    /** The same run, telling {@code other} how far it has got. */
    Run reportingTo(BuildProgress other) {
        return new Run(options, other, diagnostics, start);
    }

    /** The same run, telling nobody how far it has got. */
    Run unobserved() {
        return new Run(options, BuildProgress.NONE, diagnostics, start);
    }
}
