package org.rostrum.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rostrum.diag.Diagnostics;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Debate;
import org.rostrum.model.ThreadStats;
import org.rostrum.output.OutputFile;
import org.rostrum.output.SiteWriter;
import org.rostrum.pipeline.cache.BuildCache;
import org.rostrum.pipeline.cache.DebateBlob;
import org.rostrum.pipeline.cache.DebateCodec;
import org.rostrum.render.DebateContext;
import org.rostrum.render.SiteRenderer;
import org.rostrum.search.DocumentPreparer;
import org.rostrum.search.Stemmer;
import org.rostrum.source.DebateReader;

/**
 * One debate at a time, in named steps: {@link #keep} what the last build wrote of it when nothing
 * its pages show changed; else {@link DebateThreads#thread thread} its comments, {@link #render}
 * its pages, {@link #write} them and {@link #index} it for the search. Working a debate at a time
 * keeps only the debates being worked on in memory with their comments.
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

    /**
     * What the debate's pages show of the rest of the archive: taken from the cache when neither
     * the debate nor its neighbourhood changed, else computed (and then kept for rendering).
     */
    private record Context(byte[] encoded, Optional<DebateContext> computed) {
    }

    private static final Context NO_CONTEXT = new Context(new byte[0], Optional.empty());

    private final DebateThreads threads;
    private final DebateReader reader;
    private final SiteRenderer renderer;
    private final Set<String> published;
    private final Incremental incremental;
    private final boolean neighbourhoodUnchanged;
    /** Prepares debates for the search, each distinct word stemmed once a thread for the whole stage. */
    private final DocumentPreparer preparer;

    /**
     * @param published   the slugs of the debates the site publishes (the others are threaded, so
     *                    that their problems are reported, but not rendered)
     * @param incremental what the last build left, and where search entries go (none for a check)
     */
    DebateStage(DebateThreads threads, DebateReader reader, SiteRenderer renderer, Set<String> published,
            Incremental incremental) {
        this.threads = threads;
        this.reader = reader;
        this.renderer = renderer;
        this.published = published;
        this.incremental = incremental;
        BuildCache cache = incremental.cache();
        this.neighbourhoodUnchanged = cache.neighbourhood() != 0 && cache.neighbourhood() == renderer.neighbourhood();
        this.preparer = new DocumentPreparer(Stemmer.forLanguage(renderer.language()));
    }

    /**
     * Builds one debate into {@code writer}: keeps its files when nothing they show changed, else
     * threads, renders and writes it and indexes it for the search. Drafts and future debates are
     * threaded (so that their problems are reported) but not rendered.
     */
    Outcome build(Debate d, SiteWriter writer, Diagnostics diagnostics) {
        Optional<BuildCache.DebateEntry> unchanged = unchanged(d);
        Context context = context(d, unchanged);
        Optional<BuildCache.DebateEntry> kept = keep(unchanged, context, writer);
        if (kept.isPresent()) {
            return new Outcome(kept.get().stats(), kept.get());
        }
        Optional<Debate> full = fullDebate(d, diagnostics);
        Diagnostics own = new Diagnostics();
        CommentThread thread = threads.thread(d, own);
        diagnostics.addAll(own);
        List<String> outputs = List.of();
        if (published.contains(d.slug()) && full.isPresent() && !own.hasErrors()) {
            DebateContext shown = context.computed().orElseGet(() -> renderer.context(d));
            outputs = write(render(full.get(), thread, shown), writer);
            index(d, full.get(), thread);
        }
        return new Outcome(thread.stats(), new BuildCache.DebateEntry(d.slug(), incremental.fingerprint(d.slug()),
                incremental.pageFingerprint(d.slug()), thread.stats(), outputs, incremental.spill().map(s -> s.blob(context.encoded(), d))
                        .orElseGet(() -> DebateBlob.of(context.encoded(), d))));
    }

    /**
     * Checks one debate: threads it and, when it is published, renders its pages and throws the
     * bytes away, so that template problems are found too.
     */
    ThreadStats check(Debate d, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        CommentThread thread = threads.thread(d, own);
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

    /** The last build's entry of the debate, when its folder is unchanged and its summary came from the cache. */
    private Optional<BuildCache.DebateEntry> unchanged(Debate d) {
        return incremental.cache().entry(d.slug())
                .filter(e -> incremental.summaries().containsKey(d.slug())
                        && e.fingerprint() == incremental.fingerprint(d.slug()));
    }

    private Context context(Debate d, Optional<BuildCache.DebateEntry> unchanged) {
        if (!published.contains(d.slug())) {
            return NO_CONTEXT;
        }
        // When no debate changed what other pages show of it, no debate's context changed either.
        if (unchanged.isPresent() && neighbourhoodUnchanged) {
            return new Context(unchanged.get().context(), Optional.empty());
        }
        DebateContext computed = renderer.context(d);
        return new Context(DebateCodec.context(computed), Optional.of(computed));
    }

    /**
     * The keeping step: the last build's entry of the debate when its folder and what its pages
     * show of the rest of the archive are unchanged, and all its files are still there.
     */
    private static Optional<BuildCache.DebateEntry> keep(Optional<BuildCache.DebateEntry> unchanged, Context context,
            SiteWriter writer) {
        return unchanged.filter(e -> Arrays.equals(e.context(), context.encoded()))
                .filter(e -> writer.keepAll(e.outputs()));
    }

    /**
     * The rendering step: the files of the debate's pages, each rendered when the writer asks for
     * its bytes (or kept, when its key is the last build's).
     */
    private List<OutputFile> render(Debate full, CommentThread thread, DebateContext context) {
        return renderer.debateFiles(full, thread, context);
    }

    /** The writing step: hands the files to the writer, and returns their paths. */
    private static List<String> write(List<OutputFile> files, SiteWriter writer) {
        for (OutputFile file : files) {
            writer.write(file);
        }
        return files.stream().map(OutputFile::path).toList();
    }

    /** Leaves what the search index holds of the debate in the store, for the index and the next build. */
    private void index(Debate d, Debate full, CommentThread thread) {
        incremental.search().ifPresent(store -> store.write(d.slug(),
                SearchStage.key(incremental.plan().globalFingerprint(), incremental.fingerprint(d.slug())),
                preparer.prepare(Optional.of(renderer.searchDebate(d)), renderer.searchDocuments(full, thread))));
    }

    /** The debate with its editors' text: read again when only its summary came from the cache. */
    private Optional<Debate> fullDebate(Debate d, Diagnostics diagnostics) {
        return incremental.summaries().containsKey(d.slug()) ? reader.read(d.directory(), diagnostics)
                : Optional.of(incremental.restore(d));
    }
}
