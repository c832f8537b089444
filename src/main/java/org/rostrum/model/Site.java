package org.rostrum.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything loaded from {@code content/}.
 *
 * @param config  {@code site.yaml}
 * @param debates every debate, drafts included, sorted newest first (then by slug)
 * @param people  every person, sorted by id
 * @param topics  every topic used by a debate or described in {@code topics.yaml}, sorted by name
 * @param pages     standalone pages, sorted by slug
 * @param redirects old addresses of the site that are not a debate's ({@code redirects.yaml}), in file order
 * @param translations the debates and pages in the site's other languages
 */
public record Site(SiteConfig config, List<Debate> debates, List<Person> people, List<Topic> topics,
        List<Page> pages, List<Redirect> redirects, Translations translations) {

    public Site {
        Objects.requireNonNull(config, "config");
        debates = List.copyOf(debates);
        people = List.copyOf(people);
        topics = List.copyOf(topics);
        pages = List.copyOf(pages);
        redirects = List.copyOf(redirects);
        Objects.requireNonNull(translations, "translations");
    }

    /** A site without translations. */
    public Site(SiteConfig config, List<Debate> debates, List<Person> people, List<Topic> topics, List<Page> pages,
            List<Redirect> redirects) {
        this(config, debates, people, topics, pages, redirects, Translations.NONE);
    }

    /** A site without redirects of its own. */
    public Site(SiteConfig config, List<Debate> debates, List<Person> people, List<Topic> topics, List<Page> pages) {
        this(config, debates, people, topics, pages, List.of());
    }

    /** This site with {@code replaced} as its pages. */
    public Site withPages(List<Page> replaced) {
        return new Site(config, debates, people, topics, replaced, redirects, translations);
    }

    public Optional<Person> findPerson(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
