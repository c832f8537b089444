package org.rostrum.render;

import java.util.List;

/**
 * The part of a debate's comment thread shown on one page.
 *
 * @param count         published comments in the whole thread (removed ones not counted)
 * @param total         every comment in the whole thread
 * @param topLevelCount top-level comments in the whole thread
 * @param comments      the comments on this page, flat, in reading order
 * @param pagination    where this part stands among the parts of a long thread
 * @param firstNumber   the number of the first top-level comment on this page (0 when none)
 * @param lastNumber    the number of the last top-level comment on this page (0 when none)
 * @param partsScript   for a thread split into parts: the script that lists which part holds each
 *                      comment, relative to the site root ({@code debates/<slug>/comments/parts.js});
 *                      empty when the whole thread is on one page
 */
public record ThreadView(int count, int total, int topLevelCount, List<CommentView> comments, Pagination pagination,
        int firstNumber, int lastNumber, String partsScript) {
    public ThreadView {
        comments = List.copyOf(comments);
    }
}
