package org.rostrum.render;

/**
 * A topic for its own page and the topic index.
 *
 * @param topic           name, slug, link and count
 * @param descriptionHtml from {@code topics.yaml}, rendered Markdown (may be empty): print with {@code ?no_esc}
 * @param feedHref        the topic's Atom feed, relative to the site root
 */
public record TopicView(TopicRef topic, String descriptionHtml, String feedHref) {
}
