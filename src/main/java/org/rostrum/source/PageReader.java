package org.rostrum.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.layout.Layout;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.markdown.RenderedBody;
import org.rostrum.model.CommentInput;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Page;

/**
 * Reads one standalone page, {@code pages/<slug>.md}, published at {@code /<slug>/}, with the reader
 * comments of {@code pages/<slug>.comments.yaml} beside it, if any (laid out as a debate's
 * {@code comments.yaml}), and the files of {@code pages/<slug>.files/}, published beside the page.
 */
final class PageReader {

    private static final Fields.Kind FRONT_MATTER = new Fields.Kind("front matter", Set.of("title", "summary", "draft",
            "aliases"));

    private final SourceFiles files;
    private final MarkdownRenderer markdown;
    private final CommentReader comments;

    private final ContentTree tree;

    PageReader(SourceFiles files, MarkdownRenderer markdown, CommentReader comments, ContentTree tree) {
        this.files = files;
        this.tree = tree;
        this.markdown = markdown;
        this.comments = comments;
    }

    /** The file of the comments on the page in {@code file}: {@code about.comments.yaml} beside {@code about.md}. */
    static Path commentsFile(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".md".length()) + COMMENTS_SUFFIX);
    }

    /** How the name of a page's comments file ends. */
    static final String COMMENTS_SUFFIX = ".comments.yaml";

    /** How the name of the folder of a page's files ends: {@code about.files/} beside {@code about.md}. */
    static final String FILES_SUFFIX = ".files";

    /** What a page's translation ({@code about.de.md}) may say: its text; the rest is the original's. */
    private static final Fields.Kind TRANSLATION = new Fields.Kind("front matter of a translation",
            Set.of("title", "summary"));

    /**
     * The translation in {@code file} of the page {@code slug}: its title, summary and text, without
     * comments, files or aliases (it shares the original's).
     */
    Optional<Page> readTranslation(Path file, String slug, Diagnostics diagnostics) {
        return parse(file, slug, TRANSLATION, diagnostics)
                .flatMap(p -> p.fields().requiredText("title").map(t -> new Page(slug, t, p.summary(),
                        p.body().html(), false, p.start(), p.body().links())));
    }

    /** A page file read: its front matter's fields, its rendered text and where it starts. */
    private record Parsed(Fields fields, RenderedBody body, SourcePosition start) {
        /** The summary of the front matter, else the text's first paragraph. */
        Optional<String> summary() {
            return fields.text("summary").or(() -> Optional.of(body.firstParagraph()).filter(p -> !p.isBlank()));
        }
    }

    /** Reads {@code file}, the page {@code slug}, with front matter of {@code kind}; empty when broken (reported). */
    private Optional<Parsed> parse(Path file, String slug, Fields.Kind kind, Diagnostics diagnostics) {
        Optional<SourceText> source = files.text(file, diagnostics);
        Optional<FrontMatter> split = source.flatMap(s -> FrontMatter.split(s, diagnostics));
        if (split.isEmpty()) {
            return Optional.empty();
        }
        RenderedBody body = markdown.renderEditorial(split.get().body(), split.get().bodyStart(), Layout.pageFolder(slug), diagnostics);
        SourcePosition start = source.get().start();
        return files.frontMatter(source.get(), split.get(), diagnostics)
                .flatMap(v -> Fields.of(v, kind, start, diagnostics))
                .map(fields -> new Parsed(fields, body, start));
    }

    /** The page in {@code file}; empty when it has no front matter or no valid title (reported). */
    Optional<Page> read(Path file, Diagnostics diagnostics) {
        return read(file, "", diagnostics);
    }

    /**
     * The page in {@code file}, in the folder {@code folder} below {@code pages/} ({@code about/} for
     * {@code pages/about/team.md}, empty for a page at the top).
     */
    Optional<Page> read(Path file, String folder, Diagnostics diagnostics) {
        String name = file.getFileName().toString();
        String slug = folder + name.substring(0, name.length() - ".md".length());
        for (String segment : slug.split("/")) {
            Slugs.check(segment, "page slug", SourcePosition.startOf(file), diagnostics);
        }
        return parse(file, slug, FRONT_MATTER, diagnostics)
                .flatMap(parsed -> {
                    Fields fields = parsed.fields();
                    RenderedBody body = parsed.body();
                    Optional<String> title = fields.requiredText("title");
                    Optional<String> summary = parsed.summary();
                    boolean draft = fields.bool("draft").orElse(false);
                    List<String> aliases = Aliases.read(fields, diagnostics);
                    List<CommentInput> read = comments.readFile(commentsFile(file), diagnostics);
                    Path filesDir = file.resolveSibling(name.substring(0, name.length() - ".md".length())
                            + FILES_SUFFIX);
                    List<String> own = Files.isDirectory(filesDir) ? tree.files(filesDir, n -> false, diagnostics)
                            : List.of();
                    return title.map(t -> new Page(slug, t, summary, body.html(), draft, parsed.start(), body.links(),
                            aliases, read, CommentThread.EMPTY, own));
                });
    }
}
