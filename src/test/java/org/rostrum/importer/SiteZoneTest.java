package org.rostrum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteZoneTest {

    /** Pairs of local and UTC times, as {@code local, utc, local, utc…}. */
    private static OffsetSamples at(String... times) {
        OffsetSamples samples = new OffsetSamples();
        for (int i = 0; i < times.length; i += 2) {
            samples.add(LocalDateTime.parse(times[i]), LocalDateTime.parse(times[i + 1]));
        }
        return samples;
    }

    @Test
    void oneWholeHourOffsetIsAFixedZone() {
        assertEquals(Optional.of(ZoneId.of("Etc/GMT-2")), SiteZone.of(at("2020-01-01T12:00", "2020-01-01T10:00",
                "2020-07-01T12:00", "2020-07-01T10:00")));
        assertEquals(Optional.of(ZoneId.of("Etc/UTC")), SiteZone.of(at("2020-01-01T12:00", "2020-01-01T12:00")));
    }

    @Test
    void aHalfHourOffsetIsARegionWithIt() {
        assertEquals(Optional.of(ZoneId.of("Asia/Kolkata")), SiteZone.of(at("2020-01-01T12:30", "2020-01-01T07:00")));
    }

    @Test
    void summerTimeGivesTheZoneWhoseRulesFitEveryDate() {
        assertEquals(Optional.of(ZoneId.of("America/New_York")), SiteZone.of(at("2019-01-10T08:00", "2019-01-10T13:00",
                "2019-07-10T09:00", "2019-07-10T13:00", "2019-11-03T01:30", "2019-11-03T06:30")));
    }

    @Test
    void westOfGreenwichTheEtcNameHasAPlus() {
        assertEquals(Optional.of(ZoneId.of("Etc/GMT+5")), SiteZone.of(at("2020-01-01T07:00", "2020-01-01T12:00")));
    }

    @Test
    void timesThatNoZoneFitsGiveNone() {
        assertEquals(Optional.empty(), SiteZone.of(at("2020-01-01T12:00", "2020-01-01T10:00",
                "2020-01-02T12:00", "2020-01-02T15:00")));
        assertEquals(Optional.empty(), SiteZone.of(at("2020-01-01T12:00:30", "2020-01-01T10:00")));
        assertEquals(Optional.empty(), SiteZone.of(at()));
    }
}
