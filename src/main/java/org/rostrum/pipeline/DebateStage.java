package org.rostrum.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rostrum.diag.Diagnostics;
import org.rostrum.model.CommentInput;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Debate;
import org.rostrum.model.ThreadStats;
import org.rostrum.output.OutputFile;
import org.rostrum.output.SiteWriter;
import org.rostrum.pipeline.cache.BuildCache;
import org.rostrum.pipeline.cache.DebateBlob;
import org.rostrum.pipeline.cache.DebateCodec;
import org.rostrum.pipeline.cache.InputScan;
import org.rostrum.pipeline.cache.SearchStore;
import org.rostrum.render.DebateContext;
import org.rostrum.render.SiteRenderer;
import org.rostrum.source.CommentReader;
import org.rostrum.source.DebateReader;
import org.rostrum.search.SearchIndexWriter;
import org.rostrum.search.Stemmer;
import org.rostrum.thread.CommentThreader;

/**
 * Thread, render and write for one debate at a time: reads its comments, threads them, renders
 * its pages and hands them to the writer, so that only the debates being worked on have their
 * comments in memory. An incremental build first asks whether the last build's files of the debate
 * can be kept: its folder is unchanged, what its pages show of the rest of the archive is unchanged,
 * and the files are still there. Then it does nothing at all for it.
 *
 * <p>Safe to use from many threads: each call works on its own debate.
 */
final class DebateStage {

    /**
     * What became of one debate.
     *
     * @param stats    its thread's counts
     * @param entry    what the next build needs to know of it
     */
    record Outcome(ThreadStats stats, BuildCache.DebateEntry entry) {
    }

    private static final byte[] NO_CONTEXT = new byte[0];

    private final CommentReader comments;
    private final DebateReader reader;
    private final CommentThreader threader;
    private final SiteRenderer renderer;
    private final Set<String> published;
    private final Map<String, Debate> summaries;
    private final BuildCache cache;
    private final InputScan scan;
    private final boolean neighbourhoodUnchanged;
    private final Optional<SearchStore> search;
    private final long globalFingerprint;

    /**
     * @param summaries the debates that were taken from the cache instead of being read (their
     *                  editors' text is missing, so they are read again before being rendered)
     * @param cache     what the last build knew, or {@link BuildCache#EMPTY}
     * @param search    where to put what the search index holds of each published debate it renders
     *                  (none for a check), keyed with {@code globalFingerprint}
     */
    DebateStage(CommentReader comments, DebateReader reader, CommentThreader threader, SiteRenderer renderer,
            Set<String> published, Map<String, Debate> summaries, BuildCache cache, InputScan scan,
            Optional<SearchStore> search, long globalFingerprint) {
        this.search = search;
        this.globalFingerprint = globalFingerprint;
        this.neighbourhoodUnchanged = cache.neighbourhood() != 0 && cache.neighbourhood() == renderer.neighbourhood();
        this.comments = comments;
        this.reader = reader;
        this.threader = threader;
        this.renderer = renderer;
        this.published = published;
        this.summaries = summaries;
        this.cache = cache;
        this.scan = scan;
    }

    /**
     * Builds one debate into {@code writer}: keeps its files when nothing they show changed, else
     * threads and renders it. Drafts and future debates are threaded (so that their problems are
     * reported) but not rendered.
     */
    Outcome build(Debate d, SiteWriter writer, Diagnostics diagnostics) {
        boolean isPublished = published.contains(d.slug());
        long fingerprint = scan.debates().getOrDefault(d.slug(), 0L);
        long pageFingerprint = scan.pages().getOrDefault(d.slug(), 0L);
        Optional<BuildCache.DebateEntry> unchanged = cache.entry(d.slug())
                .filter(e -> summaries.containsKey(d.slug()) && e.fingerprint() == fingerprint);
        // When no debate changed what other pages show of it, no debate's context changed either.
        DebateContext computed = null;
        byte[] context;
        if (!isPublished) {
            context = NO_CONTEXT;
        } else if (unchanged.isPresent() && neighbourhoodUnchanged) {
            context = unchanged.get().context();
        } else {
            computed = renderer.context(d);
            context = DebateCodec.context(computed);
        }
        Optional<BuildCache.DebateEntry> before = unchanged.filter(e -> Arrays.equals(e.context(), context));
        if (before.isPresent() && writer.keepAll(before.get().outputs())) {
            return new Outcome(before.get().stats(), before.get());
        }
        Optional<Debate> full = fullDebate(d, diagnostics);
        Diagnostics own = new Diagnostics();
        CommentThread thread = thread(d.directory(), own);
        diagnostics.addAll(own);
        List<String> outputs = new ArrayList<>();
        if (isPublished && full.isPresent() && !own.hasErrors()) {
            DebateContext shown = computed != null ? computed : renderer.context(d);
            for (OutputFile file : renderer.debateFiles(full.get(), thread, shown)) {
                writer.write(file);
                outputs.add(file.path());
            }
            search.ifPresent(store -> store.write(d.slug(), SearchStage.key(globalFingerprint, fingerprint),
                    SearchIndexWriter.prepare(Stemmer.forLanguage(renderer.language()), Optional.of(renderer.searchDebate(d)),
                            renderer.searchDocuments(full.get(), thread))));
        }
        return new Outcome(thread.stats(),
                new BuildCache.DebateEntry(d.slug(), fingerprint, pageFingerprint, thread.stats(), outputs,
                        DebateBlob.of(context, d)));
    }

    /**
     * Checks one debate: threads it and, when it is published, renders its pages and throws the
     * bytes away, so that template problems are found too.
     */
    ThreadStats check(Debate d, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        CommentThread thread = thread(d.directory(), own);
        diagnostics.addAll(own);
        if (published.contains(d.slug()) && !own.hasErrors()) {
            for (OutputFile file : renderer.debateFiles(d, thread)) {
                if (file instanceof OutputFile.Generated g) {
                    g.content().get();
                }
            }
        }
        return thread.stats();
    }

    private CommentThread thread(Path directory, Diagnostics diagnostics) {
        List<CommentInput> inputs = comments.read(directory, diagnostics);
        return threader.thread(inputs, diagnostics);
    }

    /** The debate with its editors' text: read again when only its summary came from the cache. */
    private Optional<Debate> fullDebate(Debate d, Diagnostics diagnostics) {
        return summaries.containsKey(d.slug()) ? reader.read(d.directory(), diagnostics) : Optional.of(d);
    }
}
