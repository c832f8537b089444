package org.rostrum.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.List;
import org.rostrum.markdown.MarkdownRenderer;

/**
 * A small site written inline in a test, Hugo style: sections headed {@code -- path --} hold the
 * files of a project folder ({@code content/...}, {@code templates/...}).
 *
 * <pre>{@code
 * InlineSite site = InlineSite.of(dir, """
 *     -- content/site.yaml --
 *     title: T
 *     base_url: https://example.org/
 *     """);
 * }</pre>
 */
final class InlineSite {

    static final String SITE_YAML = "-- content/site.yaml --\ntitle: Test Archive\nbase_url: https://example.org/\n";

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    final Path root;

    /** How many files {@link #writeDated} has dated so far. */
    private int dated;

    private InlineSite(Path root) {
        this.root = root;
    }

    static InlineSite of(Path root, String files) {
        InlineSite site = new InlineSite(root);
        site.write(files);
        return site;
    }

    /**
     * A {@code comments.yaml} for debate {@code slug} in the {@code -- path --} form: one top-level
     * comment per body, with ids {@code c0}, {@code c1}, ... by {@code Reader 0}, {@code Reader 1}, ...
     */
    static String comments(String slug, String... bodies) {
        StringBuilder yaml = new StringBuilder("-- content/debates/" + slug + "/comments.yaml --\ncomments:\n");
        for (int i = 0; i < bodies.length; i++) {
            yaml.append("  - id: c").append(i).append("\n    author: Reader ").append(i).append("\n    body: ")
                    .append(bodies[i]).append('\n');
        }
        return yaml.toString();
    }

    /** Adds or replaces the files of {@code files}, in the same {@code -- path --} form. */
    void write(String files) {
        String path = null;
        StringBuilder text = new StringBuilder();
        for (String line : (files + "\n-- end --").split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (path != null) {
                    writeFile(path, text.toString());
                }
                path = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (path != null) {
                text.append(line).append('\n');
            }
        }
    }

    /**
     * Writes {@code files} as {@link #write} does, each dated a second after the last one this site
     * dated, long ago. A file changed in the last few seconds is racy: a build also remembers its
     * bytes, and with the wall clock's dates a test would depend on how long the build before it
     * took. Tests of racy files write with {@link #write}.
     */
    void writeDated(String files) {
        write(files);
        for (String line : files.split("\n")) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                try {
                    Files.setLastModifiedTime(root.resolve(line.substring(3, line.length() - 3).strip()),
                            FileTime.fromMillis(1_000_000_000_000L + 1_000L * ++dated));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void writeFile(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BuildOptions options() {
        return BuildOptions.defaults().withContent(root.resolve("content")).withTemplates(root.resolve("templates"))
                .withOut(root.resolve("site"));
    }

    BuildResult build() {
        return new SiteBuild(MARKDOWN, Clock.systemUTC()).build(options());
    }

    BuildResult check() {
        return new SiteBuild(MARKDOWN, Clock.systemUTC()).check(options());
    }

    Path out() {
        return root.resolve("site");
    }

    String read(String outputPath) {
        try {
            return Files.readString(out().resolve(outputPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static List<String> messages(BuildResult result) {
        return result.diagnostics().stream().map(Object::toString).toList();
    }
}
