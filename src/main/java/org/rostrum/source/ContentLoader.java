package org.rostrum.source;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.rostrum.diag.Diagnostics;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.model.Site;
import org.rostrum.model.SiteConfig;

/**
 * Reads a content folder ({@code site.yaml}, {@code debates/}, {@code people/}, {@code topics.yaml},
 * {@code pages/}) into a {@link Site}.
 *
 * <p>STUB: a placeholder until the real loader lands.
 */
public final class ContentLoader {

    private final MarkdownRenderer markdown;

    public ContentLoader(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * Loads everything under {@code contentDir}. Every problem of every file goes to
     * {@code diagnostics}; what could be read is returned even when there were errors (a broken
     * {@code site.yaml} gives default settings), so that one run reports all problems.
     */
    public Site load(Path contentDir, Diagnostics diagnostics) {
        SiteConfig config = new SiteConfig("", "/", Optional.empty(), "en", ZoneOffset.UTC, Optional.empty(),
                SiteConfig.DEFAULT_PER_PAGE, SiteConfig.DEFAULT_MAX_DEPTH, SiteConfig.DEFAULT_COMMENTS_PER_PAGE);
        return new Site(config, List.of(), List.of(), List.of(), List.of());
    }
}
