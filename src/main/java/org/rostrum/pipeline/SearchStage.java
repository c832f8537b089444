package org.rostrum.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.rostrum.diag.Diagnostics;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Debate;
import org.rostrum.model.Site;
import org.rostrum.output.Fingerprint;
import org.rostrum.output.OutputFile;
import org.rostrum.output.SiteWriter;
import org.rostrum.pipeline.cache.InputScan;
import org.rostrum.pipeline.cache.SearchStore;
import org.rostrum.render.SiteRenderer;
import org.rostrum.search.DocumentPreparer;
import org.rostrum.search.PreparedDocuments;
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
    private final Rereading rereading;
    private final SearchStore store;
    private final long globalFingerprint;
    private final InputScan scan;
    private final DocumentPreparer preparer;

    /**
     * What reading a debate again needs, for a debate the store does not hold.
     *
     * @param summaries the debates that came from the cache without their editors' text
     * @param restore   gives a debate this build read its editors' text back (kept aside while it waited)
     */
    record Rereading(CommentReader comments, DebateReader reader, CommentThreader threader,
            Map<String, Debate> summaries, java.util.function.UnaryOperator<Debate> restore) {
    }

    /**
     * What an index is made of: its pages, then the debates {@code order} names, each made by
     * {@code entries} (empty: left out), stemmed with {@code stemmer}.
     */
    record Sources(Stemmer stemmer, List<SearchDocument> pages, List<String> order,
            Function<String, Optional<PreparedDocuments>> entries) {
    }

    /**
     * @param store what debates hold, as stored by earlier builds and by {@link DebateStage} in this one
     * @param scan  the fingerprints of the debates' folders, which with {@code globalFingerprint} key the store's entries
     */
    SearchStage(SiteRenderer renderer, Rereading rereading, SearchStore store, long globalFingerprint, InputScan scan) {
        this.renderer = renderer;
        this.rereading = rereading;
        this.store = store;
        this.globalFingerprint = globalFingerprint;
        this.scan = scan;
        this.preparer = new DocumentPreparer(Stemmer.forLanguage(renderer.language()));
    }

    /** What a store entry of a debate whose folder has fingerprint {@code fingerprint} is keyed by. */
    static long key(long globalFingerprint, long fingerprint) {
        return Fingerprint.mix(globalFingerprint, fingerprint);
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
        SearchIndexWriter index = write(new Sources(Stemmer.forLanguage(published.config().language()),
                renderer.searchPages(), order, slug -> entry(bySlug.get(slug))), writer, renderer.folder(), threads,
                progress);
        store.keepOnly(order);
        for (SiteRenderer edition : renderer.otherEditions()) {
            Map<String, Debate> versions = new java.util.HashMap<>();
            edition.debates().forEach(d -> versions.put(d.slug(), d));
            DocumentPreparer preparer = new DocumentPreparer(Stemmer.forLanguage(edition.language()));
            write(new Sources(Stemmer.forLanguage(edition.language()), edition.searchPages(), order,
                    slug -> editionEntry(edition, preparer, versions.get(slug))), writer, edition.folder(), threads,
                    BuildProgress.NONE);
        }
        return index;
    }

    /**
     * What the index of another language holds of its version of a debate: read and threaded again
     * (a site in several languages keeps no store for them; see {@link SiteBuild}).
     */
    private Optional<PreparedDocuments> editionEntry(SiteRenderer edition, DocumentPreparer preparer, Debate d) {
        Diagnostics ignored = new Diagnostics();
        CommentThread thread = rereading.threader().thread(rereading.comments().read(d.directory(), ignored), ignored);
        if (ignored.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(preparer.prepare(Optional.of(edition.searchDebate(d)), edition.searchDocuments(d, thread)));
    }

    /**
     * Writes the index of {@code sources} into the folder {@code folder} of the output, on {@code threads}
     * threads: a batch of entries is made, and their terms looked up in the index
     * ({@link SearchIndexWriter#lookUp}), on the pool while the one before is added to the index;
     * the index's files are written on the pool as they are made; and the index's terms are encoded
     * and its shards made on the pool.
     */
    static SearchIndexWriter write(Sources sources, SiteWriter writer, String folder, int threads,
            BuildProgress progress) throws InterruptedException {
        List<String> order = sources.order();
        progress.started(BuildProgress.Phase.INDEX, order.size());
        ForkJoinPool pool = new ForkJoinPool(threads);
        Writes writes = new Writes(writer, folder);
        SearchIndexWriter index = new SearchIndexWriter(writes::add, sources.stemmer());
        sources.pages().forEach(index::addPage);
        Function<String, Optional<SearchIndexWriter.LookedUp>> entries =
                slug -> sources.entries().apply(slug).map(index::lookUp);
        try {
            Future<List<Optional<SearchIndexWriter.LookedUp>>> next = batch(pool, slice(order, 0), entries, List.of(), writes);
            for (int from = 0; from < order.size(); from += BATCH) {
                List<Optional<SearchIndexWriter.LookedUp>> made = next.get();
                next = batch(pool, slice(order, from + BATCH), entries, writes.take(), writes);
                made.forEach(p -> p.ifPresent(index::add));
                progress.advanced(BuildProgress.Phase.INDEX, Math.min(order.size(), from + BATCH));
            }
            next.get();
            pool.submit(() -> {
                index.finish();
                writes.take().parallelStream().forEach(writes::write);
            }).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException u) {
                throw u;
            }
            throw new IllegalStateException("unexpected failure while indexing", e.getCause());
        } finally {
            pool.shutdown();
        }
        progress.finished(BuildProgress.Phase.INDEX, order.size());
        return index;
    }

    /**
     * The index's files as the index hands them over, written on the pool with the next batch (or
     * at the end), so that the thread that adds to the index does not wait for the file system.
     */
    private static final class Writes {

        private final SiteWriter writer;
        private final String folder;
        private List<SearchIndexWriter.IndexFile> made = new java.util.ArrayList<>();

        Writes(SiteWriter writer, String folder) {
            this.writer = writer;
            this.folder = folder;
        }

        synchronized void add(SearchIndexWriter.IndexFile f) {
            made.add(f);
        }

        /** The files handed over since the last call. */
        synchronized List<SearchIndexWriter.IndexFile> take() {
            List<SearchIndexWriter.IndexFile> taken = made;
            made = new java.util.ArrayList<>();
            return taken;
        }

        void write(SearchIndexWriter.IndexFile f) {
            writer.write(new OutputFile.Generated(folder + f.path(), f::content));
        }
    }

    /** The batch of {@code order} from {@code from}. */
    private static List<String> slice(List<String> order, int from) {
        return order.subList(Math.min(order.size(), from), Math.min(order.size(), from + BATCH));
    }

    /**
     * The entries of {@code batch}, made on {@code pool}, which also writes the files {@code files}
     * of {@code writes}.
     */
    private static <T> Future<List<Optional<T>>> batch(ForkJoinPool pool, List<String> batch,
            Function<String, Optional<T>> entries, List<SearchIndexWriter.IndexFile> files, Writes writes) {
        return pool.submit(() -> {
            files.parallelStream().forEach(writes::write);
            return batch.parallelStream().map(entries).toList();
        });
    }

    /** Forgets the index's stored state: call before the output changes. */
    void forgetState() throws java.io.IOException {
        org.rostrum.search.IndexPatch.forget(store.folder());
    }

    /** Saves the state of the index {@code index} wrote, once the output holds it. */
    void saveState(SearchIndexWriter index) throws java.io.IOException {
        index.saveState(store.folder());
    }

    private Optional<PreparedDocuments> entry(Debate d) {
        long key = key(globalFingerprint, scan.debates().getOrDefault(d.slug(), 0L));
        Optional<PreparedDocuments> stored = store.read(d.slug(), key);
        if (stored.isPresent()) {
            return stored;
        }
        Diagnostics ignored = new Diagnostics();
        Optional<Debate> full = rereading.summaries().containsKey(d.slug())
                ? rereading.reader().read(d.directory(), ignored) : Optional.of(rereading.restore().apply(d));
        CommentThread thread = rereading.threader().thread(rereading.comments().read(d.directory(), ignored), ignored);
        if (full.isEmpty() || ignored.hasErrors()) {
            return Optional.empty();
        }
        PreparedDocuments made = preparer.prepare(Optional.of(renderer.searchDebate(d)),
                renderer.searchDocuments(full.get(), thread));
        store.write(d.slug(), key, made);
        return Optional.of(made);
    }
}
