package org.rostrum.render;

import java.util.List;
import java.util.Optional;

/**
 * {@code debate.ftlh} (the debate and the first part of its thread) and {@code comments.ftlh} (the
 * further parts of a long thread, {@code debates/<slug>/comments/<n>/}).
 *
 * @param site     the archive
 * @param page     this page
 * @param debate   the debate
 * @param thread   the part of the thread on this page
 * @param previous the debate published before this one
 * @param next     the debate published after this one
 * @param related  up to three debates that share the most topics with this one
 * @param jsonLd   schema.org JSON-LD for the page, already escaped for a {@code <script>} element:
 *                 print with {@code ?no_esc}
 */
public record DebatePage(SiteView site, PageMeta page, DebateView debate, ThreadView thread,
        Optional<DebateLink> previous, Optional<DebateLink> next, List<DebateLink> related, String jsonLd) {
    public DebatePage {
        related = List.copyOf(related);
    }
}
