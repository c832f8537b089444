package org.rostrum.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rostrum.diag.Diagnostics;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.model.Timestamp;

/**
 * The comments of one WordPress item as {@link ExportedComment}s: each one's fate from its
 * {@code wp:comment_type} and {@code wp:comment_approved}, its author's name with HTML entities
 * decoded exactly once (the XML parser has already undone the export's own escaping), its author's
 * address only when it is http(s), and its date in UTC.
 */
final class WordPressComments {

    private static final Pattern COMMENT_ID = Pattern.compile("[0-9A-Za-z_]{1,61}");
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private WordPressComments() {
    }

    /** The comments that have a usable id, in export order; each one without is reported as an error. */
    static List<ExportedComment> read(List<WxrReader.Comment> exported, Diagnostics diagnostics) {
        List<ExportedComment> comments = new ArrayList<>();
        for (WxrReader.Comment c : exported) {
            if (!COMMENT_ID.matcher(c.id()).matches()) {
                diagnostics.error(c.position(), "comment without a valid wp:comment_id ('" + c.id() + "')");
                continue;
            }
            String author = HtmlToMarkdown.decodeEntities(c.author()).replaceAll("\\s+", " ").strip();
            Optional<String> parent = c.parent().isEmpty() || c.parent().equals("0")
                    ? Optional.empty() : Optional.of(c.parent());
            comments.add(new ExportedComment(c.id(), parent, fate(c, diagnostics), author.isEmpty()
                    ? Optional.empty() : Optional.of(author), webAddress(c.authorUrl()), utc(c.dateGmt()),
                    c.content(), c.position()));
        }
        return comments;
    }

    private static Outcome fate(WxrReader.Comment c, Diagnostics diagnostics) {
        if (c.type().equals("pingback")) {
            return Outcome.COMMENT_PINGBACK;
        }
        if (c.type().equals("trackback")) {
            return Outcome.COMMENT_TRACKBACK;
        }
        return switch (c.approved()) {
            case "1" -> Outcome.COMMENT_WRITTEN;
            case "spam" -> Outcome.COMMENT_SPAM;
            case "trash", "post-trashed" -> Outcome.COMMENT_TRASH;
            case "0" -> Outcome.COMMENT_PENDING;
            default -> {
                diagnostics.warning(c.position(), "unknown wp:comment_approved '" + c.approved()
                        + "' for comment " + c.id() + "; treated as awaiting moderation");
                yield Outcome.COMMENT_PENDING;
            }
        };
    }

    /** A WordPress GMT date ({@code 2019-01-29 10:02:00}) in UTC; empty for {@code 0000-00-00 00:00:00}. */
    static Optional<Timestamp> utc(String wordpressDate) {
        try {
            LocalDateTime local = LocalDateTime.parse(wordpressDate, WP_DATE);
            return Optional.of(new Timestamp(local.atZone(ZoneOffset.UTC), false));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The address when it is an absolute http(s) URL with a host; otherwise nothing. */
    static Optional<String> webAddress(String address) {
        String url = address.strip();
        if (!url.regionMatches(true, 0, "http://", 0, 7) && !url.regionMatches(true, 0, "https://", 0, 8)) {
            return Optional.empty();
        }
        try {
            return new URI(url).getHost() == null ? Optional.empty() : Optional.of(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
