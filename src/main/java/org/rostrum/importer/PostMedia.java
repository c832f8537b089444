package org.rostrum.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rostrum.diag.Diagnostics;
import org.rostrum.importer.Attachments.Attachment;
import org.rostrum.importer.ImportReport.Outcome;
import org.rostrum.importer.WxrReader.Item;
import org.rostrum.layout.Layout;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.source.ContentLoader;

/**
 * Converts a post or page of a WordPress export with its media: shortcodes expanded
 * ({@link Shortcodes}), media files found ({@link MediaCopier}) and the HTML written as Markdown
 * that points at their local copies ({@link HtmlToMarkdown}), plus the featured image.
 *
 * <p>A page's media are copied into {@code pages/<slug>.files/}, which the build publishes beside
 * the page, so that the same relative links work for both.
 *
 * <p>The media of approved comments are copied next to the debate or page too, and linked by their
 * full address under the new site's {@code base_url}: a comment is shown on more than one page of a
 * debate (its comment pages), where a link relative to the debate would not work.
 */
final class PostMedia {

    private static final String NO_SITE_ADDRESS = "in a comment, and the site has no http(s) address to link it by";

    private final HtmlToMarkdown html;
    private final Attachments attachments;
    private final Shortcodes shortcodes;
    private final MediaCopier copier;
    private Optional<String> siteAddress = Optional.empty();

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
     * Notes the address the new site will have, for links from comments: the {@code base_url} of the
     * content folder's {@code site.yaml}, or, when there is none yet, the blog's address, which the
     * import writes into it.
     */
    void siteAddress(Path into, String blogUrl) {
        String base = blogUrl;
        if (Files.isRegularFile(into.resolve("site.yaml"))) {
            base = new ContentLoader(new MarkdownRenderer()).loadConfig(into, new Diagnostics()).baseUrl();
        }
        base = base.endsWith("/") ? base : base + "/";
        siteAddress = WordPressComments.webAddress(base);
    }

    /** Converts the post {@code item} of the debate {@code debates/<slug>/}, its files going into that folder. */
    Converted convertPost(Item item, String slug) {
        String folder = "debates/" + slug + "/";
        return convert(item, folder + "index.md", folder + "comments.yaml", Layout.debateFolder(slug),
                attachments.featuredImageOf(item.postId()));
    }

    /**
     * Converts the page {@code item} that becomes {@code pages/<slug>.md}, its files going into
     * {@code pages/<slug>.files/}, published beside the page at {@code /<slug>/}.
     */
    Converted convertPage(Item item, String slug) {
        return convert(item, "pages/" + slug + ".md", "pages/" + slug + ".comments.yaml", Layout.pageFolder(slug),
                Optional.empty());
    }

    /**
     * Converts {@code item}, written to {@code file} with its comments in {@code commentsFile} (both
     * relative to the content folder), whose copied files are published in {@code published} (relative
     * to the site's address, ending in {@code /}), with its {@code featured} image (a post's; a page has none).
     */
    private Converted convert(Item item, String file, String commentsFile, String published,
            Optional<Attachment> featured) {
        Shortcodes.Expanded expanded = shortcodes.expand(item.content(), item.postId());
        String content = WordPressParagraphs.apply(expanded.html());
        List<String> urls = new ArrayList<>(MediaCopier.addressesIn(content, item.link()));
        featured.ifPresent(a -> urls.add(a.url()));
        boolean commentsCopyable = siteAddress.isPresent();
        if (commentsCopyable) {
            item.comments().stream().filter(c -> c.approved().equals("1"))
                    .forEach(c -> urls.addAll(MediaCopier.addressesIn(c.content(), item.link())));
        }
        MediaCopier.Batch batch = copier.prepare(file, urls, true, "");
        String markdown = html.convertPost(content, item.link(), batch);
        Optional<String> featuredFile = featured.flatMap(a -> batch.local(a.url()));
        MediaCopier.Batch commentBatch = commentsCopyable ? batch
                : copier.prepare(commentsFile, List.of(), false, NO_SITE_ADDRESS);
        MediaLinks comments = commentsCopyable
                ? batch.seenFrom(commentsFile, name -> siteAddress.get() + published + name)
                : commentBatch;
        return new Converted(markdown, new Featured(featuredFile.flatMap(f -> featured), featuredFile), expanded,
                new Media(List.of(batch, commentBatch).stream().distinct().toList(), comments, item.link()));
    }

    /** A post's featured image: its attachment and its file name beside the post, when it was copied. */
    private record Featured(Optional<Attachment> image, Optional<String> file) {
    }

    /**
     * A post's media: the batches of files to copy (the post's first), how its comments link to
     * them, and the post's address, which relative links in its comments start from.
     */
    private record Media(List<MediaCopier.Batch> batches, MediaLinks comments, String link) {
    }

    /** A converted post, ready to write. */
    final class Converted {
        private final String markdown;
        private final Optional<Attachment> featuredImage;
        private final Optional<String> featuredFile;
        private final Shortcodes.Expanded expanded;
        private final List<MediaCopier.Batch> batches;
        private final MediaLinks comments;
        private final String link;
        private int copied;

        private Converted(String markdown, Featured featured, Shortcodes.Expanded expanded, Media media) {
            this.markdown = markdown;
            this.featuredImage = featured.image();
            this.featuredFile = featured.file();
            this.expanded = expanded;
            this.batches = media.batches();
            this.comments = media.comments();
            this.link = media.link();
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

        /** A comment's body as Markdown, its media linked by their address on the new site. */
        String comment(ExportedComment comment) {
            return html.convertComment(WordPressParagraphs.apply(comment.html()), link, comments);
        }

        /** Copies the media found into {@code folder}: the debate's folder, or the page's {@code .files} folder. */
        void copyInto(Path folder) throws IOException {
            copied = batches.get(0).copyInto(folder);
        }

        /** Adds what this post's media and shortcodes came to, once it has been written. */
        void count(Tally tally) {
            tally.add(Outcome.MEDIA_COPIED, copied);
            tally.add(Outcome.SHORTCODE_CONVERTED, expanded.converted().values().stream().mapToInt(i -> i).sum());
            tally.add(Outcome.EMBED_CONVERTED, occurrences(markdown, "<p class=\"embed-card\">"));
            tally.shortcodesLeft(expanded.left());
            batches.forEach(b -> tally.remote(b.remote()));
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
