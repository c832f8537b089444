package org.rostrum.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rostrum.model.Timestamp;

/**
 * Parses the dates that editors and exports write: {@code 2019-01-28} (the start of that day in the
 * site's zone), {@code 2019-01-28T09:30:00+01:00}, {@code 2019-01-28T09:30:00Z}, and date-times
 * without an offset ({@code 2019-01-28T09:30:00}, {@code 2019-01-28 09:30}), which are taken in the
 * site's zone. Seconds and fractions of a second are optional; the offset may be written
 * {@code +01:00}, {@code +0100} or {@code +01}.
 */
final class Timestamps {

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:(?:[Tt]| +)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
            + " *([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?");

    private Timestamps() {
    }

    /** The timestamp written as {@code text}, or empty when it is not a valid date or date-time. */
    static Optional<Timestamp> parse(String text, ZoneId zone) {
        if (isUtcMinute(text)) {
            try {
                LocalDate date = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
                LocalTime time = LocalTime.of(digits(text, 11, 13), digits(text, 14, 16));
                return Optional.of(new Timestamp(ZonedDateTime.of(date, time, ZoneOffset.UTC), false));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            if (m.group(4) == null) {
                return Optional.of(new Timestamp(date.atStartOfDay(zone), true));
            }
            String fraction = m.group(7) == null ? "0" : (m.group(7) + "00000000").substring(0, 9);
            LocalTime time = LocalTime.of(number(m, 4), number(m, 5),
                    m.group(6) == null ? 0 : number(m, 6), Integer.parseInt(fraction));
            String offset = m.group(8);
            ZoneId in = offset == null ? zone
                    : offset.equalsIgnoreCase("Z") ? ZoneOffset.UTC : ZoneOffset.of(offset);
            return Optional.of(new Timestamp(ZonedDateTime.of(date, time, in), false));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Why {@code text}, written in one of the accepted forms, names no real moment
     * ({@code February 2019 has 28 days}); empty when it is real or not in an accepted form at all.
     */
    static Optional<String> impossible(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = number(m, 1);
        int month = number(m, 2);
        int day = number(m, 3);
        if (month < 1 || month > 12) {
            return Optional.of("there is no month " + month);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            return Optional.of(yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year
                    + " has " + yearMonth.lengthOfMonth() + " days");
        }
        if (m.group(4) != null) {
            if (number(m, 4) > 23) {
                return Optional.of("there is no hour " + number(m, 4) + "; hours run from 0 to 23");
            }
            if (number(m, 5) > 59 || (m.group(6) != null && number(m, 6) > 59)) {
                return Optional.of("minutes and seconds run from 0 to 59");
            }
        }
        if (m.group(8) != null && !m.group(8).equalsIgnoreCase("Z")) {
            try {
                ZoneOffset.of(m.group(8));
            } catch (DateTimeException e) {
                return Optional.of("there is no time zone offset " + m.group(8) + "; offsets run from -18:00 to +18:00");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} is {@code 2019-01-28T09:30Z}, the form exports write for every comment,
     * which is parsed without the pattern (as the pattern would: same fields, same failures).
     */
    private static boolean isUtcMinute(String text) {
        if (text.length() != 17) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T' || c == 't';
                case 13 -> c == ':';
                case 16 -> c == 'Z' || c == 'z';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
