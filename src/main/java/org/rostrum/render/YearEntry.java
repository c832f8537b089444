package org.rostrum.render;

/**
 * A year of the archive.
 *
 * @param year  the year, in the site's time zone
 * @param href  its page, relative to the site root
 * @param count debates published that year
 */
public record YearEntry(int year, String href, int count) {
}
