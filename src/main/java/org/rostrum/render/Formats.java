package org.rostrum.render;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
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
        this.dateText = localized(FormatStyle.LONG, null, locale);
        this.dateTimeText = localized(FormatStyle.LONG, FormatStyle.SHORT, locale);
    }

    /**
     * What {@code DateTimeFormatter.ofLocalizedDate(Time)(...).withLocale(locale)} formats, with its
     * pattern looked up once: the localized formatter looks it up again on every call, building a
     * key string for its cache, which cost more than the formatting itself. Both format ISO dates
     * only (every date here is one).
     */
    static DateTimeFormatter localized(FormatStyle date, FormatStyle time, Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time, IsoChronology.INSTANCE, locale);
        return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter(locale);
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
        return rfc3339(t.at().toOffsetDateTime());
    }

    /**
     * What {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} writes for {@code at} to the millisecond,
     * written directly for the years 1 to 9999: every comment's date is written two or three times,
     * and the formatter's general machinery cost more than the rest of the date's handling.
     */
    static String rfc3339(OffsetDateTime at) {
        OffsetDateTime t = at.truncatedTo(ChronoUnit.MILLIS);
        int year = t.getYear();
        if (year < 1 || year > 9999) {
            return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        StringBuilder out = new StringBuilder(29);
        digits(out, year, 4).append('-');
        digits(out, t.getMonthValue(), 2).append('-');
        digits(out, t.getDayOfMonth(), 2).append('T');
        digits(out, t.getHour(), 2).append(':');
        digits(out, t.getMinute(), 2).append(':');
        digits(out, t.getSecond(), 2);
        int millis = t.getNano() / 1_000_000;
        if (millis != 0) {
            out.append('.');
            int length = millis % 100 == 0 ? 1 : millis % 10 == 0 ? 2 : 3;
            digits(out, millis / (length == 1 ? 100 : length == 2 ? 10 : 1), length);
        }
        return out.append(t.getOffset().getId()).toString();
    }

    private static StringBuilder digits(StringBuilder out, int value, int width) {
        for (int unit = width == 4 ? 1000 : width == 3 ? 100 : width == 2 ? 10 : 1; unit > 0; unit /= 10) {
            out.append((char) ('0' + value / unit % 10));
        }
        return out;
    }

    /** RFC 3339 in UTC, for JSON data, to the millisecond at most as {@link #rfc3339}. */
    static String utc(Timestamp t) {
        return rfc3339(t.instant().atOffset(ZoneOffset.UTC));
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
