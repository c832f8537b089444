package org.rostrum.render;

import java.util.List;
import java.util.Optional;

/**
 * What a debate's pages show of the rest of the archive: the debates before and after it, the
 * related ones, and its topics with their counts. With the debate's own folder it decides every
 * byte of its pages, so a build keeps it to tell whether the pages must be rendered again, and to
 * render them again after an edit of the comments alone without the rest of the archive.
 *
 * @param previous the debate published before it
 * @param next     the debate published after it
 * @param related  up to three related debates
 * @param topics   its topics, in its order
 */
public record DebateContext(Optional<DebateLink> previous, Optional<DebateLink> next, List<DebateLink> related,
        List<TopicRef> topics) {

    public DebateContext {
        related = List.copyOf(related);
        topics = List.copyOf(topics);
    }
}
