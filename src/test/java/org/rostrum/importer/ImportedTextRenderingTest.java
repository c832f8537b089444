package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Comment;
import org.rostrum.model.CommentInput;
import org.rostrum.model.CommentStatus;
import org.rostrum.model.CommentThread;
import org.rostrum.model.Timestamp;
import org.rostrum.thread.CommentThreader;

/**
 * What the imported text becomes in the build's own later stages: the comment threader and the
 * Markdown renderers. (Loading the files is ContentLoader's job; the end-to-end test over a built
 * site comes with the CLI wiring.)
 */
class ImportedTextRenderingTest {

    @TempDir
    Path content;

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void importedCommentsThreadUnderTheirParentsAndRenderSafely() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        new WordPressImporter().run(ImportFiles.export("wordpress-1.2.xml"), content, false, diagnostics);
        Path file = content.resolve("debates/russia-nato/comments.yaml");
        List<Map<String, Object>> written = ImportFiles.comments(file);

        CommentThread thread = new CommentThreader().thread(inputs(written, file), diagnostics);

        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(written.size(), thread.size());
        Comment deepest = thread.comments().stream().filter(c -> c.id().equals("wp-110")).findFirst().orElseThrow();
        assertEquals(9, deepest.depth());
        assertEquals(Optional.of("wp-109"), deepest.parentId());
        for (Comment comment : thread.comments()) {
            String html = markdown.renderComment(comment.body());
            for (String unsafe : List.of("<script", "<img", "onerror", "javascript:", "onclick")) {
                assertFalse(html.contains(unsafe), comment.id() + ": " + html);
            }
        }
        String mallory = thread.comments().stream().filter(c -> c.id().equals("wp-301")).findFirst()
                .map(c -> markdown.renderComment(c.body())).orElseThrow();
        assertTrue(mallory.contains("href=\"https://example.com/ok\""), mallory);
    }

    @Test
    void importedPostBodiesRenderWithoutDirectiveErrors() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        new WordPressImporter().run(ImportFiles.export("wordpress-1.2.xml"), content, false, diagnostics);
        String index = Files.readString(content.resolve("debates/russia-nato/index.md"));
        String body = index.substring(index.indexOf("\n---\n") + 5);

        String html = markdown.renderDebateBody(body, new SourcePosition(Path.of("index.md"), 12, 1), "debates/x/",
                diagnostics).html();

        assertEquals(List.of(), diagnostics.sorted());
        assertTrue(html.contains("# not a heading"), html);
        assertFalse(html.contains("<h1"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void addressesRoundTripThroughBothRenderers() {
        String imported = new HtmlToMarkdown().convert("<p>See https://example.org/?a=1&amp;b=2 and "
                + "<a href=\"https://x.org/?q=1&amp;r=2&amp;s=a_b\">https://x.org/?q=1&amp;r=2&amp;s=a_b</a>.</p>",
                "https://old.example.org/p/");
        List<String> expected = List.of("https://example.org/?a=1&b=2", "https://x.org/?q=1&r=2&s=a_b");

        assertEquals(expected, org.jsoup.Jsoup.parse(markdown.renderComment(imported)).select("a").eachAttr("href"));
        String editorial = markdown.renderEditorial(imported, new SourcePosition(Path.of("index.md"), 1, 1),
                "debates/x/", new Diagnostics()).html();
        assertEquals(expected, org.jsoup.Jsoup.parse(editorial).select("a").eachAttr("href"));
    }

    private static List<CommentInput> inputs(List<Map<String, Object>> written, Path file) {
        List<CommentInput> inputs = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Map<String, Object> c = written.get(i);
            SourcePosition position = new SourcePosition(file, i + 1, 1);
            inputs.add(new CommentInput(Optional.of((String) c.get("id")),
                    Optional.ofNullable((String) c.get("parent")), OptionalInt.empty(),
                    Optional.ofNullable((String) c.get("author")), Optional.ofNullable((String) c.get("author_url")),
                    Optional.ofNullable((String) c.get("date")).map(d -> new Timestamp(
                            OffsetDateTime.parse(d).toZonedDateTime(), false)),
                    (String) c.getOrDefault("body", ""),
                    "removed".equals(c.get("status")) ? CommentStatus.REMOVED : CommentStatus.PUBLISHED,
                    position, Optional.of(position), Optional.empty()));
        }
        return inputs;
    }

    @Test
    void formattingReadersWroteInWordPressCommentsIsShownAsFormatting() {
        String html = "<table><tr><th>Party</th><th>Seats</th></tr><tr><td><b>Greens</b></td><td>12</td></tr></table>\n"
                + "<p>First line<br />\nsecond line, <del>wrong</del> <s>old</s> <strike>older</strike>,"
                + " press <kbd>Ctrl</kbd>+<kbd>C</kbd>, run <code>ls -l</code>.</p>\n"
                + "<blockquote>quoted</blockquote>\n<ul><li>one</li><li>two</li></ul>\n<ol><li>first</li></ol>";
        String written = new HtmlToMarkdown().convert(WordPressParagraphs.apply(html), "https://old.example.org/p/");
        assertEquals("""
                |   Party    | Seats |
                |------------|-------|
                | **Greens** | 12    |

                First line\\
                second line, ~~wrong~~ ~~old~~ ~~older~~, press <kbd>Ctrl</kbd>+<kbd>C</kbd>, run `ls -l`.
                > quoted

                * one
                * two

                1. first""", written);
        assertEquals("""
                <table>
                <thead>
                <tr><th>Party</th><th>Seats</th></tr>
                </thead>
                <tbody>
                <tr><td><strong>Greens</strong></td><td>12</td></tr>
                </tbody>
                </table>
                <p>First line<br />
                second line, <del>wrong</del> <del>old</del> <del>older</del>, press <kbd>Ctrl</kbd>+<kbd>C</kbd>, \
                run <code>ls -l</code>.</p>
                <blockquote>
                <p>quoted</p>
                </blockquote>
                <ul>
                <li>one</li>
                <li>two</li>
                </ul>
                <ol>
                <li>first</li>
                </ol>
                """, markdown.renderComment(written));
    }
}
