package org.rostrum.source;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rostrum.model.CommentStatus;
import org.rostrum.model.Timestamp;

/**
 * One reader comment to be written by {@link ContentWriter}, with the fields of a {@code comments.yaml}
 * entry. Replies name their parent; nested {@code replies} are never written.
 *
 * @param id        {@code [A-Za-z0-9_-]{1,64}}; absent lets the loader derive one
 * @param parent    the id of the comment this one replies to
 * @param author    display name
 * @param authorUrl http(s) link for the author's name
 * @param date      when it was written
 * @param status    published or removed
 * @param body      the reader's Markdown; may be empty only for a removed comment, whose body is then
 *                  not written
 * @param staff     written by one of the site's own people (an author of the blog), shown with a badge
 */
public record CommentDraft(
        Optional<String> id,
        Optional<String> parent,
        Optional<String> author,
        Optional<String> authorUrl,
        Optional<Timestamp> date,
        CommentStatus status,
        String body,
        boolean staff,
        Optional<String> lang) {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /**
     * @throws IllegalArgumentException when an id or parent is not a valid comment id: callers
     *                                  make ids valid before they get here
     */
    public CommentDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorUrl, "authorUrl");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(body, "body");
        id.ifPresent(CommentDraft::requireValidId);
        parent.ifPresent(CommentDraft::requireValidId);
        Objects.requireNonNull(lang, "lang");
    }

    /** A comment whose language is not given. */
    public CommentDraft(Optional<String> id, Optional<String> parent, Optional<String> author,
            Optional<String> authorUrl, Optional<Timestamp> date, CommentStatus status, String body, boolean staff) {
        this(id, parent, author, authorUrl, date, status, body, staff, Optional.empty());
    }

    /** This comment, marked as written in {@code language} ({@code lang}). */
    public CommentDraft inLanguage(String language) {
        return new CommentDraft(id, parent, author, authorUrl, date, status, body, staff, Optional.of(language));
    }

    /** A comment by a reader, not by the site's staff. */
    public CommentDraft(Optional<String> id, Optional<String> parent, Optional<String> author,
            Optional<String> authorUrl, Optional<Timestamp> date, CommentStatus status, String body) {
        this(id, parent, author, authorUrl, date, status, body, false);
    }

    /** This comment, marked as written by one of the site's staff ({@code staff: true}). */
    public CommentDraft asStaff() {
        return new CommentDraft(id, parent, author, authorUrl, date, status, body, true, lang);
    }

    /** A published comment, by nobody named until {@link #by}. */
    public static CommentDraft published(String id, Optional<String> parent, Optional<Timestamp> date, String body) {
        return new CommentDraft(Optional.of(id), parent, Optional.empty(), Optional.empty(), date,
                CommentStatus.PUBLISHED, body);
    }

    /** This comment, by {@code name} (each when given), whose own site is at {@code url}. */
    public CommentDraft by(Optional<String> name, Optional<String> url) {
        return new CommentDraft(id, parent, name, url, date, status, body, staff, lang);
    }

    /** A removed comment: it keeps its place and its replies, and carries no author and no text. */
    public static CommentDraft removed(String id, Optional<String> parent, Optional<Timestamp> date) {
        return new CommentDraft(Optional.of(id), parent, Optional.empty(), Optional.empty(), date,
                CommentStatus.REMOVED, "");
    }

    private static void requireValidId(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a valid comment id: '" + id + "'");
        }
    }
}
