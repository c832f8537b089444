package org.rostrum.render;

import java.util.List;

/**
 * A debate as it appears in lists: home, topic, archive and person pages.
 *
 * @param slug         the debate's slug
 * @param title        the question
 * @param href         the debate's page, relative to the site root
 * @param date         publication date
 * @param topics       its topics
 * @param summary      one or two sentences, plain text (may be empty)
 * @param commentCount published comments (removed ones not counted)
 * @param participants the people who responded
 * @param status       {@code open}, {@code closed} or {@code archived}
 */
public record DebateCard(String slug, String title, String href, DateView date, List<TopicRef> topics,
        String summary, int commentCount, List<PersonRef> participants, String status) {
    public DebateCard {
        topics = List.copyOf(topics);
        participants = List.copyOf(participants);
    }
}
