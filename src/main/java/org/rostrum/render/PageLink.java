package org.rostrum.render;

/**
 * One numbered page of a paginated list or thread.
 *
 * @param number  1-based
 * @param href    relative to the site root
 * @param current whether it is the page being shown
 */
public record PageLink(int number, String href, boolean current) {
}
