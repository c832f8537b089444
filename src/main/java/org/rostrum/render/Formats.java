package org.rostrum.render;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.Month;
import java.util.Locale;
import org.rostrum.model.Timestamp;

/** Dates in the site's language and time zone. Immutable; safe to share between threads. */
final class Formats {

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dateText;
    private final DateTimeFormatter dateTimeText;

    Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.dateText = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.dateTimeText = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale);
    }

    /** A publication date: the calendar day in the site's zone, in words. */
    DateView date(Timestamp t) {
        ZonedDateTime local = local(t);
        return new DateView(iso(t), dateText.format(local), local.getYear());
    }

    /** A comment's date: with the time of day when one was written. */
    DateView dateTime(Timestamp t) {
        ZonedDateTime local = local(t);
        String text = t.dateOnly() ? dateText.format(local) : dateTimeText.format(local.toLocalDateTime());
        return new DateView(iso(t), text, local.getYear());
    }

    /**
     * RFC 3339 with the offset it was written with, as Atom and sitemaps want, to the millisecond at
     * most ({@code 10:15:30.123}, or {@code 10:15:30} without a fraction): HTML's {@code <time datetime>}
     * takes no more than three digits of a second, and content may give nine.
     */
    static String rfc3339(Timestamp t) {
        return t.at().toOffsetDateTime().truncatedTo(ChronoUnit.MILLIS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** RFC 3339 in UTC, for JSON data, to the millisecond at most as {@link #rfc3339}. */
    static String utc(Timestamp t) {
        return t.instant().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    ZonedDateTime local(Timestamp t) {
        return t.dateOnly() ? t.at() : t.at().withZoneSameInstant(zone);
    }

    private static String iso(Timestamp t) {
        return t.dateOnly() ? t.localDate().toString() : rfc3339(t);
    }
}
