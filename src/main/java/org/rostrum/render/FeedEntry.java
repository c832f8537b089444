package org.rostrum.render;

import java.util.List;

/**
 * One debate in an Atom feed.
 *
 * @param title     the question
 * @param url       the debate's absolute URL
 * @param id        its Atom id: the debate's {@code guid}, else its URL
 * @param published RFC 3339 date-time
 * @param updated   RFC 3339 date-time of the last editorial change
 * @param summary   plain text (may be empty)
 * @param topics    topic names, as Atom categories
 * @param authors   the participants' names
 */
public record FeedEntry(String title, String url, String id, String published, String updated, String summary,
        List<String> topics, List<String> authors) {
    public FeedEntry {
        topics = List.copyOf(topics);
        authors = List.copyOf(authors);
    }
}
