package org.rostrum.importer;

import java.util.Objects;
import java.util.Optional;
import org.rostrum.diag.SourcePosition;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.model.Timestamp;

/**
 * A comment as an export gives it, with what the importer decided from its own fields. Holds no
 * e-mail address, IP address or user id: the readers never keep them.
 *
 * @param key       the export's id, unique within its post or thread ({@code 5} for WordPress)
 * @param parentKey the export's id of the comment it replies to
 * @param fate      {@link Outcome#COMMENT_WRITTEN}, {@link Outcome#COMMENT_DELETED} (written as
 *                  removed), or the reason it is skipped, unless replies need it as a placeholder
 * @param author    display name, entities decoded
 * @param authorUrl http(s) address of the author
 * @param date      when it was written, in UTC
 * @param html      the body as the export gives it
 * @param position  where it is in the export
 */
record ExportedComment(
        String key,
        Optional<String> parentKey,
        Outcome fate,
        Optional<String> author,
        Optional<String> authorUrl,
        Optional<Timestamp> date,
        String html,
        SourcePosition position) {

    ExportedComment {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(parentKey, "parentKey");
        Objects.requireNonNull(fate, "fate");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorUrl, "authorUrl");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(position, "position");
    }

    boolean isWritten() {
        return fate == Outcome.COMMENT_WRITTEN;
    }
}
