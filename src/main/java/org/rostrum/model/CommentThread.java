package org.rostrum.model;

import java.util.List;

/**
 * The validated comment tree of one debate, flattened in reading order: each comment is followed by
 * its replies (depth-first, siblings in input order). Flat so that nothing downstream has to
 * recurse over a tree that may be 100,000 replies deep.
 *
 * @param comments      every comment of the debate exactly once, in reading order
 * @param topLevelCount how many comments have depth 0
 */
public record CommentThread(List<Comment> comments, int topLevelCount) {

    public static final CommentThread EMPTY = new CommentThread(List.of(), 0);

    public CommentThread {
        comments = List.copyOf(comments);
    }

    public int size() {
        return comments.size();
    }

    /** The counts of this thread. */
    public ThreadStats stats() {
        return new ThreadStats(publishedCount(), size(), topLevelCount);
    }

    /** Comments that are not removed: the count shown to readers. */
    public int publishedCount() {
        int n = 0;
        for (Comment c : comments) {
            if (!c.isRemoved()) {
                n++;
            }
        }
        return n;
    }
}
