package org.rostrum.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.rostrum.diag.Diagnostics;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Debate;
import org.rostrum.model.Site;
import org.rostrum.output.Fingerprint;
import org.rostrum.output.OutputFile;
import org.rostrum.output.SiteWriter;
import org.rostrum.render.SiteRenderer;
import org.rostrum.search.SearchDocument;
import org.rostrum.search.SearchIndexWriter;
import org.rostrum.search.Stemmer;
import org.rostrum.source.CommentReader;
import org.rostrum.source.DebateReader;
import org.rostrum.thread.CommentThreader;

/**
 * Writes the full-text index ({@link SearchIndexWriter}) of the published site: its pages, then its
 * debates in the site's order. What the index holds of a debate comes from the {@link SearchStore}
 * (where {@link DebateStage} put it when it rendered the debate, or an earlier build when its
 * folder is unchanged), else the debate is read and threaded again (in batches, on the
 * build's threads, so that at most a batch of threads is in memory besides the index) and stored.
 * Problems in the content were reported by the stage that rendered it; a debate that cannot be read
 * here is left out.
 */
final class SearchStage {

    private static final int BATCH = 64;

    private final SiteRenderer renderer;
    private final CommentReader comments;
    private final DebateReader reader;
    private final CommentThreader threader;
    private final Map<String, Debate> summaries;
    private final SearchStore store;
    private final long salt;
    private final InputScan scan;

    /**
     * @param summaries the debates that came from the cache without their editors' text
     * @param store     what debates hold, as stored by earlier builds and by {@link DebateStage} in this one
     */
    SearchStage(SiteRenderer renderer, CommentReader comments, DebateReader reader, CommentThreader threader,
            Map<String, Debate> summaries, SearchStore store, long salt, InputScan scan) {
        this.renderer = renderer;
        this.comments = comments;
        this.reader = reader;
        this.threader = threader;
        this.summaries = summaries;
        this.store = store;
        this.salt = salt;
        this.scan = scan;
    }

    /** What a store entry of a debate whose folder has fingerprint {@code fingerprint} is keyed by. */
    static long key(long salt, long fingerprint) {
        return Fingerprint.mix(salt, fingerprint);
    }

    /**
     * Writes the index and returns its writer, whose state ({@link SearchIndexWriter#saveState}) the
     * caller saves once the output holds the index.
     */
    SearchIndexWriter write(Site published, SiteWriter writer, int threads, BuildProgress progress)
            throws InterruptedException {
        List<String> order = published.debates().stream().map(Debate::slug).toList();
        Map<String, Debate> bySlug = new java.util.HashMap<>();
        published.debates().forEach(d -> bySlug.put(d.slug(), d));
        SearchIndexWriter index = write(Stemmer.forLanguage(published.config().language()), renderer.searchPages(),
                order, slug -> entry(bySlug.get(slug)), writer, threads, progress);
        store.keepOnly(order);
        return index;
    }

    /**
     * Writes the index of {@code pages} and of the debates {@code order} names, each made by
     * {@code entries} (empty: left out), a batch at a time in parallel, stemmed with {@code stemmer}.
     */
    static SearchIndexWriter write(Stemmer stemmer, List<SearchDocument> pages, List<String> order,
            Function<String, Optional<SearchStore.Entry>> entries, SiteWriter writer, int threads,
            BuildProgress progress) throws InterruptedException {
        progress.started(BuildProgress.Phase.INDEX, order.size());
        SearchIndexWriter index = new SearchIndexWriter(
                f -> writer.write(new OutputFile.Generated(f.path(), f::content)), stemmer);
        pages.forEach(index::addPage);
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            for (int from = 0; from < order.size(); from += BATCH) {
                List<String> batch = order.subList(from, Math.min(order.size(), from + BATCH));
                List<Optional<SearchIndexWriter.Prepared>> made = pool.submit(() -> batch.parallelStream()
                        .map(slug -> entries.apply(slug).map(e -> SearchIndexWriter.prepare(stemmer,
                                Optional.of(e.debate()), e.documents())))
                        .toList()).get();
                made.forEach(p -> p.ifPresent(index::add));
                progress.advanced(BuildProgress.Phase.INDEX, from + batch.size());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("unexpected failure while indexing", e.getCause());
        } finally {
            pool.shutdown();
        }
        index.finish();
        progress.finished(BuildProgress.Phase.INDEX, order.size());
        return index;
    }

    /** Forgets the index's stored state: call before the output changes. */
    void forgetState() throws java.io.IOException {
        org.rostrum.search.IndexPatch.forget(store.folder());
    }

    /** Saves the state of the index {@code index} wrote, once the output holds it. */
    void saveState(SearchIndexWriter index) throws java.io.IOException {
        index.saveState(store.folder());
    }

    private Optional<SearchStore.Entry> entry(Debate d) {
        long key = key(salt, scan.debates().getOrDefault(d.slug(), 0L));
        Optional<SearchStore.Entry> stored = store.read(d.slug(), key);
        if (stored.isPresent()) {
            return stored;
        }
        Diagnostics ignored = new Diagnostics();
        Optional<Debate> full = summaries.containsKey(d.slug()) ? reader.read(d.directory(), ignored) : Optional.of(d);
        CommentThread thread = threader.thread(comments.read(d.directory(), ignored), ignored);
        if (full.isEmpty() || ignored.hasErrors()) {
            return Optional.empty();
        }
        SearchStore.Entry made = new SearchStore.Entry(renderer.searchDebate(d),
                renderer.searchDocuments(full.get(), thread));
        store.write(d.slug(), key, made);
        return Optional.of(made);
    }
}
