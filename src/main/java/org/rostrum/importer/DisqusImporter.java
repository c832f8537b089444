package org.rostrum.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.importer.DisqusReader.Post;
import org.rostrum.importer.ImportReport.Format;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.model.Timestamp;
import org.rostrum.source.ContentWriter;

/**
 * Imports a Disqus export into the debates and standalone pages already in a content folder.
 *
 * <p>Each {@code <thread>} is matched to a debate by its identifier (a debate's slug, or an address
 * among its words) or by its link, compared with the debate's page {@code /debates/<slug>/} and its
 * {@code aliases}, or to a standalone page the same way ({@code /about/team/} and the page's
 * {@code aliases}); see {@link DebateIndex}. Several threads may match one debate or page (the same
 * page under {@code http:} and {@code https:}, say); their posts are put together. Posts become comments with ids
 * {@code dq-<post id>} and their parents; deleted posts become removed placeholders; spam is skipped
 * (see {@link ThreadPlanner}). Author e-mail addresses, user names and IP addresses are never read.
 *
 * <p>Merging: the comments go into the debate's {@code comments.yaml}, or the page's
 * {@code pages/<path>.comments.yaml}. Entries whose id starts with
 * {@code dq-} are the importer's own and are replaced as a whole by each import; every other entry
 * (the editors' or another importer's) is kept as written. Importing the same export again therefore
 * gives the same file, and the file is not rewritten. A debate that keeps its comments in
 * {@code comments.json} is reported and left alone, since writing {@code comments.yaml} would hide it.
 *
 * <p>Memory: Disqus writes every {@code <thread>} first and then every {@code <post>}, possibly
 * millions of them, in time order across all threads. The export is read once with StAX; threads are
 * kept in memory (a few short strings each), and each post of a thread that can still match is
 * spilled to a temporary file ({@link PostSpill}) with only its offset kept in memory. Afterwards
 * the debates are written one at a time, each reading back just its own posts. Memory is therefore
 * bounded by the thread list, one offset per post and the largest single debate's comments.
 *
 * <p>Problems in the export are reported to the diagnostics with their position; no exception
 * escapes for bad input. A run is not thread-safe.
 */
public final class DisqusImporter {

    private static final String ID_PREFIX = "dq-";
    private static final Pattern POST_ID = Pattern.compile("[0-9A-Za-z_-]{1,61}");

    private final ContentWriter writer = new ContentWriter();
    private final HtmlToMarkdown html = new HtmlToMarkdown();

    public DisqusImporter() {
    }

    /**
     * Imports {@code export} into the debates under {@code into}.
     *
     * @return what was read and where it went; its numbers add up even when reading stopped at an error
     */
    public ImportReport run(Path export, Path into, Diagnostics diagnostics) {
        Optional<String> unreadable = XmlInput.whyUnreadable(export);
        if (unreadable.isPresent()) {
            diagnostics.error(SourcePosition.startOf(export), "cannot read the export: " + unreadable.get());
            Tally tally = new Tally(Format.DISQUS);
            tally.add(Outcome.EXPORT_UNREAD);
            return tally.report();
        }
        Run run = new Run(export, into, diagnostics);
        try (PostSpill spill = new PostSpill(export)) {
            run.read(spill);
            run.writeDebates(spill);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(export), "cannot import: " + e.getMessage());
            run.tally.add(Outcome.EXPORT_UNREAD);
        }
        return run.tally.report();
    }

    /** A thread as remembered between reading and writing. */
    private static final class ThreadState {
        final DisqusReader.Thread thread;
        final Optional<DebateIndex.Target> target;
        int unmatchedPosts;

        ThreadState(DisqusReader.Thread thread, Optional<DebateIndex.Target> target) {
            this.thread = thread;
            this.target = target;
        }
    }

    /** The state of one import. */
    private final class Run {
        private final Path export;
        private final Path into;
        private final Diagnostics diagnostics;
        private final Tally tally = new Tally(Format.DISQUS);
        private final DebateIndex debates;
        private final Map<String, ThreadState> threads = new LinkedHashMap<>();
        private final Map<String, LongList> postsByThread = new HashMap<>();

        Run(Path export, Path into, Diagnostics diagnostics) {
            this.export = export;
            this.into = into;
            this.diagnostics = diagnostics;
            this.debates = DebateIndex.read(into, writer, diagnostics);
        }

        void read(PostSpill spill) throws IOException {
            try (DisqusReader reader = DisqusReader.open(export, diagnostics)) {
                Optional<DisqusReader.Entry> entry;
                while ((entry = reader.next()).isPresent()) {
                    if (entry.get() instanceof DisqusReader.Thread thread) {
                        readThread(thread);
                    } else if (entry.get() instanceof Post post) {
                        readPost(post, spill);
                    }
                }
            } catch (XMLStreamException e) {
                diagnostics.error(XmlInput.positionOf(export, e), XmlInput.describe(e)
                        + "; the export was not read past this point");
                tally.add(Outcome.EXPORT_UNREAD);
            }
        }

        private void readThread(DisqusReader.Thread thread) {
            tally.itemRead();
            if (thread.id().isEmpty()) {
                diagnostics.error(thread.position(), "thread without a dsq:id");
                tally.add(Outcome.ITEM_ERROR);
                return;
            }
            if (threads.containsKey(thread.id())) {
                diagnostics.error(thread.position(), "duplicate thread " + thread.id() + " (first at line "
                        + threads.get(thread.id()).thread.position().line() + ")");
                tally.add(Outcome.ITEM_ERROR);
                return;
            }
            Optional<DebateIndex.Target> target = debates.match(thread.identifier(), thread.link());
            threads.put(thread.id(), new ThreadState(thread, target));
            tally.add(target.isEmpty() ? Outcome.THREAD_UNMATCHED
                    : target.get().page() ? Outcome.THREAD_MATCHED_PAGE : Outcome.THREAD_MATCHED);
        }

        private void readPost(Post post, PostSpill spill) throws IOException {
            tally.commentsRead(1);
            if (!POST_ID.matcher(post.id()).matches()) {
                diagnostics.error(post.position(), "post without a valid dsq:id ('" + post.id() + "')");
                tally.add(Outcome.COMMENT_ERROR);
                return;
            }
            ThreadState thread = threads.get(post.threadId());
            if (thread != null && thread.target.isEmpty()) {
                thread.unmatchedPosts++;
                tally.add(Outcome.COMMENT_THREAD_SKIPPED);
                return;
            }
            Post kept = post.spam() || post.deleted()
                    ? new Post(post.position(), post.id(), post.threadId(), post.parentId(), post.createdAt(),
                            post.deleted(), post.spam(), "", "")
                    : post;
            postsByThread.computeIfAbsent(post.threadId(), k -> new LongList()).add(spill.append(kept));
        }

        void writeDebates(PostSpill spill) throws IOException {
            Map<DebateIndex.Target, List<String>> threadsByTarget =
                    new TreeMap<>(Comparator.comparing(DebateIndex.Target::sortKey));
            for (ThreadState state : threads.values()) {
                state.target.ifPresent(target -> threadsByTarget.computeIfAbsent(target, k -> new ArrayList<>())
                        .add(state.thread.id()));
            }
            reportPostsWithoutThread(spill);
            for (Map.Entry<DebateIndex.Target, List<String>> entry : threadsByTarget.entrySet()) {
                writeThread(entry.getKey(), entry.getValue(), spill);
            }
            for (ThreadState state : threads.values()) {
                if (state.unmatchedPosts > 0) {
                    diagnostics.warning(state.thread.position(), "thread " + state.thread.id() + " ('"
                            + state.thread.link() + "') matches no debate or page; its " + state.unmatchedPosts
                            + (state.unmatchedPosts == 1 ? " post is" : " posts are") + " not imported");
                }
            }
        }

        private void reportPostsWithoutThread(PostSpill spill) throws IOException {
            for (Map.Entry<String, LongList> entry : postsByThread.entrySet()) {
                ThreadState state = threads.get(entry.getKey());
                if (state != null && state.target.isPresent()) {
                    continue;
                }
                for (long offset : entry.getValue().toArray()) {
                    Post post = spill.read(offset);
                    if (state == null) {
                        diagnostics.error(post.position(), "post " + post.id() + " belongs to thread '"
                                + post.threadId() + "', which is not in the export");
                        tally.add(Outcome.COMMENT_NO_THREAD);
                    } else {
                        state.unmatchedPosts++;
                        tally.add(Outcome.COMMENT_THREAD_SKIPPED);
                    }
                }
            }
        }

        /** Merges the posts of {@code threadIds} into the comments file of {@code target}. */
        private void writeThread(DebateIndex.Target target, List<String> threadIds, PostSpill spill)
                throws IOException {
            List<Long> offsets = new ArrayList<>();
            Map<String, String> linkOfThread = new HashMap<>();
            for (String threadId : threadIds) {
                linkOfThread.put(threadId, threads.get(threadId).thread.link());
                LongList list = postsByThread.get(threadId);
                if (list != null) {
                    for (long offset : list.toArray()) {
                        offsets.add(offset);
                    }
                }
            }
            offsets.sort(null);
            List<ExportedComment> comments = new ArrayList<>(offsets.size());
            Map<String, String> linkOfPost = new HashMap<>();
            for (long offset : offsets) {
                Post post = spill.read(offset);
                comments.add(exported(post));
                linkOfPost.put(post.id(), linkOfThread.getOrDefault(post.threadId(), ""));
            }
            Path file = target.commentsFile(into);
            Path json = file.resolveSibling("comments.json");
            if (!target.page() && !Files.exists(file) && Files.exists(json)) {
                diagnostics.error(SourcePosition.startOf(json), "cannot add Disqus "
                        + "comments to comments.json; convert it to comments.yaml and import again");
                tally.add(Outcome.COMMENT_ERROR, comments.size());
                return;
            }
            ThreadPlanner.Plan plan = ThreadPlanner.plan(comments, ID_PREFIX,
                    c -> html.convert(c.html(), linkOfPost.getOrDefault(c.key(), "")), diagnostics);
            if (!writer.mergeComments(file, id -> id.startsWith(ID_PREFIX), plan.comments(), diagnostics)) {
                tally.add(Outcome.COMMENT_ERROR, comments.size());
                return;
            }
            plan.counts().forEach(tally::add);
            if (!plan.comments().isEmpty()) {
                tally.add(target.page() ? Outcome.PAGES_UPDATED : Outcome.DEBATES_UPDATED);
            }
        }

        private ExportedComment exported(Post post) {
            Outcome fate = post.spam() ? Outcome.COMMENT_SPAM
                    : post.deleted() ? Outcome.COMMENT_DELETED : Outcome.COMMENT_WRITTEN;
            String author = HtmlToMarkdown.decodeEntities(post.author()).replaceAll("\\s+", " ").strip();
            return new ExportedComment(post.id(), post.parentId().isEmpty() ? Optional.empty()
                    : Optional.of(post.parentId()), fate, author.isEmpty() ? Optional.empty() : Optional.of(author),
                    Optional.empty(), date(post), post.message(), post.position());
        }

        private Optional<Timestamp> date(Post post) {
            try {
                OffsetDateTime at = OffsetDateTime.parse(post.createdAt());
                return Optional.of(new Timestamp(at.atZoneSameInstant(ZoneOffset.UTC), false));
            } catch (DateTimeParseException e) {
                if (!post.createdAt().isEmpty()) {
                    diagnostics.warning(post.position(), "post " + post.id() + " has an unreadable createdAt '"
                            + post.createdAt() + "'; written without a date");
                }
                return Optional.empty();
            }
        }
    }

    /** A growable list of offsets without boxing: one per post of a large export. */
    static final class LongList {
        private long[] values = new long[4];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
