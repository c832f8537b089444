package org.rostrum.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rostrum.diag.Diagnostics;
import org.rostrum.output.Fingerprint;
import org.rostrum.output.OutputIndex;
import org.rostrum.pipeline.cache.BuildCache;
import org.rostrum.pipeline.cache.CodeVersion;
import org.rostrum.pipeline.cache.InputScan;
import org.rostrum.source.ContentLoader;

/**
 * Decides what a run does ({@link BuildPlan}) from its options, the last build's cache and a scan
 * of the inputs, before any content is read: nothing, when nothing changed and the output is all
 * there; a rebuild of a few debates, when only their comments changed ({@link CommentEdit});
 * otherwise a build that keeps what the cache says still holds, or renders everything when the
 * global inputs changed, the site has several languages, or {@code --clean} was asked for.
 */
final class Planner {

    /** Beyond this many debates with edited comments the full incremental build is as quick. */
    static final int MAX_EDITED_DEBATES = 64;

    private final ContentLoader loader;

    Planner(ContentLoader loader) {
        this.loader = loader;
    }

    /** The plan of a build into {@code run}'s output folder, which may be written. */
    BuildPlan forBuild(Run run) {
        BuildOptions options = run.options();
        // The cache is read while the content is scanned: neither needs the other.
        Background<BuildCache> cached = options.clean() ? null
                : Background.start("cache", () -> BuildCache.read(options.out()));
        InputScan scanned = InputScan.of(options.content(), options.templates());
        BuildCache cache = cached != null ? cached.join() : BuildCache.EMPTY;
        InputScan scan = scanned.verified(cache.racy(), options.content(), options.templates());
        long global = globalFingerprint(options, scan);
        long now = run.start().toEpochMilli();
        if (cache.unchangedFor(global, scan, now) && OutputCheck.allPresent(options.out(), cache.outputs().paths())) {
            return new BuildPlan(BuildPlan.Kind.UNCHANGED, cache, cache.outputs(), scan, global, List.of());
        }
        // A site in several languages is rendered whole on every build that changed anything (each
        // language's pages show the others'); the writer still writes only the files whose bytes changed.
        boolean multilingual = loader.loadConfig(options.content(), new Diagnostics()).multilingual();
        BuildCache trusted = multilingual || cache.globalFingerprint() != global ? BuildCache.EMPTY : cache;
        List<BuildCache.DebateEntry> edited = editedComments(trusted, scan, global, now);
        return new BuildPlan(edited.isEmpty() ? BuildPlan.Kind.BUILD : BuildPlan.Kind.COMMENT_EDIT, trusted,
                cache.outputs(), scan, global, edited);
    }

    /** The plan of a check: everything is loaded, threaded and rendered; nothing is kept or written. */
    BuildPlan forCheck(Run run) {
        InputScan scan = InputScan.of(run.options().content(), run.options().templates());
        return new BuildPlan(BuildPlan.Kind.CHECK, BuildCache.EMPTY, OutputIndex.EMPTY, scan,
                globalFingerprint(run.options(), scan), List.of());
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
     * The cache entries of the debates whose comments alone changed, or none when the build is not
     * a rebuild after comment edits: something global changed, a scheduled debate fell due, a debate
     * was added or removed, more than {@value #MAX_EDITED_DEBATES} changed, or a changed debate had
     * more than its comments changed or is the target of an editor's link.
     */
    private static List<BuildCache.DebateEntry> editedComments(BuildCache cache, InputScan scan,
            long globalFingerprint, long nowMillis) {
        if (cache.globalFingerprint() != globalFingerprint || nowMillis >= cache.nextChange()
                || !cache.debates().keySet().equals(scan.debates().keySet())) {
            return List.of();
        }
        List<BuildCache.DebateEntry> changed = new ArrayList<>();
        for (Map.Entry<String, Long> e : scan.debates().entrySet()) {
            BuildCache.DebateEntry entry = cache.debates().get(e.getKey());
            if (entry.fingerprint() == e.getValue()) {
                continue;
            }
            if (entry.pageFingerprint() != scan.pages().get(e.getKey()) || cache.linkTargets().contains(e.getKey())
                    || changed.size() == MAX_EDITED_DEBATES) {
                return List.of();
            }
            changed.add(entry);
        }
        return changed;
    }
}
