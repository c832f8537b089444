package org.rostrum.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The dates written into pages, feeds and JSON are what Java's ISO formatter writes. */
class FormatsTest {

    /**
     * Random moments from year 1 to past 9999 at random offsets (with seconds now and then), with
     * nanoseconds, whole milliseconds and whole seconds: the direct writing and the formatter agree.
     */
    @Test
    void writesWhatTheIsoFormatterWrites() {
        Random random = new Random(9);
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong(-62_135_596_800L, 320_000_000_000L);
            int nanos = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(10) * 100_000_000;
                default -> random.nextInt(1_000_000_000);
            };
            int offsetSeconds = random.nextInt(3) == 0 ? 0 : random.nextInt(-18 * 3600, 18 * 3600 + 1)
                    / (random.nextBoolean() ? 1 : 900) * (random.nextBoolean() ? 1 : 900);
            OffsetDateTime at = Instant.ofEpochSecond(seconds, nanos).atOffset(ZoneOffset.ofTotalSeconds(
                    Math.max(-18 * 3600, Math.min(18 * 3600, offsetSeconds))));
            assertEquals(at.truncatedTo(ChronoUnit.MILLIS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    Formats.rfc3339(at), at.toString());
        }
    }

    /**
     * The localized formatters with their pattern looked up once write what Java's localized
     * formatters write, in languages of several scripts and calendars' customs, for dates and times
     * across the years.
     */
    @Test
    void localizedFormattersWriteWhatJavasWrite() {
        Random random = new Random(11);
        for (String tag : new String[] {"en", "de", "fr", "ar", "ja", "zh", "ru", "he", "fa", "th", "hi", "es-MX", "pt-BR"}) {
            Locale locale = Locale.forLanguageTag(tag);
            DateTimeFormatter date = Formats.localized(FormatStyle.LONG, null, locale);
            DateTimeFormatter dateTime = Formats.localized(FormatStyle.LONG, FormatStyle.SHORT, locale);
            DateTimeFormatter javaDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            DateTimeFormatter javaDateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(locale);
            for (int i = 0; i < 2_000; i++) {
                ZonedDateTime at = Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 10_000_000_000L))
                        .atZone(ZoneId.of("Europe/Berlin"));
                assertEquals(javaDate.format(at), date.format(at), tag + " " + at);
                assertEquals(javaDateTime.format(at.toLocalDateTime()), dateTime.format(at.toLocalDateTime()),
                        tag + " " + at);
            }
        }
    }
}
