package org.rostrum.importer;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The blog's time zone, worked out from the local and UTC times of its posts and comments (WXR does
 * not carry {@code timezone_string}). Each pair gives the blog's offset on that date; a zone fits
 * when it has that offset at every one of those moments.
 *
 * <p>One offset on every date gives a fixed zone: {@code Etc/GMT-2} for +02:00 (the sign of the
 * {@code Etc} names is inverted), or the first region zone with that offset on every date when it is
 * not a whole number of hours. Offsets that change with the seasons give the first zone, in the
 * order of {@link #PREFERRED} then alphabetical, whose offsets match on every date; the report names
 * it so that an editor can choose another of the same rules. Pairs whose difference is not a whole
 * number of minutes, or over 18 hours, are ignored.
 */
final class SiteZone {

    /** Zones tried first when several fit, so that a German blog gets Europe/Berlin rather than Africa/Ceuta. */
    static final List<String> PREFERRED = List.of("Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Athens",
            "Europe/Moscow", "Europe/Kyiv", "America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "America/Sao_Paulo", "Australia/Sydney", "Australia/Adelaide",
            "Pacific/Auckland", "Asia/Jerusalem", "Asia/Tehran", "Asia/Kolkata", "Asia/Tokyo");

    private SiteZone() {
    }

    /** The zone that fits every pair; empty when there are none or no zone fits them all. */
    static Optional<ZoneId> of(List<ExportSurvey.LocalTime> times) {
        List<ExportSurvey.LocalTime> usable = times.stream().filter(t -> offset(t).isPresent()).distinct().toList();
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Integer> offsets = new TreeSet<>();
        usable.forEach(t -> offsets.add(offset(t).get().getTotalSeconds()));
        if (offsets.size() == 1 && offsets.first() % 3600 == 0 && Math.abs(offsets.first()) <= 12 * 3600) {
            int hours = offsets.first() / 3600;
            return Optional.of(ZoneId.of(hours == 0 ? "Etc/UTC" : hours > 0 ? "Etc/GMT-" + hours : "Etc/GMT+" + -hours));
        }
        List<String> candidates = new ArrayList<>(PREFERRED);
        ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("Etc/")
                && !id.startsWith("SystemV/")).sorted().forEach(candidates::add);
        return candidates.stream().map(ZoneId::of).filter(zone -> fits(zone, usable)).findFirst();
    }

    private static boolean fits(ZoneId zone, List<ExportSurvey.LocalTime> times) {
        for (ExportSurvey.LocalTime time : times) {
            ZoneOffset offset = zone.getRules().getOffset(time.utc().toInstant(ZoneOffset.UTC));
            if (!offset.equals(offset(time).get())) {
                return false;
            }
        }
        return true;
    }

    private static Optional<ZoneOffset> offset(ExportSurvey.LocalTime time) {
        Duration difference = Duration.between(time.utc(), time.local());
        if (difference.getSeconds() % 60 != 0 || Math.abs(difference.getSeconds()) > 18 * 3600) {
            return Optional.empty();
        }
        return Optional.of(ZoneOffset.ofTotalSeconds((int) difference.getSeconds()));
    }
}
