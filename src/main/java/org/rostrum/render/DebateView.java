package org.rostrum.render;

import java.util.List;
import java.util.Optional;

/**
 * A debate for its own page.
 *
 * @param slug         the debate's slug
 * @param title        the question
 * @param href         its page, relative to the site root
 * @param date         publication date
 * @param updated      date of the last editorial change
 * @param topics       its topics
 * @param summary      one or two sentences, plain text (may be empty)
 * @param image        the picture at the top
 * @param status       {@code open}, {@code closed} or {@code archived}
 * @param body         the editors' text, reader prompts and responses, in order
 * @param participants the people who responded, in order of first response
 * @param authors      the people who wrote it ({@code authors}), for the byline
 */
public record DebateView(String slug, String title, String href, DateView date, Optional<DateView> updated,
        List<TopicRef> topics, String summary, Optional<ImageView> image, String status, List<BlockView> body,
        List<PersonRef> participants, List<PersonRef> authors) {
    public DebateView {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
        body = List.copyOf(body);
        participants = List.copyOf(participants);
    }
}
