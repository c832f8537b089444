package org.rostrum.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rostrum.diag.SourcePosition;

/**
 * A standalone page ({@code pages/<slug>.md}), published at {@code /<slug>/}. Pages may be nested:
 * {@code pages/about/team.md} has the slug {@code about/team} and is published at {@code /about/team/}.
 *
 * @param slug     the file's path below {@code pages/} without {@code .md}, with {@code /}
 * @param title    from front matter
 * @param summary  one sentence for meta tags; defaults to the first paragraph as plain text
 * @param html     the body, rendered from the editors' Markdown
 * @param draft    left out of the build unless drafts are asked for
 * @param position the start of the file
 * @param links    links in the body that point inside the site, for checking
 * @param aliases  old URL paths, each normalised as a debate's are
 * @param comments the reader comments of {@code pages/<slug>.comments.yaml}, as read (empty without one)
 * @param thread   those comments threaded by the build ({@link CommentThread#EMPTY} until then)
 * @param files    the files of {@code pages/<slug>.files/}, relative to it with {@code /}, sorted:
 *                 published beside the page, at {@code /<slug>/<file>}
 */
public record Page(String slug, String title, Optional<String> summary, String html, boolean draft,
        SourcePosition position, List<ContentLink> links, List<String> aliases, List<CommentInput> comments,
        CommentThread thread, List<String> files) {
    public Page {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(position, "position");
        links = List.copyOf(links);
        aliases = List.copyOf(aliases);
        comments = List.copyOf(comments);
        Objects.requireNonNull(thread, "thread");
        files = List.copyOf(files);
    }

    /** A page without comments. */
    public Page(String slug, String title, Optional<String> summary, String html, boolean draft,
            SourcePosition position, List<ContentLink> links, List<String> aliases) {
        this(slug, title, summary, html, draft, position, links, aliases, List.of(), CommentThread.EMPTY, List.of());
    }

    /** The folder of this page's files, {@code pages/<slug>.files/}. */
    public java.nio.file.Path filesFolder() {
        String file = position.file().getFileName().toString();
        return position.file().resolveSibling(file.substring(0, file.length() - ".md".length()) + ".files");
    }

    /**
     * This page as {@code translation} tells it: its title, summary, text and links; the comments,
     * thread, files and draft state shared; without aliases, which stay the original's.
     */
    public Page translatedAs(Page translation) {
        return new Page(slug, translation.title(), translation.summary(), translation.html(), draft,
                translation.position(), translation.links(), List.of(), comments, thread, files);
    }

    /** This page with its comments threaded as {@code threaded}. */
    public Page withThread(CommentThread threaded) {
        return new Page(slug, title, summary, html, draft, position, links, aliases, comments, threaded, files);
    }

    /** A page without aliases. */
    public Page(String slug, String title, Optional<String> summary, String html, boolean draft,
            SourcePosition position, List<ContentLink> links) {
        this(slug, title, summary, html, draft, position, links, List.of());
    }

    /** A page without links to check. */
    public Page(String slug, String title, Optional<String> summary, String html, boolean draft,
            SourcePosition position) {
        this(slug, title, summary, html, draft, position, List.of());
    }
}
