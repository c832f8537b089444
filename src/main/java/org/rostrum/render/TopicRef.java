package org.rostrum.render;

/**
 * A link to a topic's page.
 *
 * @param name  as editors write it
 * @param slug  the URL slug
 * @param href  relative to the site root
 * @param count how many published debates carry it
 */
public record TopicRef(String name, String slug, String href, int count) {
}
