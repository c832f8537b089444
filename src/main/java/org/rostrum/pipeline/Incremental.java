package org.rostrum.pipeline;

import java.util.Map;
import java.util.Optional;
import org.rostrum.model.Debate;
import org.rostrum.pipeline.cache.BuildCache;
import org.rostrum.pipeline.cache.BuildSpill;
import org.rostrum.pipeline.cache.SearchStore;

/**
 * What makes a build incremental: the last build's cache as far as it may be trusted (its blobs
 * read), the debates taken from it as summaries instead of being read, the plan that holds this
 * build's fingerprints, the store where each debate rendered leaves its search entry for the
 * index and the next build (none for a check), and the spill that keeps the editors' text of the
 * debates this build read until they are rendered, and their blobs until the cache is written
 * (none for a check).
 */
record Incremental(BuildPlan plan, BuildCache cache, Map<String, Debate> summaries, Optional<SearchStore> search,
        Optional<BuildSpill> spill) {

    /** Nothing to keep: every debate is read, threaded and rendered. */
    static Incremental none(BuildPlan plan) {
        return new Incremental(plan, BuildCache.EMPTY, Map.of(), Optional.empty(), Optional.empty());
    }

    /** {@code d} with its editors' text, when the spill kept it aside. */
    Debate restore(Debate d) {
        return spill.map(s -> s.restore(d)).orElse(d);
    }

    /** The fingerprint of the folder of the debate {@code slug}, as this build scanned it. */
    long fingerprint(String slug) {
        return plan.scan().debates().getOrDefault(slug, 0L);
    }

    /** The same fingerprint, leaving out the debate's comments. */
    long pageFingerprint(String slug) {
        return plan.scan().pages().getOrDefault(slug, 0L);
    }
}
