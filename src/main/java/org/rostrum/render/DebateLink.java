package org.rostrum.render;

/**
 * A link to another debate from a debate page: previous, next and related debates.
 *
 * @param title the question
 * @param href  the debate's page, relative to the site root
 * @param date  publication date
 */
public record DebateLink(String title, String href, DateView date) {
}
