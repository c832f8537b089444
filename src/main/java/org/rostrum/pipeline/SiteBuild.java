package org.rostrum.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.rostrum.pipeline.BuildProgress.Phase;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Debate;
import org.rostrum.model.Page;
import org.rostrum.model.Site;
import org.rostrum.model.SiteConfig;
import org.rostrum.model.ThreadStats;
import org.rostrum.output.Fingerprint;
import org.rostrum.output.OutputFile;
import org.rostrum.output.OutputIndex;
import org.rostrum.output.SiteWriter;
import org.rostrum.i18n.Strings;
import org.rostrum.pipeline.cache.BuildCache;
import org.rostrum.pipeline.cache.InputScan;
import org.rostrum.pipeline.cache.SearchStore;
import org.rostrum.pipeline.cache.BuildSpill;
import org.rostrum.render.SiteRenderer;
import org.rostrum.render.TemplateFailure;
import org.rostrum.render.Theme;
import org.rostrum.search.SearchIndexWriter;
import org.rostrum.source.CommentReader;
import org.rostrum.source.ContentLoader;
import org.rostrum.source.DebateReader;
import org.rostrum.thread.CommentThreader;

/**
 * One build of a site, read top to bottom in {@link #write}: load, check links ({@link LinkChecker}),
 * plan the output paths, then thread, render and write debate by debate ({@link DebateStage}), the
 * site's own pages, the search index ({@link SearchStage}), and the cache for the next build. What a
 * run does at all is decided first by the {@link Planner}. The same object serves {@code build},
 * {@code check} and the preview server; it holds no state between runs, so it can run any number of
 * times in one JVM.
 *
 * <p>A build is incremental: beside the output folder it keeps a cache ({@code .site.cache}) of
 * what it read and wrote, and the next build reads again only the debates whose folders changed,
 * renders only the pages whose inputs changed, and writes only the files whose bytes changed. A
 * change to Rostrum itself, the templates, {@code site.yaml}, people, pages or topics, or the
 * options renders everything again (still writing only what changed). When only comments changed,
 * and no other page shows the change, the rest of the archive is not even loaded ({@link CommentEdit}).
 * A missing or broken cache means a full build; {@code --clean} asks for one.
 */
public final class SiteBuild {

    private final MarkdownRenderer markdown;
    private final ContentLoader loader;
    private final CommentThreader threader = new CommentThreader();
    private final Planner planner;
    private final CommentEdit commentEdit;
    private final Clock clock;

    /** A build with its own Markdown renderer (the expensive object worth sharing) and the clock it times itself by. */
    public SiteBuild(MarkdownRenderer markdown, Clock clock) {
        this.markdown = markdown;
        this.loader = new ContentLoader(markdown);
        this.planner = new Planner(loader);
        this.commentEdit = new CommentEdit(markdown, loader, threader);
        this.clock = clock;
    }

    /**
     * Builds the site into {@code options.out()}. When anything fails the output folder is left as
     * it was, and the result lists every problem. A folder that is not missing, empty or made by
     * Rostrum, or that is, holds or lies in the sources, is refused before anything is read
     * ({@link OutputFolder}).
     */
    public BuildResult build(BuildOptions options) {
        return build(options, BuildProgress.NONE);
    }

    /**
     * {@link #build(BuildOptions)}, telling {@code progress} how far it has got; once its output
     * folder is known to be one it may write ({@link OutputFolder}), the {@link Planner} decides
     * what the build does.
     */
    public BuildResult build(BuildOptions options, BuildProgress progress) {
        Run run = new Run(options, progress, new Diagnostics(), clock.instant());
        Run writing = run.writingTo(OutputFolder.check(options, Path.of(""), run.diagnostics()));
        return carryOut(writing, run.diagnostics().hasErrors() ? BuildPlan.REFUSED : planner.forBuild(writing));
    }

    /**
     * Loads, threads and renders everything exactly as {@link #build} does, drafts and future
     * debates included, but writes nothing and uses no cache.
     */
    public BuildResult check(BuildOptions options) {
        return check(options, BuildProgress.NONE);
    }

    /** {@link #check(BuildOptions)}, telling {@code progress} how far it has got. */
    public BuildResult check(BuildOptions options, BuildProgress progress) {
        Run run = new Run(options, progress, new Diagnostics(), clock.instant());
        return carryOut(run, planner.forCheck(run));
    }

    private BuildResult carryOut(Run run, BuildPlan plan) {
        return switch (plan.kind()) {
            case REFUSED -> new BuildResult(run.diagnostics().sorted(), 0, 0, 0, 0, 0, elapsed(run));
            case UNCHANGED -> unchanged(run, plan.cache());
            case COMMENT_EDIT -> editComments(run, plan);
            case BUILD -> write(run, plan);
            case CHECK -> check(run, plan);
        };
    }

    /**
     * The build, step by step: load the content, check the editors' links and plan the output
     * paths; then thread, render and write each debate, render and write the site's own pages,
     * write the search index, and keep what the next build needs. Nothing is written when
     * anything failed.
     */
    private BuildResult write(Run run, BuildPlan plan) {
        try (BuildSpill spill = BuildSpill.open(run.options().out())) {
            return write(run, plan, spill);
        } catch (IOException e) {
            run.diagnostics().error(SourcePosition.startOf(run.options().out()), "cannot write the site: "
                    + e.getMessage());
            return new BuildResult(run.diagnostics().sorted(), 0, 0, 0, 0, 0, elapsed(run));
        }
    }

    /**
     * {@link #write(Run, BuildPlan)}, the editors' text of the debates it reads kept in {@code spill}
     * from loading to rendering, and their blobs for the cache from rendering to the cache's writing.
     */
    private BuildResult write(Run run, BuildPlan plan, BuildSpill spill) {
        BuildCache cache = recall(plan);
        Loaded loaded = load(run, unchangedDebates(cache, plan.scan()), spill::keep);
        Set<String> linkTargets = checkLinks(run, loaded);
        Optional<SiteRenderer> renderer = planOutput(run, loaded);
        if (renderer.isEmpty()) {
            return stopped(run, loaded);
        }
        Incremental incremental = new Incremental(plan, cache, loaded.summaries(), searchStore(run, loaded.published()),
                Optional.of(spill));
        Debates debates = new Debates();
        CacheAhead ahead = null;
        try (SiteWriter writer = SiteWriter.begin(run.options().out(), plan.previous(), plan.globalFingerprint())) {
            writeDebates(run, loaded, debateStage(run, loaded, renderer.get(), incremental), writer, debates);
            ahead = CacheAhead.start(run.options().out(), debates.entries());
            // The site's own pages are written while the search index is made: the index is added to on
            // one thread for much of its time, and the pages' rendering fills the other core.
            PhasePair phases = new PhasePair(run.progress());
            Background<SitePages> sitePages = Background.start("site-pages", () -> {
                try {
                    return writeSitePages(run.reportingTo(phases.first()), renderer.get(),
                            debates.counts(loaded.published()), cache, writer);
                } finally {
                    phases.firstEnded();
                }
            });
            SearchStage search = searchStage(run, loaded, renderer.get(), incremental);
            Optional<SearchIndexWriter> index = awaitingOther(sitePages,
                    () -> writeIndex(run.reportingTo(phases.second()), search, loaded.published(), writer));
            SitePages site = sitePages.join();
            if (run.diagnostics().hasErrors()) {
                writer.abort();
                ahead.discard();
                incremental.search().ifPresent(SearchStore::save);   // what the debates stored stays for the next build
                return result(run, loaded.published(), debates.comments(), Counts.NONE);
            }
            OutputIndex output = commit(run, writer, search, index);
            saveCache(ahead, new BuildCache(plan.globalFingerprint(), nextChange(loaded.site(), run.start()),
                    loaded.published().debates().size(), debates.comments(), renderer.get().neighbourhood(),
                    site.key(), site.paths(), linkTargets, output, debates.entries(), plan.scan().racy(),
                    Optional.empty()));
            return result(run, loaded.published(), debates.comments(), Counts.of(output, writer));
        } catch (IOException | UncheckedIOException e) {
            discard(ahead);
            return failed(run, loaded, debates, "cannot write the site: " + e.getMessage());
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            discard(ahead);
            return failed(run, loaded, debates, "build interrupted");
        }
    }

    /** The last build's cache as far as this one may trust it, its blobs read; none when they are damaged. */
    private static BuildCache recall(BuildPlan plan) {
        return plan.cache().loadBlobs() ? plan.cache() : BuildCache.EMPTY;
    }

    /** The check, with the steps of {@link #write} that read and render, writing nothing. */
    private BuildResult check(Run run, BuildPlan plan) {
        Loaded loaded = load(run, Map.of(), UnaryOperator.identity());
        checkLinks(run, loaded);
        Optional<SiteRenderer> renderer = planOutput(run, loaded);
        if (renderer.isEmpty()) {
            return stopped(run, loaded);
        }
        DebateStage stage = debateStage(run, loaded, renderer.get(), Incremental.none(plan));
        Map<String, ThreadStats> stats = new ConcurrentHashMap<>();
        phase(run, Phase.DEBATE_PAGES, loaded.site().debates(),
                d -> stats.put(d.slug(), stage.check(d, run.diagnostics())));
        List<OutputFile> files = renderer.get().siteFiles(publishedStats(loaded.published(), stats));
        phase(run, Phase.SITE_PAGES, files, file -> {
            if (file instanceof OutputFile.Generated g) {
                g.content().get();
            }
        });
        int comments = stats.values().stream().mapToInt(ThreadStats::total).sum();
        int debatePages = loaded.published().debates().size();
        int pages = (int) files.stream().filter(f -> f.path().endsWith(".html")).count() + debatePages;
        return result(run, loaded.published(), comments, new Counts(pages, 0, 0));
    }

    /**
     * Rebuilds the debates whose comments alone changed ({@link CommentEdit}), or, when it declines,
     * builds the site.
     */
    private BuildResult editComments(Run run, BuildPlan plan) {
        BuildCache cache = plan.cache();
        try {
            return commentEdit.build(run, plan)
                    .map(r -> new BuildResult(run.diagnostics().sorted(), cache.debateCount(), cache.commentCount(),
                            pageCount(r.index()), r.written(), r.kept(), elapsed(run)))
                    .orElseGet(() -> write(run, plan));
        } catch (IOException e) {
            run.diagnostics().error(SourcePosition.startOf(run.options().out()), "cannot write the site: "
                    + e.getMessage());
            return new BuildResult(run.diagnostics().sorted(), cache.debateCount(), cache.commentCount(), 0, 0, 0,
                    elapsed(run));
        }
    }

    /** What a run has loaded: the site, as read and as published, and what it renders with. */
    private record Loaded(Site site, Site published, Map<String, Strings> strings, Theme theme,
            Map<String, Debate> summaries, DebateThreads threads) {
    }

    /**
     * The loading step: the content (the debates of {@code summaries} taken from the cache), the
     * interface strings and the theme, with the problems of the theme reported.
     */
    private Loaded load(Run run, Map<String, Debate> summaries, UnaryOperator<Debate> keep) {
        BuildOptions options = run.options();
        Diagnostics diagnostics = run.diagnostics();
        Background<Interface> early = Background.start("interface", () -> Interface.open(loader, options));
        Site site = loadContent(run, summaries, keep);
        Site published = publishable(site, options, run.start());
        Interface opened = early.join();
        Map<String, Strings> strings = opened.strings(loader, options, site.config(), diagnostics);
        Theme theme = opened.theme();
        theme.reportLinksOutside(diagnostics);
        theme.reportMissingLogo(site.config(), diagnostics);
        return new Loaded(site, published, strings, theme, summaries,
                new DebateThreads(new CommentReader(options.content(), site.config()), threader));
    }

    /**
     * The interface strings and the theme, opened on a thread of their own while the content loads:
     * the strings of the languages {@code site.yaml} names when read on its own, with their problems.
     */
    private record Interface(List<String> editions, Map<String, Strings> early, Diagnostics problems, Theme theme) {

        static Interface open(ContentLoader loader, BuildOptions options) {
            List<String> editions = loader.loadConfig(options.content(), new Diagnostics()).editions();
            Diagnostics problems = new Diagnostics();
            Map<String, Strings> strings = new LinkedHashMap<>();
            for (String language : editions) {
                strings.put(language, loader.loadStrings(options.content(), language, problems));
            }
            return new Interface(editions, strings, problems, Theme.open(options.templates()));
        }

        /**
         * The strings of the languages of {@code config} (the site as loaded), their problems reported
         * to {@code diagnostics}: those read early when the languages are the same, else read again.
         */
        Map<String, Strings> strings(ContentLoader loader, BuildOptions options, SiteConfig config,
                Diagnostics diagnostics) {
            if (!config.editions().equals(editions)) {
                return loader.loadStrings(options.content(), config, diagnostics);
            }
            diagnostics.addAll(problems);
            return early;
        }
    }

    /**
     * Reports editors' links that point nowhere, and returns the debates whose threads links point
     * into (a comment, a part of a thread): their threads are read for it; their own problems are
     * reported when the debate is built.
     */
    private Set<String> checkLinks(Run run, Loaded loaded) {
        Diagnostics reportedLater = new Diagnostics();
        Set<String> targets = ConcurrentHashMap.newKeySet();
        new LinkChecker(loaded.published(), loaded.site().debates(), loaded.theme().staticFiles().keySet(), d -> {
            targets.add(d.slug());
            return loaded.threads().thread(d, reportedLater);
        }).check(run.diagnostics());
        return targets;
    }

    /**
     * The renderer of the published site, once every output path it plans is known to be claimed
     * once ({@link OutputPlan}); none when the content, its links or its paths have errors.
     */
    private Optional<SiteRenderer> planOutput(Run run, Loaded loaded) {
        if (run.diagnostics().hasErrors()) {
            return Optional.empty();
        }
        SiteRenderer renderer = new SiteRenderer(markdown, loaded.theme(), loaded.published(), loaded.strings()::get);
        OutputPlan.checkCollisions(renderer.plannedPaths(), run.diagnostics());
        return run.diagnostics().hasErrors() ? Optional.empty() : Optional.of(renderer);
    }

    /**
     * A build that stops before rendering because of errors still reads and threads the comments
     * of every debate, so that their problems are reported in the same run as the others (without
     * progress: the build ends after loading).
     */
    private BuildResult stopped(Run run, Loaded loaded) {
        AtomicInteger total = new AtomicInteger();
        phase(run.unobserved(), Phase.DEBATE_PAGES, loaded.site().debates(),
                d -> total.addAndGet(loaded.threads().thread(d, run.diagnostics()).size()));
        return result(run, loaded.published(), total.get(), Counts.NONE);
    }

    private DebateStage debateStage(Run run, Loaded loaded, SiteRenderer renderer, Incremental incremental) {
        Set<String> published = loaded.published().debates().stream().map(Debate::slug).collect(Collectors.toSet());
        return new DebateStage(loaded.threads(), debateReader(run, loaded), renderer, published, incremental);
    }

    private SearchStage searchStage(Run run, Loaded loaded, SiteRenderer renderer, Incremental incremental) {
        return new SearchStage(renderer, new SearchStage.Rereading(loaded.threads().comments(), debateReader(run, loaded),
                threader, loaded.summaries(), incremental::restore),
                incremental.search().orElseGet(() -> new SearchStore(run.options().out())),
                incremental.plan().globalFingerprint(), incremental.plan().scan());
    }

    private DebateReader debateReader(Run run, Loaded loaded) {
        return new DebateReader(run.options().content(), loaded.site().config(), personIds(loaded.site()), markdown);
    }

    /**
     * Where the debates leave their search entries; emptied first for {@code --clean}. None for a
     * site without search ({@code search: false}), whose store, if an earlier build left one, goes.
     */
    private static Optional<SearchStore> searchStore(Run run, Site published) {
        SearchStore store = new SearchStore(run.options().out());
        if (!published.config().search()) {
            store.delete();
            return Optional.empty();
        }
        if (run.options().clean()) {
            store.clear();
        }
        return Optional.of(store);
    }

    /** What became of every debate of a build: its thread's counts and the cache's entry of it. */
    private static final class Debates {
        private final Map<String, ThreadStats> stats = new ConcurrentHashMap<>();
        private final Map<String, BuildCache.DebateEntry> entries = new ConcurrentHashMap<>();
        private final AtomicInteger comments = new AtomicInteger();

        void add(Debate d, DebateStage.Outcome outcome) {
            stats.put(d.slug(), outcome.stats());
            entries.put(d.slug(), outcome.entry());
            comments.addAndGet(outcome.stats().total());
        }

        int comments() {
            return comments.get();
        }

        Map<String, BuildCache.DebateEntry> entries() {
            return entries;
        }

        /** The counts of the published debates' threads, as the site's own pages show them. */
        Map<String, ThreadStats> counts(Site published) {
            return publishedStats(published, stats);
        }
    }

    /** The debates' step: each debate threaded, rendered and written (or kept), on the build's threads. */
    private static void writeDebates(Run run, Loaded loaded, DebateStage stage, SiteWriter writer, Debates debates) {
        phase(run, Phase.DEBATE_PAGES, loaded.site().debates(),
                d -> debates.add(d, stage.build(d, writer, run.diagnostics())));
    }

    /** The site's own files as written: the key they were rendered for, and their paths. */
    private record SitePages(long key, List<String> paths) {
    }

    /**
     * The step of the site's own pages (lists, feeds, sitemap): rendered and written, or kept when
     * what they show is unchanged since the last build and they are all still there.
     */
    private static SitePages writeSitePages(Run run, SiteRenderer renderer, Map<String, ThreadStats> counts,
            BuildCache cache, SiteWriter writer) {
        long key = listsKey(renderer, counts);
        if (key == cache.listsKey() && writer.keepAll(cache.siteOutputs())) {
            return new SitePages(key, cache.siteOutputs());
        }
        List<OutputFile> files = renderer.siteFiles(counts);
        phase(run, Phase.SITE_PAGES, files, writer::write);
        return new SitePages(key, files.stream().map(OutputFile::path).toList());
    }

    /** Work done while {@code other} runs; when it fails, {@code other} is waited for before the failure goes on. */
    private static <T> T awaitingOther(Background<?> other, IndexWork<T> work) throws InterruptedException {
        try {
            return work.run();
        } catch (RuntimeException | Error | InterruptedException e) {
            other.await();
            throw e;
        }
    }

    /** Work that may be interrupted. */
    @FunctionalInterface
    private interface IndexWork<T> {
        T run() throws InterruptedException;
    }

    /** The indexing step: the search index, unless the build already failed or the site has no search. */
    private static Optional<SearchIndexWriter> writeIndex(Run run, SearchStage search, Site published,
            SiteWriter writer) throws InterruptedException {
        if (run.diagnostics().hasErrors() || !published.config().search()) {
            return Optional.empty();
        }
        return Optional.of(search.write(published, writer, run.options().threads(), run.progress()));
    }

    /**
     * Puts the new output in place of the old: the last build's cache is removed first, so that a
     * cache never describes an output that changed after it; the search index's state follows the output.
     */
    private static OutputIndex commit(Run run, SiteWriter writer, SearchStage search,
            Optional<SearchIndexWriter> index) throws IOException {
        BuildCache.delete(run.options().out());
        search.forgetState();
        OutputIndex output = writer.commit();
        if (index.isPresent()) {
            search.saveState(index.get());
        }
        return output;
    }

    /**
     * The cache's step: what this build read and wrote, beside the output, for the next build (its
     * blobs written ahead by {@code ahead}).
     */
    private static void saveCache(CacheAhead ahead, BuildCache cache) throws IOException {
        ahead.save(cache);
    }

    /** Removes the cache's blobs written ahead, if any: the build failed. */
    private static void discard(CacheAhead ahead) {
        if (ahead != null) {
            ahead.discard();
        }
    }

    private BuildResult failed(Run run, Loaded loaded, Debates debates, String message) {
        run.diagnostics().error(SourcePosition.startOf(run.options().out()), message);
        return result(run, loaded.published(), debates.comments(), Counts.NONE);
    }

    /**
     * What the site's own pages (lists, feeds, sitemap, search) depend on beyond the global inputs:
     * the debates they show and the counts of their threads. When it is unchanged, they are kept.
     */
    private static long listsKey(SiteRenderer renderer, Map<String, ThreadStats> counts) {
        long h = renderer.neighbourhood();
        for (ThreadStats s : counts.values()) {
            h = Fingerprint.mix(h, Fingerprint.mix(s.published(), Fingerprint.mix(s.total(), s.topLevel())));
        }
        return h;
    }

    /** Nothing changed since the last build: its output stands as it is. */
    private BuildResult unchanged(Run run, BuildCache cache) {
        return new BuildResult(run.diagnostics().sorted(), cache.debateCount(), cache.commentCount(),
                pageCount(cache.outputs()), 0, cache.outputs().size(), elapsed(run));
    }

    /** How many pages an output holds: its HTML files. */
    private static int pageCount(OutputIndex output) {
        return (int) output.paths().stream().filter(p -> p.endsWith(".html")).count();
    }

    /** When the next scheduled debate becomes due (milliseconds since the epoch), or never. */
    private static long nextChange(Site site, Instant now) {
        return site.debates().stream().map(d -> d.date().instant()).filter(t -> t.isAfter(now))
                .mapToLong(Instant::toEpochMilli).min().orElse(Long.MAX_VALUE);
    }

    /**
     * The content, the debates of {@code summaries} taken from the cache, each debate read passed
     * through {@code keep} (which may keep its editors' text elsewhere until it is rendered).
     */
    private Site loadContent(Run run, Map<String, Debate> summaries, UnaryOperator<Debate> keep) {
        BuildOptions options = run.options();
        BuildProgress progress = run.progress();
        Diagnostics diagnostics = run.diagnostics();
        progress.started(Phase.LOAD, 0);
        AtomicInteger read = new AtomicInteger();
        Site site = loader.load(options.content(), diagnostics, summaries, keep, done -> {
            read.accumulateAndGet(done, Math::max);
            progress.advanced(Phase.LOAD, done);
        });
        progress.finished(Phase.LOAD, read.get());
        return site.withPages(site.pages().stream()
                .map(p -> p.comments().isEmpty() ? p : p.withThread(threader.thread(p.comments(), diagnostics)))
                .toList());
    }

    /**
     * The summaries of the debates whose folders did not change since the cache was written,
     * decoded in parallel (they are most of the work of a small rebuild).
     */
    private static Map<String, Debate> unchangedDebates(BuildCache cache, InputScan scan) {
        return cache.debates().values().parallelStream()
                .filter(e -> scan.debates().getOrDefault(e.slug(), 0L) == e.fingerprint())
                .collect(Collectors.toConcurrentMap(BuildCache.DebateEntry::slug, BuildCache.DebateEntry::debate));
    }

    private static Set<String> personIds(Site site) {
        return site.people().stream().map(p -> p.id()).collect(Collectors.toSet());
    }

    /**
     * The site as published: drafts and debates dated after {@code now} left out unless asked for,
     * and the base URL overridden.
     */
    static Site publishable(Site site, BuildOptions options, Instant now) {
        List<Debate> debates = site.debates().stream()
                .filter(d -> options.drafts() || !d.draft())
                .filter(d -> options.future() || !d.date().instant().isAfter(now))
                .toList();
        List<Page> pages = site.pages().stream().filter(p -> options.drafts() || !p.draft()).toList();
        var config = options.baseUrl().map(site.config()::withBaseUrl).orElse(site.config());
        return new Site(config, debates, site.people(), site.topics(), pages, site.redirects(), site.translations());
    }

    /** The counts of the published debates' threads, in the site's order. */
    private static Map<String, ThreadStats> publishedStats(Site published, Map<String, ThreadStats> stats) {
        Map<String, ThreadStats> kept = new LinkedHashMap<>();
        for (Debate d : published.debates()) {
            kept.put(d.slug(), stats.getOrDefault(d.slug(), ThreadStats.NONE));
        }
        return kept;
    }

    private BuildResult result(Run run, Site published, int comments, Counts counts) {
        return new BuildResult(run.diagnostics().sorted(), published.debates().size(), comments, counts.pages(),
                counts.written(), counts.unchanged(), elapsed(run));
    }

    private Duration elapsed(Run run) {
        return Duration.between(run.start(), clock.instant());
    }

    /**
     * Runs {@code action} on every item in parallel on {@code options.threads()} threads,
     * reporting progress; template failures and write errors become diagnostics.
     */
    private static <T> void phase(Run run, Phase phase, List<T> items, Consumer<T> action) {
        BuildOptions options = run.options();
        BuildProgress progress = run.progress();
        Diagnostics diagnostics = run.diagnostics();
        AtomicInteger done = new AtomicInteger();
        progress.started(phase, items.size());
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            pool.submit(() -> items.parallelStream().forEach(item -> {
                try {
                    action.accept(item);
                } catch (TemplateFailure e) {
                    diagnostics.error(new SourcePosition(Path.of(e.file()), e.line(), e.column()), e.getMessage());
                } catch (UncheckedIOException e) {
                    diagnostics.error(SourcePosition.startOf(options.out()), e.getMessage());
                }
                progress.advanced(phase, done.incrementAndGet());
            })).get();
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            diagnostics.error(SourcePosition.startOf(options.out()), "build interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("unexpected failure while rendering", e.getCause());
        } finally {
            pool.shutdown();
        }
        progress.finished(phase, done.get());
    }

    /** How many pages the output holds, and how many files were written and kept. */
    private record Counts(int pages, int written, int unchanged) {
        static final Counts NONE = new Counts(0, 0, 0);

        /** The pages of {@code output}, and what {@code writer} wrote and kept of it. */
        static Counts of(OutputIndex output, SiteWriter writer) {
            return new Counts(pageCount(output), writer.writtenCount(), writer.fileCount() - writer.writtenCount());
        }
    }
}
