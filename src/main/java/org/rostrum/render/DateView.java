package org.rostrum.render;

/**
 * A date ready to print.
 *
 * @param iso     machine-readable, for {@code <time datetime>}: {@code 2019-01-28} or
 *                {@code 2019-01-28T09:30:00+01:00}
 * @param text    in words, in the site's language: {@code January 28, 2019} (with the time of day
 *                for comments that have one)
 * @param year    the year, in the site's time zone
 */
public record DateView(String iso, String text, int year) {
}
