/**
 * The incremental build cache: what the last successful build of an output folder knew, kept beside
 * it ({@link org.rostrum.pipeline.cache.BuildCache} in {@code .<out>.cache}, with each debate's
 * summary and context as a {@link org.rostrum.pipeline.cache.DebateBlob}, and the search index's
 * entries in {@link org.rostrum.pipeline.cache.SearchStore}), and the fingerprints of the inputs
 * that decide what of it still holds ({@link org.rostrum.pipeline.cache.InputScan},
 * {@link org.rostrum.pipeline.cache.CodeVersion}). A cache that is missing, from another version,
 * cut short or damaged reads as empty, so the build is a full one, never a wrong one. It decides
 * nothing and renders nothing: the pipeline asks it what is known and tells it what was built.
 * It knows nothing of the pipeline that uses it.
 */
package org.rostrum.pipeline.cache;
