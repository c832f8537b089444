package org.rostrum.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The translations of a site published in several languages: {@code index.<language>.md} of a
 * debate's folder, {@code <name>.<language>.md} beside a page. A translation shares everything but
 * its text with the original it translates (same slug): date, topics, people and comment thread.
 *
 * @param debates every debate translation, the original's fields shared ({@link Debate#translatedAs}),
 *                sorted by slug, then language
 * @param pages   every page translation, with the original's slug, sorted by slug, then language
 */
public record Translations(List<Translation<Debate>> debates, List<Translation<Page>> pages) {

    /** A site without translations. */
    public static final Translations NONE = new Translations(List.of(), List.of());

    public Translations {
        debates = List.copyOf(debates);
        pages = List.copyOf(pages);
    }

    /** The translation of the debate {@code slug} into {@code language}, when there is one. */
    public Optional<Debate> debate(String slug, String language) {
        return debates.stream().filter(t -> t.language().equals(language) && t.content().slug().equals(slug))
                .map(Translation::content).findFirst();
    }

    /** The translation of the page {@code slug} into {@code language}, when there is one. */
    public Optional<Page> page(String slug, String language) {
        return pages.stream().filter(t -> t.language().equals(language) && t.content().slug().equals(slug))
                .map(Translation::content).findFirst();
    }

    /**
     * One text in one language.
     *
     * @param language the BCP 47 tag of the file name
     * @param content  the debate or page as that file tells it
     */
    public record Translation<T>(String language, T content) {
        public Translation {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(content, "content");
        }
    }
}
