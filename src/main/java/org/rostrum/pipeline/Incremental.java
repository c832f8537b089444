package org.rostrum.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.rostrum.model.Debate;
import org.rostrum.pipeline.cache.BuildCache;
import org.rostrum.pipeline.cache.SearchStore;

/**
 * What makes a build incremental: the last build's cache as far as it may be trusted (its blobs
 * read), the debates taken from it as summaries instead of being read, the plan that holds this
 * build's fingerprints, the store where each debate rendered leaves its search entry for the
 * index and the next build (none for a check), and how a debate this build read gets back the
 * editors' text kept aside while it waited to be rendered ({@code TextSpill}).
 */
record Incremental(BuildPlan plan, BuildCache cache, Map<String, Debate> summaries, Optional<SearchStore> search,
        UnaryOperator<Debate> restore) {

    /** Nothing to keep: every debate is read, threaded and rendered. */
    static Incremental none(BuildPlan plan) {
        return new Incremental(plan, BuildCache.EMPTY, Map.of(), Optional.empty(), UnaryOperator.identity());
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
