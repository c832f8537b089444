package org.rostrum.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rostrum.model.DebateStatus;
import org.rostrum.model.Timestamp;

/**
 * A debate's {@code index.md} to be written by {@link ContentWriter}: the front matter fields of
 * the content format (docs/content.md) and the Markdown body. Absent fields and empty lists are not written.
 *
 * @param title       the question
 * @param date        publication date
 * @param updated     date of the last editorial change
 * @param topics      topic names, in order
 * @param summary     one or two sentences for lists and feeds
 * @param image       a file in the bundle
 * @param imageAlt    alternative text for the image
 * @param imageCredit credit line
 * @param status      open, closed or archived; absent means the default
 * @param draft       written as {@code draft: true} only when true
 * @param aliases     old URL paths, for example {@code /2019/01/russia-nato/}
 * @param body        the editors' Markdown after the front matter
 * @param guid        the id feed readers know the debate by, when it is not its address (an imported
 *                    post keeps its WordPress GUID)
 * @param authors     ids of the people who wrote it, for its byline
 */
public record DebateDraft(
        String title,
        Timestamp date,
        Optional<Timestamp> updated,
        List<String> topics,
        Optional<String> summary,
        Optional<String> image,
        Optional<String> imageAlt,
        Optional<String> imageCredit,
        Optional<DebateStatus> status,
        boolean draft,
        List<String> aliases,
        String body,
        Optional<String> guid,
        List<String> authors,
        Optional<String> language) {

    public DebateDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(updated, "updated");
        topics = List.copyOf(topics);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(imageAlt, "imageAlt");
        Objects.requireNonNull(imageCredit, "imageCredit");
        Objects.requireNonNull(status, "status");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(guid, "guid");
        authors = List.copyOf(authors);
        Objects.requireNonNull(language, "language");
    }

    /** A debate in the site's default language. */
    public DebateDraft(String title, Timestamp date, Optional<Timestamp> updated, List<String> topics,
            Optional<String> summary, Optional<String> image, Optional<String> imageAlt,
            Optional<String> imageCredit, Optional<DebateStatus> status, boolean draft, List<String> aliases,
            String body, Optional<String> guid, List<String> authors) {
        this(title, date, updated, topics, summary, image, imageAlt, imageCredit, status, draft, aliases, body,
                guid, authors, Optional.empty());
    }

    /** A debate without a byline. */
    public DebateDraft(String title, Timestamp date, Optional<Timestamp> updated, List<String> topics,
            Optional<String> summary, Optional<String> image, Optional<String> imageAlt,
            Optional<String> imageCredit, Optional<DebateStatus> status, boolean draft, List<String> aliases,
            String body, Optional<String> guid) {
        this(title, date, updated, topics, summary, image, imageAlt, imageCredit, status, draft, aliases, body,
                guid, List.of());
    }

    /** A debate without a {@code guid}. */
    public DebateDraft(String title, Timestamp date, Optional<Timestamp> updated, List<String> topics,
            Optional<String> summary, Optional<String> image, Optional<String> imageAlt,
            Optional<String> imageCredit, Optional<DebateStatus> status, boolean draft, List<String> aliases,
            String body) {
        this(title, date, updated, topics, summary, image, imageAlt, imageCredit, status, draft, aliases, body,
                Optional.empty(), List.of());
    }

    /** A debate with only a title, a date and a body; every optional field absent. */
    public static DebateDraft of(String title, Timestamp date, String body) {
        return new DebateDraft(title, date, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, List.of(), body);
    }
}
