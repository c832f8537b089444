package org.rostrum.model;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rostrum.diag.SourcePosition;

/**
 * One debate bundle ({@code debates/<slug>/}) as loaded: front matter, the rendered body split into
 * blocks. The reader comments are read separately, debate by debate, when the debate is rendered, so
 * that a large archive never holds every comment in memory at once.
 *
 * @param slug        the folder name
 * @param directory   the bundle folder, for copying its files
 * @param position    the start of {@code index.md}
 * @param title       the question
 * @param date        publication date
 * @param updated     date of the last editorial change
 * @param topics      topic names in front-matter order, without duplicates
 * @param summary     the explicit summary, or the first paragraph of the body as plain text (may be empty)
 * @param image       the picture at the top
 * @param status      open, closed or archived
 * @param draft       left out unless drafts are asked for
 * @param aliases     old URL paths, each normalised to start and end with {@code /}
 * @param body        the body in source order
 * @param bundleFiles names of the other files of the bundle, relative to it, sorted, with {@code /}
 * @param links       links in the body that point inside the site, for checking
 * @param guid        the Atom id of its feed entries when it is not its address ({@code guid}: an
 *                    imported post keeps the id feed readers already know)
 * @param authorIds   the people who wrote it ({@code authors}: ids of {@code people/} files), for its byline
 * @param language    the language its text is written in ({@code language}), when not the site's; for a
 *                    translation ({@code index.<language>.md}), always that language
 */
public record Debate(
        String slug,
        Path directory,
        SourcePosition position,
        String title,
        Timestamp date,
        Optional<Timestamp> updated,
        List<String> topics,
        String summary,
        Optional<DebateImage> image,
        DebateStatus status,
        boolean draft,
        List<String> aliases,
        List<Block> body,
        List<String> bundleFiles,
        List<ContentLink> links,
        Optional<String> guid,
        List<String> authorIds,
        Optional<String> language) {

    public Debate {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(updated, "updated");
        topics = List.copyOf(topics);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(status, "status");
        aliases = List.copyOf(aliases);
        body = List.copyOf(body);
        bundleFiles = List.copyOf(bundleFiles);
        links = List.copyOf(links);
        Objects.requireNonNull(guid, "guid");
        authorIds = List.copyOf(authorIds);
        Objects.requireNonNull(language, "language");
    }

    /** A debate in the site's language. */
    public Debate(String slug, Path directory, SourcePosition position, String title, Timestamp date,
            Optional<Timestamp> updated, List<String> topics, String summary, Optional<DebateImage> image,
            DebateStatus status, boolean draft, List<String> aliases, List<Block> body, List<String> bundleFiles,
            List<ContentLink> links, Optional<String> guid, List<String> authorIds) {
        this(slug, directory, position, title, date, updated, topics, summary, image, status, draft, aliases, body,
                bundleFiles, links, guid, authorIds, Optional.empty());
    }

    /**
     * This debate as {@code translation} tells it in {@code language}: its title, summary, text and
     * links, the rest (date, topics, status, people, thread) shared; without aliases, which stay the
     * original's.
     */
    public Debate translatedAs(Debate translation, String language) {
        return new Debate(slug, directory, translation.position(), translation.title(), date, updated, topics,
                translation.summary(), image, status, draft, List.of(), translation.body(), bundleFiles,
                translation.links(), guid, authorIds, Optional.of(language));
    }

    /** A debate without a byline. */
    public Debate(String slug, Path directory, SourcePosition position, String title, Timestamp date,
            Optional<Timestamp> updated, List<String> topics, String summary, Optional<DebateImage> image,
            DebateStatus status, boolean draft, List<String> aliases, List<Block> body, List<String> bundleFiles,
            List<ContentLink> links, Optional<String> guid) {
        this(slug, directory, position, title, date, updated, topics, summary, image, status, draft, aliases, body,
                bundleFiles, links, guid, List.of());
    }

    /** A debate without a {@code guid}. */
    public Debate(String slug, Path directory, SourcePosition position, String title, Timestamp date,
            Optional<Timestamp> updated, List<String> topics, String summary, Optional<DebateImage> image,
            DebateStatus status, boolean draft, List<String> aliases, List<Block> body, List<String> bundleFiles,
            List<ContentLink> links) {
        this(slug, directory, position, title, date, updated, topics, summary, image, status, draft, aliases, body,
                bundleFiles, links, Optional.empty(), List.of());
    }

    /** The date shown in lists and feeds as "last changed": {@code updated}, else {@code date}. */
    public Timestamp lastModified() {
        return updated.orElse(date);
    }

    /** Ids of the people who responded, in order of their first response. */
    public List<String> participantIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Block block : body) {
            if (block instanceof Response response) {
                ids.add(response.personId());
            }
        }
        return List.copyOf(ids);
    }
}
