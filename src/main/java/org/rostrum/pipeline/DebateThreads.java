package org.rostrum.pipeline;

import org.rostrum.diag.Diagnostics;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Debate;
import org.rostrum.source.CommentReader;
import org.rostrum.thread.CommentThreader;

/**
 * The threading step: reads the comments of a debate ({@link CommentReader}) and threads them
 * ({@link CommentThreader}). Every part of a build that needs a debate's thread (the link check,
 * the debates' pages, a build stopped by errors) asks here.
 *
 * <p>Safe to use from many threads.
 */
record DebateThreads(CommentReader comments, CommentThreader threader) {

    /** The thread of {@code debate}, every problem of its comments reported to {@code diagnostics}. */
    CommentThread thread(Debate debate, Diagnostics diagnostics) {
        return threader.thread(comments.read(debate.directory(), diagnostics), diagnostics);
    }
}
