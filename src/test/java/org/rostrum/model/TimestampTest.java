package org.rostrum.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampTest {

    private static final Timestamp DAY = new Timestamp(LocalDate.of(2019, 1, 21).atStartOfDay(ZoneOffset.UTC), true);
    private static final Timestamp MIDNIGHT = new Timestamp(ZonedDateTime.of(2019, 1, 21, 0, 0, 0, 0, ZoneOffset.UTC),
            false);
    private static final Timestamp MORNING = new Timestamp(ZonedDateTime.of(2019, 1, 21, 9, 30, 0, 0, ZoneOffset.UTC),
            false);

    @Test
    void ordersByInstantThenADateOnlyValueFirst() {
        List<Timestamp> sorted = new ArrayList<>(List.of(MORNING, MIDNIGHT, DAY));
        sorted.sort(null);
        assertEquals(List.of(DAY, MIDNIGHT, MORNING), sorted);
        assertTrue(DAY.compareTo(MIDNIGHT) < 0 && MIDNIGHT.compareTo(DAY) > 0);
        assertEquals(0, DAY.compareTo(new Timestamp(DAY.at(), true)));
    }
}
