package org.rostrum.serve;

import org.rostrum.pipeline.BuildProgress;

/** Hears what the preview server builds: the command line prints it, tests count it. */
public interface PreviewListener {

    /** Called after every build, good or failed, on the server's build thread, one build at a time. */
    void built(Rebuild rebuild);

    /** Where the next build reports its progress; asked once before every build. */
    default BuildProgress progress() {
        return BuildProgress.NONE;
    }
}
