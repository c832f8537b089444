package org.rostrum.render;

import java.util.Optional;

import org.rostrum.i18n.Strings;

/**
 * One comment of a thread, in reading order. Threads are handed to templates flat, so that no
 * template recurses; the nesting is described by {@link #opensReplies()} and {@link #closeLevels()}:
 *
 * <pre>{@code
 * <#list thread.comments as c>
 *   <li id="${c.anchor}">...
 *   <#if c.opensReplies><ol><#else></li></#if>
 *   <#list 0..<c.closeLevels as _></ol></li></#list>
 * </#list>
 * }</pre>
 *
 * @param id             the comment's id
 * @param anchor         {@code comment-<id>}, the permalink fragment
 * @param oldAnchor      for a comment imported from WordPress ({@code wp-881}): the fragment its old
 *                       page gave it ({@code comment-881}), for an extra empty element, so that old
 *                       links still land on it; empty when no old anchor is known or another comment
 *                       of the debate already answers to it
 * @param author         display name, the site's word for anonymous ({@code comment.anonymous}), or
 *                       empty for a removed comment
 * @param anonymous      whether no author was given
 * @param staff          whether one of the site's own people wrote it ({@code staff: true}), for a badge
 * @param authorUrl      the author's http(s) link, already checked
 * @param date           when it was written, if known
 * @param bodyHtml       the reader's text rendered by the untrusted renderer: print with {@code ?no_esc};
 *                       empty for removed comments
 * @param text           the reader's text as written (Markdown), for data such as JSON-LD: print it
 *                       escaped, never as HTML; empty for removed comments
 * @param removed        whether it was removed
 * @param topLevel       whether it is a top-level comment
 * @param number         the number of its top-level comment (its own when top-level)
 * @param depth          the indentation it is drawn at: its true depth, capped by {@code comments.max_depth}
 * @param flattened      whether its true depth is deeper than it is drawn, so the template says whom it
 *                       replies to
 * @param parentAuthor   for replies: the display name of the comment it replies to
 * @param parentAnchor   for replies: the permalink fragment of the comment it replies to
 * @param opensReplies   whether the next comments are drawn nested inside this one
 * @param replyTotal     when it opens replies: how many comments are drawn inside it
 * @param closeLevels    how many nested reply lists end after this comment
 * @param lang           the language the reader wrote in ({@code lang}), when given: for a {@code lang}
 *                       attribute, since a thread shared by a debate's translations mixes languages
 */
public record CommentView(String id, String anchor, Optional<String> oldAnchor, String author, boolean anonymous, boolean staff,
        Optional<String> authorUrl,
        Optional<DateView> date, String bodyHtml, String text, boolean removed, boolean topLevel, int number, int depth,
        boolean flattened, Optional<String> parentAuthor, Optional<String> parentAnchor, boolean opensReplies,
        int replyTotal, int closeLevels, Optional<String> lang) {

    /**
     * The writing direction of {@link #lang()} ({@code rtl} or {@code ltr}), or {@code ""} when the
     * reader's language is not given: the theme then lets the browser take it from the body's first
     * letter ({@code dir="auto"}), so a Hebrew reply on an English page, or an English one on an
     * Arabic page, keeps its punctuation at the right end.
     */
    public String direction() {
        return lang.map(Strings::directionOf).orElse("");
    }
}
