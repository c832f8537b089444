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

    /** The defaults of the command line: {@code content}, {@code templates}, {@code site}, all cores. */
    public static BuildOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the {@link #defaults}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Options set one by one, starting from the defaults of the command line: {@code content},
     * {@code templates}, {@code site}, no drafts, no future debates, the site's own base URL, all
     * cores, an incremental build. Not thread-safe; {@link #build} checks the options.
     */
    public static final class Builder {
        private Path content = Path.of("content");
        private Path templates = Path.of("templates");
        private Path out = Path.of("site");
        private boolean drafts;
        private boolean future;
        private Optional<String> baseUrl = Optional.empty();
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean clean;

        private Builder() {
        }

        public Builder content(Path dir) {
            this.content = dir;
            return this;
        }

        public Builder templates(Path dir) {
            this.templates = dir;
            return this;
        }

        public Builder out(Path dir) {
            this.out = dir;
            return this;
        }

        public Builder drafts(boolean include) {
            this.drafts = include;
            return this;
        }

        public Builder future(boolean include) {
            this.future = include;
            return this;
        }

        public Builder baseUrl(Optional<String> url) {
            this.baseUrl = url;
            return this;
        }

        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        public Builder clean(boolean rebuildAll) {
            this.clean = rebuildAll;
            return this;
        }

        public BuildOptions build() {
            return new BuildOptions(content, templates, out, drafts, future, baseUrl, threads, clean);
        }
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
