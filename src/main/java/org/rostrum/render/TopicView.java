package org.rostrum.render;

/**
 * A topic for its own page and the topic index.
 *
 * @param topic           name, slug, link and count
 * @param descriptionHtml from {@code topics.yaml}, rendered Markdown (may be empty): print with
 *                        {@code ?no_esc}, on the topic's own page only (its links are made for it)
 * @param summary         the description's first paragraph as plain text, for lists of topics (may be empty)
 * @param feedHref        the topic's Atom feed, relative to the site root
 */
public record TopicView(TopicRef topic, String descriptionHtml, String summary, String feedHref) {
}
