package org.rostrum.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What gets published: the loaded site with drafts (and anything else left out of this build)
 * removed, and the validated comment thread of every debate.
 *
 * @param site    the published debates and pages; people and topics as loaded
 * @param threads the thread of every published debate, by slug
 */
public record Archive(Site site, Map<String, CommentThread> threads) {

    public Archive {
        Objects.requireNonNull(site, "site");
        threads = Map.copyOf(threads);
    }

    public SiteConfig config() {
        return site.config();
    }

    public List<Debate> debates() {
        return site.debates();
    }

    /** The thread of {@code debate}; empty when it has no comments. */
    public CommentThread threadOf(Debate debate) {
        return threads.getOrDefault(debate.slug(), CommentThread.EMPTY);
    }
}
