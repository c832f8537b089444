package org.rostrum.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rostrum.diag.Diagnostics;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Debate;
import org.rostrum.model.Site;

/**
 * A content folder written by a test, file by file, and loaded with {@link ContentLoader}.
 * Messages come back as {@code Diagnostic.toString()} with the temporary folder shown as
 * {@code content}, so that tests can compare whole {@code path:line:column: error: message} lines.
 */
final class MiniSite {

    static final String SITE_YAML = "title: Test Archive\nbase_url: https://example.org/\n";

    final Path root;
    private Limits limits = Limits.DEFAULT;
    private Diagnostics diagnostics = new Diagnostics();

    MiniSite(Path tempDir) {
        this.root = tempDir.resolve("content");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A site with a valid {@code site.yaml}. */
    static MiniSite withSiteYaml(Path tempDir) {
        return new MiniSite(tempDir).file("site.yaml", SITE_YAML);
    }

    MiniSite file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    MiniSite bytes(String relative, byte[] content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** {@code debates/<slug>/index.md} with the given front matter lines and body. */
    MiniSite debate(String slug, String frontMatter, String body) {
        return file("debates/" + slug + "/index.md", "---\n" + frontMatter + "---\n" + body);
    }

    /** A minimal valid debate. */
    MiniSite debate(String slug) {
        return debate(slug, "title: Question " + slug + "?\ndate: 2019-01-28\n", "Body text.\n");
    }

    MiniSite limits(Limits limits) {
        this.limits = limits;
        return this;
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    Site load() {
        diagnostics = new Diagnostics();
        return new ContentLoader(new MarkdownRenderer(), limits).load(root, diagnostics);
    }

    /** Loads the site and returns its only debate. */
    Debate loadDebate() {
        List<Debate> debates = load().debates();
        if (debates.size() != 1) {
            throw new AssertionError("expected one debate, got " + debates.size() + "; messages: " + messages());
        }
        return debates.get(0);
    }

    /**
     * Loads the site, then reads the comments of its only debate as a build does when it threads
     * that debate; the messages of both are kept.
     */
    List<org.rostrum.model.CommentInput> loadComments() {
        Site site = load();
        if (site.debates().size() != 1) {
            throw new AssertionError("expected one debate, got " + site.debates().size() + "; messages: " + messages());
        }
        return new CommentReader(new SourceFiles(limits), new ContentTree(root), site.config().timezone())
                .read(site.debates().get(0).directory(), diagnostics);
    }

    /** The messages of the last load, sorted, with the content folder shown as {@code content}. */
    List<String> messages() {
        return diagnostics.sorted().stream().map(d -> d.toString().replace(root.toString(), "content")).toList();
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }
}
