package org.rostrum.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * A date as an editor or an export wrote it: either a calendar date ({@code 2019-01-28}, taken as the
 * start of that day in the site's time zone) or a date and time.
 *
 * @param at       the moment, in the zone it was written in (or the site's zone when it had no offset)
 * @param dateOnly true when only a date was written, so that no time of day is shown
 */
public record Timestamp(ZonedDateTime at, boolean dateOnly) implements Comparable<Timestamp> {

    private static final Comparator<Timestamp> ORDER = Comparator
            .comparing(Timestamp::instant)
            .thenComparing(Timestamp::dateOnly, Comparator.reverseOrder());

    public Timestamp {
        Objects.requireNonNull(at, "at");
    }

    public Instant instant() {
        return at.toInstant();
    }

    /** The calendar date as written. */
    public LocalDate localDate() {
        return at.toLocalDate();
    }

    /** Chronological order; at the same instant a date-only value sorts first. */
    @Override
    public int compareTo(Timestamp other) {
        return ORDER.compare(this, other);
    }
}
