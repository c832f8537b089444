package org.rostrum.pipeline;

import java.util.List;
import java.util.Map;
import org.rostrum.output.OutputIndex;
import org.rostrum.pipeline.cache.BuildCache;
import org.rostrum.pipeline.cache.InputScan;

/**
 * What one run does, decided by {@link Planner} before any content is read.
 *
 * @param kind              what the run does
 * @param cache             the last build's cache as far as this run may trust it: {@link BuildCache#EMPTY}
 *                          when the global inputs changed, the site has several languages, {@code --clean}
 *                          was asked for, or the run is a check
 * @param previous          the files the last build wrote, whatever became of its cache (the writer
 *                          removes those this run does not make)
 * @param scan              the fingerprints of the inputs
 * @param globalFingerprint the fingerprint of everything every output depends on
 * @param editedDebates     for {@link Kind#COMMENT_EDIT}, the last build's entries of the debates
 *                          whose comments alone changed; else none
 */
record BuildPlan(Kind kind, BuildCache cache, OutputIndex previous, InputScan scan, long globalFingerprint,
        List<BuildCache.DebateEntry> editedDebates) {

    /** The plan of a build whose output folder may not be written: it does nothing. */
    static final BuildPlan REFUSED = new BuildPlan(Kind.REFUSED, BuildCache.EMPTY, OutputIndex.EMPTY,
            InputScan.NONE, 0, List.of());

    BuildPlan {
        editedDebates = List.copyOf(editedDebates);
    }

    /** What a run does. */
    enum Kind {
        /** The output folder may not be written ({@link OutputFolder}): nothing is read or written. */
        REFUSED,
        /** Nothing changed since the last build, whose output is all there: it stands as it is. */
        UNCHANGED,
        /**
         * Only comments of a few debates changed: those debates alone are rebuilt ({@link CommentEdit}),
         * or, when that declines, the site is built as for {@link #BUILD}.
         */
        COMMENT_EDIT,
        /** Load, thread, render and write, keeping what the trusted cache says still holds. */
        BUILD,
        /** Load, thread and render everything, writing nothing and using no cache. */
        CHECK
    }
}
