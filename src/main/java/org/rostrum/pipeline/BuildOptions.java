package org.rostrum.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param content   the content folder ({@code content})
 * @param templates the site's own templates folder ({@code templates}); missing means the built-in theme
 * @param out       the output folder ({@code site})
 * @param drafts    whether debates and pages marked {@code draft: true} are published
 * @param future    whether debates dated after the moment of the build are published
 * @param baseUrl   overrides {@code base_url} of {@code site.yaml}
 * @param threads   how many threads render and write (at least 1)
 * @param clean     whether to ignore what the last build left (its cache) and render everything again
 */
public record BuildOptions(Path content, Path templates, Path out, boolean drafts, boolean future,
        Optional<String> baseUrl, int threads, boolean clean) {

    public BuildOptions {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** Options for an incremental build (not {@code clean}). */
    public BuildOptions(Path content, Path templates, Path out, boolean drafts, boolean future,
            Optional<String> baseUrl, int threads) {
        this(content, templates, out, drafts, future, baseUrl, threads, false);
    }

    /** Options with {@code future} false: debates dated after the build are left out. */
    public BuildOptions(Path content, Path templates, Path out, boolean drafts, Optional<String> baseUrl, int threads) {
        this(content, templates, out, drafts, false, baseUrl, threads);
    }

    /** The defaults of the command line: {@code content}, {@code templates}, {@code site}, all cores. */
    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("content"), Path.of("templates"), Path.of("site"), false, false, Optional.empty(),
                Runtime.getRuntime().availableProcessors());
    }

    public BuildOptions withContent(Path dir) {
        return new BuildOptions(dir, templates, out, drafts, future, baseUrl, threads, clean);
    }

    public BuildOptions withTemplates(Path dir) {
        return new BuildOptions(content, dir, out, drafts, future, baseUrl, threads, clean);
    }

    public BuildOptions withOut(Path dir) {
        return new BuildOptions(content, templates, dir, drafts, future, baseUrl, threads, clean);
    }

    public BuildOptions withDrafts(boolean include) {
        return new BuildOptions(content, templates, out, include, future, baseUrl, threads, clean);
    }

    public BuildOptions withFuture(boolean include) {
        return new BuildOptions(content, templates, out, drafts, include, baseUrl, threads, clean);
    }

    public BuildOptions withBaseUrl(Optional<String> url) {
        return new BuildOptions(content, templates, out, drafts, future, url, threads, clean);
    }

    public BuildOptions withClean(boolean rebuildAll) {
        return new BuildOptions(content, templates, out, drafts, future, baseUrl, threads, rebuildAll);
    }

    public BuildOptions withThreads(int n) {
        return new BuildOptions(content, templates, out, drafts, future, baseUrl, n, clean);
    }
}
