package org.rostrum.model;

import java.util.Objects;
import java.util.Optional;
import org.rostrum.diag.SourcePosition;

/**
 * A comment placed in its debate's thread.
 *
 * @param id         the explicit or derived id, unique in the debate
 * @param parentId   the id of the comment it replies to
 * @param author     display name; empty means anonymous
 * @param authorUrl  http(s) link for the author's name
 * @param date       when it was written, if known
 * @param body       the reader's Markdown (untrusted); empty for removed comments
 * @param status     published or removed
 * @param depth      0 for a top-level comment, 1 for a reply to it, and so on (not capped)
 * @param number     the 1-based number of the top-level comment this one belongs to (its own number
 *                   when it is top-level)
 * @param replyCount how many direct replies it has
 * @param position   where it was written
 * @param staff      written by one of the site's own people ({@code staff: true})
 * @param lang           the language it is written in ({@code lang}), when given
 */
public record Comment(
        String id,
        Optional<String> parentId,
        Optional<String> author,
        Optional<String> authorUrl,
        Optional<Timestamp> date,
        String body,
        CommentStatus status,
        int depth,
        int number,
        int replyCount,
        SourcePosition position,
        boolean staff,
        Optional<String> lang) {

    /** A comment whose language is not given. */
    public Comment(String id, Optional<String> parentId, Optional<String> author, Optional<String> authorUrl,
            Optional<Timestamp> date, String body, CommentStatus status, int depth, int number, int replyCount,
            SourcePosition position, boolean staff) {
        this(id, parentId, author, authorUrl, date, body, status, depth, number, replyCount, position, staff,
                Optional.empty());
    }

    /** A comment by a reader, not by the site's staff. */
    public Comment(String id, Optional<String> parentId, Optional<String> author, Optional<String> authorUrl,
            Optional<Timestamp> date, String body, CommentStatus status, int depth, int number, int replyCount,
            SourcePosition position) {
        this(id, parentId, author, authorUrl, date, body, status, depth, number, replyCount, position, false);
    }

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorUrl, "authorUrl");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(lang, "lang");
    }

    public boolean isTopLevel() {
        return depth == 0;
    }

    public boolean isRemoved() {
        return status == CommentStatus.REMOVED;
    }
}
