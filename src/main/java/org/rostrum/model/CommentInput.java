package org.rostrum.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.rostrum.diag.SourcePosition;

/**
 * One reader comment as the input wrote it, before threading.
 *
 * <p>The loader flattens every input form into one list per debate: {@code comments.yaml} (or
 * {@code comments.json}) in file order with nested {@code replies} following their parent, then the
 * files of {@code comments/} ordered by date, then file name. A reply written with {@code parent}
 * names its parent by id; a reply written under {@code replies} points at its parent's index in that
 * list, because its parent need not have an id of its own.
 *
 * @param id             the explicit id, if any
 * @param parentId       the explicit {@code parent}, if any
 * @param parentIndex    for nested replies: the index of the parent in the debate's list
 * @param author         display name; absent or blank means anonymous
 * @param authorUrl      http(s) link for the author's name
 * @param date           when it was written, if known
 * @param body           the reader's Markdown (untrusted); empty for removed comments without text
 * @param status         published or removed
 * @param position       the start of the comment's mapping
 * @param staff          {@code staff: true}: written by one of the site's own people
 * @param idPosition     where {@code id} is written, for duplicate-id errors
 * @param parentPosition where {@code parent} is written, for unknown-parent and cycle errors
 * @param lang           the language it is written in ({@code lang}), when given
 */
public record CommentInput(
        Optional<String> id,
        Optional<String> parentId,
        OptionalInt parentIndex,
        Optional<String> author,
        Optional<String> authorUrl,
        Optional<Timestamp> date,
        String body,
        CommentStatus status,
        SourcePosition position,
        Optional<SourcePosition> idPosition,
        Optional<SourcePosition> parentPosition,
        boolean staff,
        Optional<String> lang) {

    public CommentInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(parentIndex, "parentIndex");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorUrl, "authorUrl");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(idPosition, "idPosition");
        Objects.requireNonNull(parentPosition, "parentPosition");
        if (parentId.isPresent() && parentIndex.isPresent()) {
            throw new IllegalArgumentException("a comment has either a parent id or a parent index");
        }
    }

    /** A comment whose language is not given. */
    public CommentInput(Optional<String> id, Optional<String> parentId, OptionalInt parentIndex, Optional<String> author,
            Optional<String> authorUrl, Optional<Timestamp> date, String body, CommentStatus status,
            SourcePosition position, Optional<SourcePosition> idPosition, Optional<SourcePosition> parentPosition,
            boolean staff) {
        this(id, parentId, parentIndex, author, authorUrl, date, body, status, position, idPosition, parentPosition,
                staff, Optional.empty());
    }

    /** A comment by a reader, not by the site's staff. */
    public CommentInput(Optional<String> id, Optional<String> parentId, OptionalInt parentIndex, Optional<String> author,
            Optional<String> authorUrl, Optional<Timestamp> date, String body, CommentStatus status,
            SourcePosition position, Optional<SourcePosition> idPosition, Optional<SourcePosition> parentPosition) {
        this(id, parentId, parentIndex, author, authorUrl, date, body, status, position, idPosition, parentPosition,
                false);
    }
}
