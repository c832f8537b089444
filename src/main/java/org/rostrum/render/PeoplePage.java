package org.rostrum.render;

import java.util.List;

/**
 * {@code people.ftlh}: every participant, by name.
 *
 * @param site   the archive
 * @param page   this page
 * @param people every person with their counts
 */
public record PeoplePage(SiteView site, PageMeta page, List<PersonEntry> people) {
    public PeoplePage {
        people = List.copyOf(people);
    }
}
