package org.rostrum.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.rostrum.build.BuildProgress.Phase;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Archive;
import org.rostrum.model.Debate;
import org.rostrum.model.Page;
import org.rostrum.model.Site;
import org.rostrum.model.CommentThread;
import org.rostrum.output.OutputFile;
import org.rostrum.output.SiteWriter;
import org.rostrum.render.SiteRenderer;
import org.rostrum.render.TemplateFailure;
import org.rostrum.render.Theme;
import org.rostrum.source.ContentLoader;
import org.rostrum.thread.CommentThreader;

/**
 * One build of a site: load, thread, check links ({@link LinkChecker}), render, write. The same object serves {@code build},
 * {@code check} and the preview server; it holds no state between runs, so it can run any number of
 * times in one JVM.
 */
public final class SiteBuild {

    private final MarkdownRenderer markdown;
    private final ContentLoader loader;
    private final CommentThreader threader = new CommentThreader();
    private final Clock clock;

    /** A build with its own Markdown renderer (the expensive object worth sharing) and the clock it times itself by. */
    public SiteBuild(MarkdownRenderer markdown, Clock clock) {
        this.markdown = markdown;
        this.loader = new ContentLoader(markdown);
        this.clock = clock;
    }

    /**
     * Builds the site into {@code options.out()}. When anything fails the output folder is left as
     * it was, and the result lists every problem.
     */
    public BuildResult build(BuildOptions options) {
        return build(options, BuildProgress.NONE);
    }

    /** {@link #build(BuildOptions)}, telling {@code progress} how far it has got. */
    public BuildResult build(BuildOptions options, BuildProgress progress) {
        return run(options, true, progress);
    }

    /** Loads, threads and renders everything exactly as {@link #build} does, but writes nothing. */
    public BuildResult check(BuildOptions options) {
        return check(options, BuildProgress.NONE);
    }

    /** {@link #check(BuildOptions)}, telling {@code progress} how far it has got. */
    public BuildResult check(BuildOptions options, BuildProgress progress) {
        return run(options, false, progress);
    }

    private BuildResult run(BuildOptions options, boolean write, BuildProgress progress) {
        Instant start = clock.instant();
        Diagnostics diagnostics = new Diagnostics();
        Site site = load(options, progress, diagnostics);
        Archive archive = thread(publishable(site, options, start), site, progress, diagnostics);
        Theme theme = Theme.open(options.templates());
        new LinkChecker(archive, site.debates(), theme.staticFiles().keySet()).check(diagnostics);
        int comments = archive.threads().values().stream().mapToInt(CommentThread::size).sum();
        if (diagnostics.hasErrors()) {
            // Rendering needs a consistent archive; templates are checked once the content is clean.
            return new BuildResult(diagnostics.sorted(), archive.debates().size(), comments, 0, 0,
                    Duration.between(start, clock.instant()));
        }
        List<OutputFile> files = new SiteRenderer(markdown, theme).plan(archive, diagnostics);
        int pages = (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
        int written = 0;
        if (!diagnostics.hasErrors()) {
            written = write ? write(files, options, progress, diagnostics) : render(files, options, progress, diagnostics);
        }
        return new BuildResult(diagnostics.sorted(), archive.debates().size(), comments, pages,
                write && !diagnostics.hasErrors() ? written : 0, Duration.between(start, clock.instant()));
    }

    private Site load(BuildOptions options, BuildProgress progress, Diagnostics diagnostics) {
        progress.started(Phase.LOAD, 0);
        AtomicInteger read = new AtomicInteger();
        Site site = loader.load(options.content(), diagnostics, done -> {
            read.accumulateAndGet(done, Math::max);
            progress.advanced(Phase.LOAD, done);
        });
        progress.finished(Phase.LOAD, read.get());
        return site;
    }

    /**
     * The site as published: drafts and debates dated after {@code now} left out unless asked for,
     * and the base URL overridden.
     */
    private static Site publishable(Site site, BuildOptions options, Instant now) {
        List<Debate> debates = site.debates().stream()
                .filter(d -> options.drafts() || !d.draft())
                .filter(d -> options.future() || !d.date().instant().isAfter(now))
                .toList();
        List<Page> pages = site.pages().stream().filter(p -> options.drafts() || !p.draft()).toList();
        var config = options.baseUrl().map(site.config()::withBaseUrl).orElse(site.config());
        return new Site(config, debates, site.people(), site.topics(), pages);
    }

    /**
     * Threads the comments of every debate, drafts included so that a check finds their problems
     * too; the archive keeps the threads of the published ones.
     */
    private Archive thread(Site published, Site all, BuildProgress progress, Diagnostics diagnostics) {
        Map<String, CommentThread> threads = new HashMap<>();
        progress.started(Phase.THREAD, all.debates().size());
        for (Debate d : all.debates()) {
            CommentThread t = threader.thread(d.comments(), diagnostics);
            threads.put(d.slug(), t);
            progress.advanced(Phase.THREAD, threads.size());
        }
        progress.finished(Phase.THREAD, threads.size());
        Map<String, CommentThread> kept = new HashMap<>();
        for (Debate d : published.debates()) {
            kept.put(d.slug(), threads.get(d.slug()));
        }
        return new Archive(published, kept);
    }

    /** Renders and writes every file in parallel into a staging folder, then swaps it in. */
    private int write(List<OutputFile> files, BuildOptions options, BuildProgress progress, Diagnostics diagnostics) {
        try (SiteWriter writer = SiteWriter.begin(options.out())) {
            AtomicInteger count = new AtomicInteger();
            progress.started(Phase.RENDER, files.size());
            inParallel(files, options.threads(), file -> {
                writer.write(file);
                progress.advanced(Phase.RENDER, count.incrementAndGet());
            }, options.out(), diagnostics);
            progress.finished(Phase.RENDER, count.get());
            if (diagnostics.hasErrors()) {
                writer.abort();
                return 0;
            }
            writer.commit();
            return count.get();
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(options.out()), "cannot write the site: " + e.getMessage());
            return 0;
        }
    }

    /** Renders every generated file and throws the bytes away: a check's way of testing templates. */
    private int render(List<OutputFile> files, BuildOptions options, BuildProgress progress, Diagnostics diagnostics) {
        AtomicInteger count = new AtomicInteger();
        progress.started(Phase.RENDER, files.size());
        inParallel(files, options.threads(), file -> {
            if (file instanceof OutputFile.Generated g) {
                g.content().get();
            }
            progress.advanced(Phase.RENDER, count.incrementAndGet());
        }, options.out(), diagnostics);
        progress.finished(Phase.RENDER, count.get());
        return 0;
    }

    private static void inParallel(List<OutputFile> files, int threads, Consumer<OutputFile> action, Path out,
            Diagnostics diagnostics) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> files.parallelStream().forEach(file -> {
                try {
                    action.accept(file);
                } catch (TemplateFailure e) {
                    diagnostics.error(new SourcePosition(Path.of(e.file()), e.line(), e.column()), e.getMessage());
                } catch (UncheckedIOException e) {
                    diagnostics.error(SourcePosition.startOf(out.resolve(file.path())), e.getMessage());
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            diagnostics.error(SourcePosition.startOf(out), "build interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("unexpected failure while rendering", e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
