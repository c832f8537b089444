package org.rostrum.search;

import java.util.List;

/**
 * What the filters of the search page know of a debate: its year, topics and participants (by
 * name, as the page lists them).
 */
public record SearchDebate(int year, List<String> topics, List<String> people) {

    public SearchDebate {
        topics = List.copyOf(topics);
        people = List.copyOf(people);
    }
}
