package org.rostrum.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rostrum.diag.Diagnostics;
import org.rostrum.layout.Layout;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Debate;
import org.rostrum.model.Site;
import org.rostrum.output.OutputFile;
import org.rostrum.output.OutputIndex;
import org.rostrum.output.SiteWriter;
import org.rostrum.pipeline.cache.BuildCache;
import org.rostrum.pipeline.cache.DebateCodec;
import org.rostrum.pipeline.cache.InputScan;
import org.rostrum.pipeline.cache.SearchStore;
import org.rostrum.render.DebateContext;
import org.rostrum.i18n.Strings;
import org.rostrum.render.SiteRenderer;
import org.rostrum.render.TemplateFailure;
import org.rostrum.render.Theme;
import org.rostrum.search.IndexPatch;
import org.rostrum.search.PreparedDocuments;
import org.rostrum.search.SearchIndexWriter;
import org.rostrum.search.Stemmer;
import org.rostrum.source.CommentReader;
import org.rostrum.source.ContentLoader;
import org.rostrum.source.DebateReader;
import org.rostrum.thread.CommentThreader;

/**
 * The rebuild after an edit of comments alone, the most common change to an archive, done without
 * loading the rest of it: only the changed debates are read, threaded and rendered, with what their
 * pages show of the other debates ({@link DebateContext}) taken from the cache, and every other file
 * is kept.
 *
 * <p>It applies when, since the last build, nothing global changed, no debate was added or removed,
 * and in each changed debate (at most {@value Planner#MAX_EDITED_DEBATES}) only {@code comments.yaml},
 * {@code comments.json} or {@code comments/} changed ({@link Planner} finds them). Its thread must
 * still have the counts it had
 * (other pages show them), no editors' link may point into it (its comments' ids could have
 * changed), and its comments must read without errors. Otherwise, or on any doubt, it declines and
 * the full incremental build runs, which gives the same site; {@code CommentEditTest} and
 * {@code IncrementalBuildTest} hold the two to the same bytes.
 *
 * <p>The search index is patched ({@link IndexPatch}): the edited debates' stored entries with
 * their new comments replace their documents' postings in the shards, and their document fragments
 * are written again; no other debate is read. It declines when an entry or the index's state is
 * missing, or when the patch cannot apply.
 */
final class CommentEdit {

    private final MarkdownRenderer markdown;
    private final ContentLoader loader;
    private final CommentThreader threader;

    CommentEdit(MarkdownRenderer markdown, ContentLoader loader, CommentThreader threader) {
        this.markdown = markdown;
        this.loader = loader;
        this.threader = threader;
    }

    /** A changed debate, read and threaded, with what the last build knew of it. */
    private record Changed(BuildCache.DebateEntry before, Debate debate, CommentThread thread,
            Optional<DebateContext> context) {
    }

    /**
     * Rebuilds the debates of {@code plan} whose comments alone changed, or returns empty when this
     * build is not such a rebuild after all (then the output is as it was).
     *
     * @throws IOException when the output could not be written
     */
    Optional<Result> build(Run run, BuildPlan plan) throws IOException {
        BuildOptions options = run.options();
        BuildCache cache = plan.cache();
        List<BuildCache.DebateEntry> changed = plan.editedDebates();
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        SearchStore store = new SearchStore(options.out());
        Optional<List<String>> order = store.order();
        Optional<IndexPatch> patch = IndexPatch.open(store.folder());
        if (order.isEmpty() || patch.isEmpty() || patch.get().debates() != order.get().size()) {
            return Optional.empty();
        }
        try (SiteWriter writer = SiteWriter.begin(options.out(), cache.outputs(), plan.globalFingerprint())) {
            // The edited debates make the same files as before (their threads' counts, bundle files
            // and aliases are unchanged), so every other file is kept; checking that each is still
            // there goes on while they are rebuilt.
            Set<String> rebuilt = new HashSet<>();
            changed.forEach(e -> rebuilt.addAll(e.outputs()));
            cache.outputs().paths().stream().filter(CommentEdit::isSearchTerms).forEach(rebuilt::add);
            for (BuildCache.DebateEntry e : changed) {
                int at = order.get().indexOf(e.slug());
                if (at >= 0) {
                    rebuilt.addAll(patch.get().fragmentPaths(at));
                }
            }
            Search search = new Search(store, order.get(), patch.get());
            Background<Boolean> kept = Background.start("keep", () -> writer.keepAllBut(rebuilt));
            Diagnostics own = new Diagnostics();
            Optional<Map<String, BuildCache.DebateEntry>> entries = rebuild(run, plan, writer, search, own);
            if (!kept.join() || entries.isEmpty()) {
                writer.abort();
                return Optional.empty();
            }
            run.diagnostics().addAll(own);
            // The cache is moved aside while the output changes, then gets its new index.
            Path detached = BuildCache.detach(options.out());
            IndexPatch.forget(store.folder());
            OutputIndex index = writer.commit();
            patch.get().save();
            cache.with(index, entries.get(), plan.scan().racy()).rewriteIndex(detached, options.out());
            return Optional.of(new Result(index, writer.writtenCount(), writer.fileCount() - writer.writtenCount()));
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Reads, threads, renders and writes the changed debates, and returns the cache's entries
     * after it, or empty when this is not a rebuild after comment edits after all (then what
     * went to {@code own}, not to the run's diagnostics, is left for the full build to report).
     */
    private Optional<Map<String, BuildCache.DebateEntry>> rebuild(Run run, BuildPlan plan, SiteWriter writer,
            Search search, Diagnostics own) {
        BuildOptions options = run.options();
        BuildCache cache = plan.cache();
        InputScan scan = plan.scan();
        Site globals = loader.loadSettingsAndPages(options.content(), own);
        Set<String> personIds = loader.personIds(options.content(), own);
        Map<String, Strings> strings = loader.loadStrings(options.content(), globals.config(), own);
        if (own.hasErrors()) {
            return Optional.empty();
        }
        Site published = SiteBuild.publishable(globals, options, Instant.ofEpochMilli(run.start().toEpochMilli()));
        Background<SiteRenderer> renderer = Background.start("templates",
                () -> new SiteRenderer(markdown, Theme.open(options.templates()), published, strings::get));
        DebateReader reader = new DebateReader(options.content(), globals.config(), personIds, markdown);
        CommentReader comments = new CommentReader(options.content(), globals.config());
        List<Changed> debates = new ArrayList<>();
        for (BuildCache.DebateEntry entry : plan.editedDebates()) {
            Path dir = options.content().resolve("debates").resolve(entry.slug());
            Optional<Debate> debate = reader.read(dir, own);
            if (debate.isEmpty() || own.hasErrors()) {
                return Optional.empty();
            }
            CommentThread thread = threader.thread(comments.read(dir, own), own);
            if (own.hasErrors() || !thread.stats().equals(entry.stats())) {
                return Optional.empty();
            }
            Optional<DebateContext> context;
            try {
                context = entry.outputs().isEmpty() ? Optional.empty()
                        : Optional.of(DebateCodec.context(entry.context()));
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty();
            }
            debates.add(new Changed(entry, debate.get(), thread, context));
        }
        Map<String, BuildCache.DebateEntry> entries = new HashMap<>(cache.debates());
        for (Changed c : debates) {
            List<OutputFile> files = c.context().isEmpty() ? List.of()
                    : renderer.join().debateFiles(c.debate(), c.thread(), c.context().get());
            List<String> outputs = files.stream().map(OutputFile::path).toList();
            if (!Set.copyOf(outputs).equals(Set.copyOf(c.before().outputs()))) {
                return Optional.empty();
            }
            for (OutputFile file : files) {
                try {
                    writer.write(file);
                } catch (TemplateFailure e) {
                    return Optional.empty();   // the full build reports it
                }
            }
            BuildCache.DebateEntry e = c.before();
            entries.put(e.slug(), new BuildCache.DebateEntry(e.slug(), scan.debates().get(e.slug()),
                    e.pageFingerprint(), e.stats(), outputs, e.blob()));
        }
        if (!reindex(plan, new Edited(debates, renderer.join(), Stemmer.forLanguage(published.config().language())),
                writer, search, options.out())) {
            return Optional.empty();
        }
        return Optional.of(entries);
    }

    /** The search index's store, the order of its debates, and its state. */
    private record Search(SearchStore store, List<String> order, IndexPatch patch) {
    }

    /** The changed debates, read and threaded, the renderer of their pages and the stemmer of their words. */
    private record Edited(List<Changed> debates, SiteRenderer renderer, Stemmer stemmer) {
    }

    /**
     * Whether the last build wrote {@code path} as a term shard, a capped term's set or the manifest
     * (a patch writes them all again).
     */
    private static boolean isSearchTerms(String path) {
        return path.equals(Layout.searchManifest())
                || (path.startsWith(Layout.searchFolder() + "t/") || path.startsWith(Layout.searchFolder() + "s/"))
                && path.endsWith(".js");
    }

    /**
     * Patches the search index: the edited debates' entries are their stored ones with new
     * comments. False when an entry is missing or the patch cannot apply (then the full build
     * indexes what it must).
     */
    private boolean reindex(BuildPlan plan, Edited edited, SiteWriter writer, Search search, Path out) {
        long globalFingerprint = plan.cache().globalFingerprint();
        Map<String, PreparedDocuments> fresh = new HashMap<>();
        Map<Integer, PreparedDocuments> prepared = new HashMap<>();
        for (Changed c : edited.debates()) {
            String slug = c.before().slug();
            int at = search.order().indexOf(slug);
            Optional<PreparedDocuments> old = search.store().read(slug,
                    SearchStage.key(globalFingerprint, c.before().fingerprint()));
            if (old.isEmpty()) {
                if (at >= 0) {
                    return false;
                }
                continue;
            }
            PreparedDocuments entry = old.get().withComments(
                    SearchIndexWriter.prepare(edited.stemmer(), Optional.empty(),
                            edited.renderer().searchComments(c.debate(), c.thread())));
            fresh.put(slug, entry);
            if (at >= 0) {
                prepared.put(at, entry);
            }
        }
        Optional<List<SearchIndexWriter.IndexFile>> files;
        try {
            files = search.patch().apply(out, prepared);
        } catch (IOException e) {
            return false;
        }
        if (files.isEmpty()) {
            return false;
        }
        files.get().forEach(f -> writer.write(new OutputFile.Generated(f.path(), f::content)));
        fresh.forEach((slug, entry) -> search.store().write(slug,
                SearchStage.key(globalFingerprint, plan.scan().debates().get(slug)), entry));
        search.store().save();
        return true;
    }

    /**
     * What was written: the output's index, and how many files were written and kept.
     */
    record Result(OutputIndex index, int written, int kept) {
    }
}
