package org.rostrum.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rostrum.layout.Layout;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Block;
import org.rostrum.model.Comment;
import org.rostrum.model.Debate;
import org.rostrum.model.DebateImage;
import org.rostrum.model.ReaderPrompt;
import org.rostrum.model.Response;
import org.rostrum.model.CommentThread;

/**
 * Builds the views of a debate's pages: the debate itself with the first part of its thread, and
 * the further parts of a thread longer than {@code comments.per_page} top-level comments.
 *
 * <p>Comment bodies are rendered here, part by part, so that only one part's HTML is in memory at a
 * time per rendering thread. Safe to share between threads.
 */
final class DebatePages {

    private final ArchiveIndex index;
    private final MarkdownRenderer markdown;
    private final JsonDocuments json;
    private final int maxDrawnDepth;
    private final int perPage;

    DebatePages(ArchiveIndex index, MarkdownRenderer markdown, JsonDocuments json) {
        this.index = index;
        this.markdown = markdown;
        this.json = json;
        this.maxDrawnDepth = index.site.config().commentsMaxDepth() - 1;
        this.perPage = index.site.config().commentsPerPage();
    }

    /** How many pages a thread with {@code topLevel} top-level comments takes (at least 1: the debate page). */
    int partCount(int topLevel) {
        return Math.max(1, (topLevel + perPage - 1) / perPage);
    }

    /** The part of the thread a top-level comment number falls on. */
    int partOf(int number) {
        return (number - 1) / perPage + 1;
    }

    /**
     * The page of part {@code part} (1-based) of debate {@code d}, whose thread is {@code thread},
     * showing {@code context} of the rest of the archive.
     */
    DebatePage page(Debate d, CommentThread thread, int part, DebateContext context) {
        int parts = partCount(thread.topLevelCount());
        String href = Layout.threadPart(d.slug(), part);
        String title = part == 1 ? d.title()
                : index.strings.text("debate.part.title", d.title(), index.strings.number(part));
        PageMeta meta = new PageMeta(Layout.root(href), href, Layout.absolute(index.view.baseUrl(), href), title,
                d.summary(), part == 1 ? "debate" : "comments", index.languages(href), index.foreignText(d));
        List<CommentView> comments = commentViews(thread, part);
        int first = comments.stream().filter(CommentView::topLevel).mapToInt(CommentView::number).findFirst().orElse(0);
        int last = comments.stream().filter(CommentView::topLevel).mapToInt(CommentView::number).reduce((a, b) -> b)
                .orElse(0);
        Pagination pagination = Paging.of(part, parts, n -> Layout.threadPart(d.slug(), n));
        ThreadView threadView = new ThreadView(thread.publishedCount(), thread.size(), thread.topLevelCount(), comments,
                pagination, first, last, parts > 1 ? Layout.commentParts(d.slug()) : "");
        DebateView debate = debateView(d, context);
        String jsonLd = json.discussionJsonLd(index.view, meta, debate, threadView);
        return new DebatePage(index.view, meta, debate, threadView, context.previous(), context.next(),
                context.related(), jsonLd);
    }

    /** {@code comments.json}: the whole thread as data, with the part each comment is on. */
    byte[] commentsJson(Debate d, CommentThread thread) {
        return json.commentsJson(index.view, d, thread, this::partOf,
                n -> Layout.absolute(index.view.baseUrl(), Layout.threadPart(d.slug(), n)));
    }

    /**
     * {@code comments/parts.js} of a thread split into parts: for each part, its page (relative to
     * the script) and the fragments its comments answer to without {@code comment-} (the id, and
     * for an imported WordPress comment its old number), so that an old link to a comment that
     * lands on another part can be sent on to the right one.
     */
    byte[] commentPartsScript(Debate d, CommentThread thread) {
        int parts = partCount(thread.topLevelCount());
        List<String> pages = new ArrayList<>(parts);
        List<List<String>> fragments = new ArrayList<>(parts);
        for (int n = 1; n <= parts; n++) {
            pages.add(Layout.threadPartFromCommentParts(n));
            fragments.add(new ArrayList<>());
        }
        Set<String> ids = new HashSet<>();
        thread.comments().forEach(c -> ids.add(c.id()));
        for (Comment c : thread.comments()) {
            List<String> part = fragments.get(partOf(c.number()) - 1);
            part.add(c.id());
            oldAnchor(c.id(), ids).ifPresent(anchor -> part.add(Layout.commentOfAnchor(anchor).orElseThrow()));
        }
        return json.commentPartsScript(pages, fragments);
    }

    private DebateView debateView(Debate d, DebateContext context) {
        List<BlockView> body = new ArrayList<>(d.body().size());
        Map<Integer, ReaderPrompt> prompts = new HashMap<>();
        int responses = 0;
        for (Block block : d.body()) {
            if (block instanceof ReaderPrompt prompt) {
                prompts.put(prompt.index(), prompt);
                body.add(new BlockView("reader", prompt.html(), readerAnchor(prompt), prompt.name(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
            } else if (block instanceof Response response) {
                responses++;
                Optional<ReaderPrompt> answered = response.promptIndex().isPresent()
                        ? Optional.ofNullable(prompts.get(response.promptIndex().getAsInt())) : Optional.empty();
                body.add(new BlockView("response", response.html(), responseAnchor(responses), "",
                        Optional.of(context.person(response.personId())), answered.map(ReaderPrompt::name),
                        answered.map(DebatePages::readerAnchor)));
            } else {
                body.add(new BlockView("text", block.html(), "", "", Optional.empty(), Optional.empty(),
                        Optional.empty()));
            }
        }
        Optional<ImageView> image = d.image().map(img -> imageView(d, img));
        return new DebateView(d.slug(), d.title(), Layout.debate(d.slug()), index.formats.date(d.date()),
                d.updated().map(index.formats::date), context.topics(), d.summary(), image,
                d.status().name().toLowerCase(java.util.Locale.ROOT), body,
                d.participantIds().stream().map(context::person).toList(),
                d.authorIds().stream().map(context::person).toList());
    }

    static String readerAnchor(ReaderPrompt prompt) {
        return Layout.readerAnchor(prompt.index() + 1);
    }

    static String responseAnchor(int ordinal) {
        return Layout.responseAnchor(ordinal);
    }

    private static ImageView imageView(Debate d, DebateImage img) {
        return new ImageView(Layout.debateFolder(d.slug()) + img.file(), img.alt().orElse(""), img.credit());
    }

    /**
     * The comments of one part, with the nesting of each: drawn depth capped at
     * {@code max_depth - 1}, whether it opens a reply list, how many lists close after it, and how
     * many comments each opened list holds. One pass with a stack no deeper than {@code max_depth}.
     */
    private List<CommentView> commentViews(CommentThread thread, int part) {
        List<Comment> all = thread.comments();
        int from = 0;
        while (from < all.size() && partOf(all.get(from).number()) < part) {
            from++;
        }
        int to = from;
        while (to < all.size() && partOf(all.get(to).number()) == part) {
            to++;
        }
        return commentViews(thread, from, to);
    }

    /**
     * A standalone page's thread, shown whole on the page: pages are not split into parts; empty
     * when the page has no comments.
     */
    Optional<ThreadView> wholeThread(CommentThread thread) {
        if (thread.size() == 0) {
            return Optional.empty();
        }
        List<CommentView> comments = commentViews(thread, 0, thread.size());
        int last = thread.topLevelCount();
        return Optional.of(new ThreadView(thread.publishedCount(), thread.size(), thread.topLevelCount(), comments,
                Paging.of(1, 1, n -> ""), last == 0 ? 0 : 1, last, ""));
    }

    /** The views of comments {@code from} (inclusive) to {@code to} (exclusive) of {@code thread}. */
    private List<CommentView> commentViews(CommentThread thread, int from, int to) {
        List<Comment> all = thread.comments();
        Map<String, Comment> byId = new HashMap<>();
        for (Comment c : all) {
            byId.put(c.id(), c);
        }
        int n = to - from;
        int[] drawn = new int[n];
        for (int i = 0; i < n; i++) {
            drawn[i] = Math.min(all.get(from + i).depth(), maxDrawnDepth);
        }
        int[] replyTotal = new int[n];
        int[] open = new int[maxDrawnDepth + 2];
        int openCount = 0;
        for (int i = 0; i < n; i++) {
            while (openCount > 0 && drawn[open[openCount - 1]] >= drawn[i]) {
                int o = open[--openCount];
                replyTotal[o] = i - o - 1;
            }
            if (i + 1 < n && drawn[i + 1] > drawn[i]) {
                open[openCount++] = i;
            }
        }
        while (openCount > 0) {
            int o = open[--openCount];
            replyTotal[o] = n - o - 1;
        }
        List<CommentView> views = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Comment c = all.get(from + i);
            int next = i + 1 < n ? drawn[i + 1] : 0;
            boolean opens = next > drawn[i];
            Optional<Comment> parent = c.parentId().map(byId::get);
            views.add(new CommentView(c.id(), Layout.commentAnchor(c.id()), oldAnchor(c.id(), byId.keySet()), displayName(c), c.author().isEmpty(),
                    c.staff() && !c.isRemoved(),
                    c.isRemoved() ? Optional.empty() : c.authorUrl(),
                    c.date().map(index.formats::dateTime), c.isRemoved() ? "" : markdown.renderComment(c.body()),
                    c.isRemoved() ? "" : c.body().strip(),
                    c.isRemoved(), c.isTopLevel(), c.number(), drawn[i], c.depth() > drawn[i],
                    parent.map(this::parentName), parent.map(p -> Layout.commentAnchor(p.id())), opens,
                    opens ? replyTotal[i] : 0, opens ? 0 : drawn[i] - next,
                    c.isRemoved() ? Optional.empty() : c.lang()));
        }
        return views;
    }

    /**
     * The fragment WordPress gave comment {@code wp-<n>} on its old page, {@code comment-<n>}, unless a
     * comment with id {@code <n>} of the same debate answers to it already.
     */
    static Optional<String> oldAnchor(String id, Set<String> ids) {
        if (!id.startsWith("wp-") || id.length() == 3 || !id.substring(3).chars().allMatch(ch -> ch >= '0' && ch <= '9')
                || ids.contains(id.substring(3))) {
            return Optional.empty();
        }
        return Optional.of(Layout.commentAnchor(id.substring(3)));
    }

    /**
     * The name shown for a comment: its author, the site's word for an anonymous one
     * ({@code comment.anonymous}), or nothing for a removed comment.
     */
    String displayName(Comment c) {
        return c.isRemoved() ? "" : c.author().orElseGet(() -> index.strings.text("comment.anonymous"));
    }

    /** How a reply names the comment it answers ({@code comment.removed.parent} for a removed one). */
    private String parentName(Comment parent) {
        return parent.isRemoved() ? index.strings.text("comment.removed.parent") : displayName(parent);
    }
}
