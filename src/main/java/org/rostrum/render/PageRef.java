package org.rostrum.render;

/**
 * A link to a standalone page, for the site's navigation.
 *
 * @param title the page's title
 * @param href  relative to the site root
 */
public record PageRef(String title, String href) {
}
