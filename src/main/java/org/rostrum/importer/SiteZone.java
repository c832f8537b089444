package org.rostrum.importer;

import java.time.ZoneId;
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
 * it so that an editor can choose another of the same rules.
 */
final class SiteZone {

    /** Zones tried first when several fit, so that a German blog gets Europe/Berlin rather than Africa/Ceuta. */
    static final List<String> PREFERRED = List.of("Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Athens",
            "Europe/Moscow", "Europe/Kyiv", "America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "America/Sao_Paulo", "Australia/Sydney", "Australia/Adelaide",
            "Pacific/Auckland", "Asia/Jerusalem", "Asia/Tehran", "Asia/Kolkata", "Asia/Tokyo");

    private SiteZone() {
    }

    /** The zone that fits every sample; empty when there are none or no zone fits them all. */
    static Optional<ZoneId> of(OffsetSamples samples) {
        long[] usable = samples.distinct();
        if (usable.length == 0) {
            return Optional.empty();
        }
        TreeSet<Integer> offsets = new TreeSet<>();
        for (long sample : usable) {
            offsets.add(OffsetSamples.offset(sample).getTotalSeconds());
        }
        if (offsets.size() == 1 && offsets.first() % 3600 == 0 && Math.abs(offsets.first()) <= 12 * 3600) {
            int hours = offsets.first() / 3600;
            return Optional.of(ZoneId.of(hours == 0 ? "Etc/UTC" : hours > 0 ? "Etc/GMT-" + hours : "Etc/GMT+" + -hours));
        }
        List<String> candidates = new ArrayList<>(PREFERRED);
        ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("Etc/")
                && !id.startsWith("SystemV/")).sorted().forEach(candidates::add);
        return candidates.stream().map(ZoneId::of).filter(zone -> fits(zone, usable)).findFirst();
    }

    private static boolean fits(ZoneId zone, long[] samples) {
        for (long sample : samples) {
            if (!zone.getRules().getOffset(OffsetSamples.instant(sample)).equals(OffsetSamples.offset(sample))) {
                return false;
            }
        }
        return true;
    }
}
