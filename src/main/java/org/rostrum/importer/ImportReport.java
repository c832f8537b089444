package org.rostrum.importer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an import did with everything it read, for the terminal.
 *
 * <p>Every item (a WordPress {@code <item>} or a Disqus {@code <thread>}) and every comment (a
 * WordPress {@code <wp:comment>} or a Disqus {@code <post>}) that was read completely is counted
 * under exactly one {@link Outcome} of its {@link Unit}, so that {@link #addsUp()} holds. Notes
 * count things inside those totals (for example replies placed at the top level because their parent
 * is missing) and are not part of any sum. When the export is malformed, reading stops at the error
 * and the report covers what was read before it.
 *
 * @param format       which kind of export was read
 * @param itemsRead    posts, pages and other items (WordPress) or threads (Disqus) read
 * @param commentsRead comments (WordPress) or posts (Disqus) read
 * @param counts       how many went each way; outcomes that did not occur may be absent
 * @param media        the shortcodes left as text and the media links not copied
 */
public record ImportReport(Format format, int itemsRead, int commentsRead, Map<Outcome, Integer> counts,
        MediaSummary media) {

    /** How many remote media links {@link #render()} shows; the rest are only in the full list. */
    static final int REMOTE_SHOWN = 10;

    /** The kind of export, with the words its report uses. */
    public enum Format {
        WORDPRESS("WordPress", "item", "items", "comment", "comments"),
        DISQUS("Disqus", "thread", "threads", "post", "posts");

        private final String label;
        private final String item;
        private final String items;
        private final String comment;
        private final String comments;

        Format(String label, String item, String items, String comment, String comments) {
            this.label = label;
            this.item = item;
            this.items = items;
            this.comment = comment;
            this.comments = comments;
        }

        public String label() {
            return label;
        }
    }

    /** What an outcome counts. */
    public enum Unit {
        ITEM, COMMENT, NOTE
    }

    /** Where each thing read went. The order is the order of the report. */
    public enum Outcome {
        DEBATE_WRITTEN(Unit.ITEM, "debates written"),
        TRANSLATION_WRITTEN(Unit.ITEM, "translations written (index.<language>.md beside their debate)"),
        PAGE_WRITTEN(Unit.ITEM, "pages written"),
        THREAD_MATCHED(Unit.ITEM, "matched to a debate"),
        THREAD_MATCHED_PAGE(Unit.ITEM, "matched to a page"),
        ITEM_EXISTS(Unit.ITEM, "skipped: already in the content folder (--force replaces them)"),
        ITEM_PASSWORD(Unit.ITEM, "skipped: password-protected"),
        ITEM_PRIVATE(Unit.ITEM, "skipped: private"),
        ITEM_UNPUBLISHED(Unit.ITEM, "skipped: draft, pending review or scheduled"),
        ITEM_TRASH(Unit.ITEM, "skipped: in the trash"),
        ITEM_ATTACHMENT(Unit.ITEM, "attachments (media, copied where a post or page shows them)"),
        ITEM_OTHER_TYPE(Unit.ITEM, "skipped: not a post or page (menu items, revisions)"),
        THREAD_UNMATCHED(Unit.ITEM, "skipped: no debate or page has this link or identifier"),
        ITEM_ERROR(Unit.ITEM, "skipped: because of an error shown above"),

        COMMENT_WRITTEN(Unit.COMMENT, "written"),
        COMMENT_DELETED(Unit.COMMENT, "written as removed: deleted"),
        COMMENT_TOMBSTONE(Unit.COMMENT, "written as removed: not published, but with published replies"),
        COMMENT_PINGBACK(Unit.COMMENT, "skipped: pingbacks"),
        COMMENT_TRACKBACK(Unit.COMMENT, "skipped: trackbacks"),
        COMMENT_SPAM(Unit.COMMENT, "skipped: spam"),
        COMMENT_PENDING(Unit.COMMENT, "skipped: awaiting moderation"),
        COMMENT_TRASH(Unit.COMMENT, "skipped: in the trash"),
        COMMENT_POST_SKIPPED(Unit.COMMENT, "skipped: their post was skipped"),
        COMMENT_THREAD_SKIPPED(Unit.COMMENT, "skipped: their thread was skipped"),
        COMMENT_NO_THREAD(Unit.COMMENT, "skipped: their thread is not in the export"),
        COMMENT_ERROR(Unit.COMMENT, "skipped: because of an error shown above"),

        ORPHAN_PLACED_AT_TOP(Unit.NOTE, "replies whose parent is missing, written at the top level with a note"),
        DEBATES_UPDATED(Unit.NOTE, "debates whose comments.yaml was written"),
        PAGES_UPDATED(Unit.NOTE, "pages whose .comments.yaml was written"),
        AUTHORS_WRITTEN(Unit.NOTE, "authors written to people/ (display name only)"),
        REDIRECTS_WRITTEN(Unit.NOTE, "old addresses (feeds, categories, tags, authors, dates) added to redirects.yaml"),
        TAG_SEARCHES_WRITTEN(Unit.NOTE, "of them old tag addresses sent to a search for the tag (tags are not topics)"),
        SITE_WRITTEN(Unit.NOTE, "site.yaml written from the blog's name and address (there was none)"),
        TOPICS_MERGED(Unit.NOTE, "topic spellings merged into the most used one (they differed in case or accents)"),
        TAGS_DROPPED(Unit.NOTE, "tags not made topics (--topics categories; --topics both keeps them)"),
        CATEGORIES_DROPPED(Unit.NOTE, "categories not made topics (--topics tags)"),
        TOPICS_UNUSABLE(Unit.NOTE, "categories or tags left out: no letter or digit to make an address from"),
        EXPORT_UNREAD(Unit.NOTE, "the export could not be read to its end, so nothing was written"),
        MEDIA_COPIED(Unit.NOTE, "media files copied next to their debate"),
        MEDIA_REMOTE(Unit.NOTE, "media links still pointing elsewhere (listed below)"),
        SHORTCODE_CONVERTED(Unit.NOTE, "shortcodes converted (caption, gallery, audio, video, embed)"),
        EMBED_CONVERTED(Unit.NOTE, "embeds written as link cards"),
        SHORTCODE_LEFT(Unit.NOTE, "shortcodes left as text (by name below)");

        private final Unit unit;
        private final String label;

        Outcome(Unit unit, String label) {
            this.unit = unit;
            this.label = label;
        }

        public Unit unit() {
            return unit;
        }

        /** The line of the report, for example {@code skipped: spam}. */
        public String label() {
            return label;
        }
    }

    /** A report without media details. */
    public ImportReport(Format format, int itemsRead, int commentsRead, Map<Outcome, Integer> counts) {
        this(format, itemsRead, commentsRead, counts, MediaSummary.empty());
    }

    public ImportReport {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(media, "media");
        Map<Outcome, Integer> copy = new EnumMap<>(Outcome.class);
        counts.forEach((outcome, n) -> {
            if (n != 0) {
                copy.put(outcome, n);
            }
        });
        counts = Collections.unmodifiableMap(copy);
    }

    /** How many went this way; 0 when none did. */
    public int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    /**
     * False when the export could not be read to its end (malformed, truncated, unreadable): such an
     * import must leave the content folder as it was.
     */
    public boolean complete() {
        return count(Outcome.EXPORT_UNREAD) == 0;
    }

    /** True when every item and every comment read is counted under exactly one outcome. */
    public boolean addsUp() {
        return itemsRead == total(Unit.ITEM) && commentsRead == total(Unit.COMMENT);
    }

    /** The sum of the outcomes of one unit. */
    public int total(Unit unit) {
        int sum = 0;
        for (Map.Entry<Outcome, Integer> entry : counts.entrySet()) {
            if (entry.getKey().unit() == unit) {
                sum += entry.getValue();
            }
        }
        return sum;
    }

    /**
     * The report for the terminal, for example:
     * <pre>
     * WordPress export: read 12 items and 40 comments
     * items
     *     5  debates written
     *     1  skipped: draft, pending review or scheduled
     * comments
     *    30  written
     *     2  skipped: spam
     * notes
     *     1  replies whose parent is missing, written at the top level with a note
     * </pre>
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(format.label).append(" export: read ").append(itemsRead).append(' ')
                .append(itemsRead == 1 ? format.item : format.items).append(" and ").append(commentsRead).append(' ')
                .append(commentsRead == 1 ? format.comment : format.comments).append('\n');
        int width = Math.max(3, Integer.toString(Math.max(itemsRead, commentsRead)).length());
        section(out, format.items, Unit.ITEM, width);
        section(out, format.comments, Unit.COMMENT, width);
        section(out, "notes", Unit.NOTE, width);
        media(out, width);
        if (!addsUp()) {
            out.append("the numbers do not add up: ").append(total(Unit.ITEM)).append(" of ").append(itemsRead)
                    .append(' ').append(format.items).append(" and ").append(total(Unit.COMMENT)).append(" of ")
                    .append(commentsRead).append(' ').append(format.comments).append(" accounted for\n");
        }
        return out.toString();
    }

    private void media(StringBuilder out, int width) {
        if (!media.shortcodesLeft().isEmpty()) {
            out.append("shortcodes left as text\n");
            media.shortcodesLeft().forEach((name, n) -> out.append(" ".repeat(Math.max(0, 2 + width
                    - Integer.toString(n).length()))).append(n).append("  [").append(name).append("]\n"));
        }
        if (!media.remote().isEmpty()) {
            out.append("media still remote\n");
            media.remote().stream().limit(REMOTE_SHOWN).forEach(r -> out.append("    ").append(r.file()).append("  ")
                    .append(r.url()).append("  (").append(r.reason()).append(")\n"));
            if (media.remote().size() > REMOTE_SHOWN) {
                out.append("    and ").append(media.remote().size() - REMOTE_SHOWN).append(" more\n");
            }
        }
    }

    private void section(StringBuilder out, String title, Unit unit, int width) {
        boolean any = false;
        for (Map.Entry<Outcome, Integer> entry : counts.entrySet()) {
            if (entry.getKey().unit() != unit) {
                continue;
            }
            if (!any) {
                out.append(title).append('\n');
                any = true;
            }
            String number = Integer.toString(entry.getValue());
            out.append(" ".repeat(2 + width - number.length())).append(number).append("  ")
                    .append(entry.getKey().label()).append('\n');
        }
    }

    @Override
    public String toString() {
        return render();
    }
}
