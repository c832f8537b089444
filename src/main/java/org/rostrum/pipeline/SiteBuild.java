package org.rostrum.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.rostrum.pipeline.BuildProgress.Phase;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Debate;
import org.rostrum.model.Page;
import org.rostrum.model.Site;
import org.rostrum.model.ThreadStats;
import org.rostrum.output.Fingerprint;
import org.rostrum.output.OutputFile;
import org.rostrum.output.OutputIndex;
import org.rostrum.output.SiteWriter;
import org.rostrum.i18n.Strings;
import org.rostrum.pipeline.cache.BuildCache;
import org.rostrum.pipeline.cache.CodeVersion;
import org.rostrum.pipeline.cache.InputScan;
import org.rostrum.pipeline.cache.SearchStore;
import org.rostrum.render.SiteRenderer;
import org.rostrum.render.TemplateFailure;
import org.rostrum.render.Theme;
import org.rostrum.search.SearchIndexWriter;
import org.rostrum.source.CommentReader;
import org.rostrum.source.ContentLoader;
import org.rostrum.source.DebateReader;
import org.rostrum.thread.CommentThreader;

/**
 * One build of a site: load, check links ({@link LinkChecker}), then thread, render and write debate
 * by debate. The same object serves {@code build}, {@code check} and the preview server; it holds
 * no state between runs, so it can run any number of times in one JVM.
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
    private final CommentEdit commentEdit;
    private final Clock clock;

    /** A build with its own Markdown renderer (the expensive object worth sharing) and the clock it times itself by. */
    public SiteBuild(MarkdownRenderer markdown, Clock clock) {
        this.markdown = markdown;
        this.loader = new ContentLoader(markdown);
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
     * folder is known to be one it may write ({@link OutputFolder}).
     */
    public BuildResult build(BuildOptions options, BuildProgress progress) {
        Instant start = clock.instant();
        Diagnostics diagnostics = new Diagnostics();
        Path out = OutputFolder.check(options, Path.of(""), diagnostics);
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), 0, 0, 0, 0, 0, Duration.between(start, clock.instant()));
        }
        return run(new Run(options.withOut(out), progress, diagnostics, start), true);
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
        return run(new Run(options, progress, new Diagnostics(), clock.instant()), false);
    }

    /** The whole build, in order: what changed, load, then thread, render and write. */
    private BuildResult run(Run run, boolean write) {
        BuildOptions options = run.options();
        Diagnostics diagnostics = run.diagnostics();
        Instant start = run.start();
        // The cache is read while the content is scanned: neither needs the other.
        Background<BuildCache> cached = write && !options.clean()
                ? Background.start("cache", () -> BuildCache.read(options.out())) : null;
        InputScan scan = InputScan.of(options.content(), options.templates());
        long globalFingerprint = globalFingerprint(options, scan);
        BuildCache cache = cached != null ? cached.join() : BuildCache.EMPTY;
        if (write && cache.unchangedFor(globalFingerprint, scan, start.toEpochMilli())
                && OutputCheck.allPresent(options.out(), cache.outputs().paths())) {
            return unchanged(cache, diagnostics, start);
        }
        // A site in several languages is rendered whole on every build that changed anything (each
        // language's pages show the others'); the writer still writes only the files whose bytes changed.
        boolean multilingual = write && loader.loadConfig(options.content(), new Diagnostics()).multilingual();
        OutputIndex previous = cache.outputs();
        if (multilingual) {
            cache = BuildCache.EMPTY;
        }
        if (write && !options.clean() && !multilingual) {
            try {
                Optional<CommentEdit.Result> edited = commentEdit.build(options, cache, scan, globalFingerprint,
                        start.toEpochMilli(), diagnostics);
                if (edited.isPresent()) {
                    CommentEdit.Result r = edited.get();
                    return new BuildResult(diagnostics.sorted(), cache.debateCount(), cache.commentCount(),
                            pageCount(r.index()),
                            r.written(), r.kept(), Duration.between(start, clock.instant()));
                }
            } catch (IOException e) {
                diagnostics.error(SourcePosition.startOf(options.out()), "cannot write the site: " + e.getMessage());
                return new BuildResult(diagnostics.sorted(), cache.debateCount(), cache.commentCount(), 0, 0, 0,
                        Duration.between(start, clock.instant()));
            }
        }
        if (cache.globalFingerprint() == globalFingerprint && !cache.loadBlobs()) {
            cache = BuildCache.EMPTY;
        }
        Map<String, Debate> summaries = cache.globalFingerprint() == globalFingerprint
                ? unchangedDebates(cache, scan) : Map.of();
        Site site = load(options, summaries, run.progress(), diagnostics);
        Site published = publishable(site, options, start);
        Map<String, Strings> strings = loader.loadStrings(options.content(), site.config(), diagnostics);
        Theme theme = Theme.open(options.templates());
        theme.reportLinksOutside(diagnostics);
        theme.reportMissingLogo(site.config(), diagnostics);
        Set<String> linkTargets = checkLinks(options, site, published, theme, diagnostics);
        if (diagnostics.hasErrors()) {
            return stopped(run, site, published);
        }
        SiteRenderer renderer = new SiteRenderer(markdown, theme, published, strings::get);
        OutputPlan.checkCollisions(renderer.plannedPaths(), diagnostics);
        if (diagnostics.hasErrors()) {
            return stopped(run, site, published);
        }
        CommentReader comments = new CommentReader(options.content(), site.config());
        DebateReader reader = new DebateReader(options.content(), site.config(), personIds(site), markdown);
        boolean searched = published.config().search();
        Optional<SearchStore> store = write && searched ? Optional.of(new SearchStore(options.out())) : Optional.empty();
        if (write && !searched) {
            new SearchStore(options.out()).delete();
        } else if (options.clean()) {
            store.ifPresent(SearchStore::clear);
        }
        DebateStage debates = new DebateStage(comments, reader, threader, renderer,
                published.debates().stream().map(Debate::slug).collect(Collectors.toSet()), summaries, cache, scan,
                store, globalFingerprint);
        SearchStage search = new SearchStage(renderer, new SearchStage.Rereading(comments, reader, threader, summaries),
                store.orElseGet(() -> new SearchStore(options.out())), globalFingerprint, scan);
        Stages stages = new Stages(site, published, renderer, debates, search, linkTargets);
        return write
                ? write(run, stages, new Known(cache.globalFingerprint() == globalFingerprint ? cache : BuildCache.EMPTY,
                        previous, globalFingerprint))
                : check(run, stages);
    }

    /**
     * A build that stops before rendering because of errors still reads and threads the comments
     * of every debate, so that their problems are reported in the same run as the others (without
     * progress: the build ends after loading).
     */
    private BuildResult stopped(Run run, Site site, Site published) {
        Diagnostics diagnostics = run.diagnostics();
        CommentReader comments = new CommentReader(run.options().content(), site.config());
        AtomicInteger total = new AtomicInteger();
        phase(run.unobserved(), Phase.THREAD, site.debates(),
                d -> total.addAndGet(threader.thread(comments.read(d.directory(), diagnostics), diagnostics).size()));
        return result(run, published, total.get(), Counts.NONE);
    }

    /**
     * Reports editors' links that point nowhere, and returns the debates whose threads links point
     * into (a comment, a part of a thread): their threads are read for it; their own problems are
     * reported when the debate is built.
     */
    private Set<String> checkLinks(BuildOptions options, Site site, Site published, Theme theme,
            Diagnostics diagnostics) {
        CommentReader comments = new CommentReader(options.content(), site.config());
        Diagnostics reportedLater = new Diagnostics();
        Set<String> targets = ConcurrentHashMap.newKeySet();
        new LinkChecker(published, site.debates(), theme.staticFiles().keySet(), d -> {
            targets.add(d.slug());
            return threader.thread(comments.read(d.directory(), reportedLater), reportedLater);
        }).check(diagnostics);
        return targets;
    }

    private BuildResult write(Run run, Stages stages, Known known) {
        BuildOptions options = run.options();
        Diagnostics diagnostics = run.diagnostics();
        Site published = stages.published();
        SiteRenderer renderer = stages.renderer();
        BuildCache cache = known.cache();
        Map<String, ThreadStats> stats = new ConcurrentHashMap<>();
        Map<String, BuildCache.DebateEntry> entries = new ConcurrentHashMap<>();
        AtomicInteger comments = new AtomicInteger();
        try (SiteWriter writer = SiteWriter.begin(options.out(), known.previous(), known.globalFingerprint())) {
            phase(run, Phase.THREAD, stages.site().debates(), d -> {
                DebateStage.Outcome outcome = stages.debates().build(d, writer, diagnostics);
                stats.put(d.slug(), outcome.stats());
                entries.put(d.slug(), outcome.entry());
                comments.addAndGet(outcome.stats().total());
            });
            Map<String, ThreadStats> counts = publishedStats(published, stats);
            long listsKey = listsKey(published, renderer, counts);
            List<String> siteOutputs = cache.siteOutputs();
            if (!(listsKey == cache.listsKey() && writer.keepAll(siteOutputs))) {
                List<OutputFile> files = renderer.siteFiles(counts);
                siteOutputs = files.stream().map(OutputFile::path).toList();
                phase(run, Phase.RENDER, files, writer::write);
            }
            Optional<SearchIndexWriter> index = Optional.empty();
            if (!diagnostics.hasErrors() && published.config().search()) {
                index = Optional.of(stages.search().write(published, writer, options.threads(), run.progress()));
            }
            if (diagnostics.hasErrors()) {
                writer.abort();
                return result(run, published, comments.get(), Counts.NONE);
            }
            BuildCache.delete(options.out());
            stages.search().forgetState();
            OutputIndex output = writer.commit();
            if (index.isPresent()) {
                stages.search().saveState(index.get());
            }
            new BuildCache(known.globalFingerprint(), nextChange(stages.site(), run.start()), published.debates().size(),
                    comments.get(), renderer.neighbourhood(), listsKey, siteOutputs, stages.linkTargets(), output,
                    entries, Optional.empty()).write(options.out());
            return result(run, published, comments.get(), new Counts(pageCount(output), writer.writtenCount(),
                    writer.fileCount() - writer.writtenCount()));
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(SourcePosition.startOf(options.out()), "cannot write the site: " + e.getMessage());
            return result(run, published, comments.get(), Counts.NONE);
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            diagnostics.error(SourcePosition.startOf(options.out()), "build interrupted");
            return result(run, published, comments.get(), Counts.NONE);
        }
    }

    private BuildResult check(Run run, Stages stages) {
        Site published = stages.published();
        Map<String, ThreadStats> stats = new ConcurrentHashMap<>();
        phase(run, Phase.THREAD, stages.site().debates(),
                d -> stats.put(d.slug(), stages.debates().check(d, run.diagnostics())));
        List<OutputFile> files = stages.renderer().siteFiles(publishedStats(published, stats));
        phase(run, Phase.RENDER, files, file -> {
            if (file instanceof OutputFile.Generated g) {
                g.content().get();
            }
        });
        int comments = stats.values().stream().mapToInt(ThreadStats::total).sum();
        int debatePages = published.debates().stream().mapToInt(d -> 1).sum();
        int pages = (int) files.stream().filter(f -> f.path().endsWith(".html")).count() + debatePages;
        return result(run, published, comments, new Counts(pages, 0, 0));
    }

    /**
     * What the site's own pages (lists, feeds, sitemap, search) depend on beyond the global inputs:
     * the debates they show and the counts of their threads. When it is unchanged, they are kept.
     */
    private static long listsKey(Site published, SiteRenderer renderer, Map<String, ThreadStats> counts) {
        long h = renderer.neighbourhood();
        for (Debate d : published.debates()) {
            ThreadStats s = counts.get(d.slug());
            h = Fingerprint.mix(h, Fingerprint.mix(s.published(), Fingerprint.mix(s.total(), s.topLevel())));
        }
        return h;
    }

    /** Nothing changed since the last build: its output stands as it is. */
    private BuildResult unchanged(BuildCache cache, Diagnostics diagnostics, Instant start) {
        return new BuildResult(diagnostics.sorted(), cache.debateCount(), cache.commentCount(),
                pageCount(cache.outputs()), 0,
                cache.outputs().size(), Duration.between(start, clock.instant()));
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

    private Site load(BuildOptions options, Map<String, Debate> summaries, BuildProgress progress,
            Diagnostics diagnostics) {
        progress.started(Phase.LOAD, 0);
        AtomicInteger read = new AtomicInteger();
        Site site = loader.load(options.content(), diagnostics, summaries, done -> {
            read.accumulateAndGet(done, Math::max);
            progress.advanced(Phase.LOAD, done);
        });
        progress.finished(Phase.LOAD, read.get());
        return site.withPages(site.pages().stream()
                .map(p -> p.comments().isEmpty() ? p : p.withThread(threader.thread(p.comments(), diagnostics)))
                .toList());
    }

    /**
     * A fingerprint of everything every output depends on: this Rostrum, the content other than
     * debates, the templates, and the options that change what is published.
     */
    static long globalFingerprint(BuildOptions options, InputScan scan) {
        String settings = options.drafts() + "|" + options.future() + "|" + options.baseUrl().orElse("");
        return Fingerprint.mix(Fingerprint.mix(CodeVersion.fingerprint(), scan.global()), Fingerprint.of(settings));
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

    private static Map<String, ThreadStats> publishedStats(Site published, Map<String, ThreadStats> stats) {
        Map<String, ThreadStats> kept = new HashMap<>();
        for (Debate d : published.debates()) {
            kept.put(d.slug(), stats.getOrDefault(d.slug(), ThreadStats.NONE));
        }
        return kept;
    }

    private BuildResult result(Run run, Site published, int comments, Counts counts) {
        return new BuildResult(run.diagnostics().sorted(), published.debates().size(), comments, counts.pages(),
                counts.written(), counts.unchanged(), Duration.between(run.start(), clock.instant()));
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

    /** One run: what it builds, where it tells how far it has got and what went wrong, and when it began. */
    private record Run(BuildOptions options, BuildProgress progress, Diagnostics diagnostics, Instant start) {
        /** The same run, telling nobody how far it has got. */
        Run unobserved() {
            return new Run(options, BuildProgress.NONE, diagnostics, start);
        }
    }

    /** What a run has loaded and set up before it threads, renders and writes. */
    private record Stages(Site site, Site published, SiteRenderer renderer, DebateStage debates, SearchStage search,
            Set<String> linkTargets) {
    }

    /**
     * What the last build left that this one may trust: its cache (empty when the global inputs
     * changed), what it wrote, and this build's fingerprint of the global inputs.
     */
    private record Known(BuildCache cache, OutputIndex previous, long globalFingerprint) {
    }

    /** How many pages the output holds, and how many files were written and kept. */
    private record Counts(int pages, int written, int unchanged) {
        static final Counts NONE = new Counts(0, 0, 0);
    }
}
