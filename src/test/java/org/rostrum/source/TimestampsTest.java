package org.rostrum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rostrum.model.Timestamp;

class TimestampsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /**
     * What the pattern makes of {@code yyyy-MM-ddTHH:mmZ}, asked with {@code :00} seconds added,
     * a form that does not take the shortcut and names the same moment.
     */
    private static Optional<Timestamp> byPattern(String text) {
        return Timestamps.parse(text.substring(0, 16) + ":00" + text.substring(16), ZONE);
    }

    @Test
    void readsUtcMinutesAsThePatternDoes() {
        Random random = new Random(2);
        for (int i = 0; i < 5_000; i++) {
            String text = String.format("%04d-%02d-%02d%s%02d:%02d%s", random.nextInt(3000), random.nextInt(14),
                    random.nextInt(33), random.nextBoolean() ? "T" : "t", random.nextInt(26), random.nextInt(62),
                    random.nextBoolean() ? "Z" : "z");
            assertEquals(byPattern(text), Timestamps.parse(text, ZONE), text);
        }
    }

    @Test
    void readsOtherFormsByThePattern() {
        assertEquals(Optional.of(new Timestamp(ZonedDateTime.of(2019, 1, 28, 9, 30, 5, 0, ZoneOffset.UTC), false)),
                Timestamps.parse("2019-01-28T09:30:05Z", ZONE));
        assertEquals(Optional.of(new Timestamp(ZonedDateTime.of(2019, 1, 28, 9, 30, 0, 0, ZONE), false)),
                Timestamps.parse("2019-01-28 09:30", ZONE));
        assertEquals(Optional.of(new Timestamp(ZonedDateTime.of(2019, 1, 28, 9, 30, 0, 0, ZoneOffset.ofHours(1)), false)),
                Timestamps.parse("2019-01-28T09:30+01", ZONE));
        assertEquals(Optional.empty(), Timestamps.parse("2019-01-28T09:30Zx", ZONE));
        assertEquals(Optional.empty(), Timestamps.parse("2019-01-28X09:30Z", ZONE));
        assertEquals(Optional.empty(), Timestamps.parse("2019-02-30T09:30Z", ZONE));
    }
}
