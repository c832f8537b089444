package org.rostrum.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rostrum.importer.Attachments.Attachment;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.importer.WxrReader.Item;

/**
 * Converts a post or page of a WordPress export with its media: shortcodes expanded
 * ({@link Shortcodes}), media files found ({@link MediaCopier}) and the HTML written as Markdown
 * that points at their local copies ({@link HtmlToMarkdown}), plus the featured image.
 *
 * <p>Comments keep their media links as written (a reader's comment is shown on more than one page
 * of a debate, where a link to a file next to the debate would not work); those links are reported.
 */
final class PostMedia {

    private static final String NOT_IN_PAGES = "pages keep no files of their own";
    private static final String NOT_IN_COMMENTS = "in a comment; links in comments are kept as written";

    private final HtmlToMarkdown html;
    private final Attachments attachments;
    private final Shortcodes shortcodes;
    private final MediaCopier copier;

    PostMedia(HtmlToMarkdown html, Attachments attachments, MediaCopier copier) {
        this.html = html;
        this.attachments = attachments;
        this.shortcodes = new Shortcodes(attachments);
        this.copier = copier;
    }

    void blogUrl(String url) {
        copier.blogUrl(url);
    }

    /**
     * Converts {@code item}, whose files go to {@code folder} (relative to the content folder: a
     * debate's folder ending in {@code /}, or a page's file when {@code copyable} is false).
     */
    Converted convert(Item item, String folder, boolean copyable) {
        Shortcodes.Expanded expanded = shortcodes.expand(item.content(), item.postId());
        String content = WordPressParagraphs.apply(expanded.html());
        List<String> urls = new ArrayList<>(MediaCopier.addressesIn(content, item.link()));
        Optional<Attachment> featured = copyable ? attachments.featuredImageOf(item.postId()) : Optional.empty();
        featured.ifPresent(a -> urls.add(a.url()));
        String file = copyable ? folder + "index.md" : folder;
        MediaCopier.Batch batch = copier.prepare(file, urls, copyable, NOT_IN_PAGES);
        String markdown = html.convertPost(content, item.link(), batch);
        Optional<String> featuredFile = featured.flatMap(a -> batch.local(a.url()));
        MediaCopier.Batch comments = copier.prepare(folder + (copyable ? "comments.yaml" : ""), List.of(), false,
                NOT_IN_COMMENTS);
        return new Converted(markdown, featuredFile.flatMap(f -> featured), featuredFile, expanded, batch, comments,
                item.link());
    }

    /** A converted post, ready to write. */
    final class Converted {
        private final String markdown;
        private final Optional<Attachment> featuredImage;
        private final Optional<String> featuredFile;
        private final Shortcodes.Expanded expanded;
        private final MediaCopier.Batch batch;
        private final MediaCopier.Batch comments;
        private final String link;
        private int copied;

        private Converted(String markdown, Optional<Attachment> featuredImage, Optional<String> featuredFile,
                Shortcodes.Expanded expanded, MediaCopier.Batch batch, MediaCopier.Batch comments, String link) {
            this.markdown = markdown;
            this.featuredImage = featuredImage;
            this.featuredFile = featuredFile;
            this.expanded = expanded;
            this.batch = batch;
            this.comments = comments;
            this.link = link;
        }

        String markdown() {
            return markdown;
        }

        /** The featured image's attachment, when its file was copied. */
        Optional<Attachment> featuredImage() {
            return featuredImage;
        }

        /** The featured image's file name next to the debate, when it was copied. */
        Optional<String> featuredFile() {
            return featuredFile;
        }

        /** A comment's body as Markdown; its media links stay as written and are noted. */
        String comment(ExportedComment comment) {
            return html.convertComment(WordPressParagraphs.apply(comment.html()), link, comments);
        }

        /** Copies the media found into the debate's folder. */
        void copyInto(Path folder) throws IOException {
            copied = batch.copyInto(folder);
        }

        /** Adds what this post's media and shortcodes came to, once it has been written. */
        void count(Tally tally) {
            tally.add(Outcome.MEDIA_COPIED, copied);
            tally.add(Outcome.SHORTCODE_CONVERTED, expanded.converted().values().stream().mapToInt(i -> i).sum());
            tally.add(Outcome.EMBED_CONVERTED, occurrences(markdown, "<p class=\"embed-card\">"));
            tally.shortcodesLeft(expanded.left());
            tally.remote(batch.remote());
            tally.remote(comments.remote());
        }
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
