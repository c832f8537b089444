package org.rostrum.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;

/**
 * The time zone and language a WordPress export implies for the site: written into a new
 * {@code site.yaml}, or named in a warning when an existing one says otherwise (it is never changed).
 *
 * @param zone     the zone that fits the export's local and UTC times ({@link SiteZone}); empty when none does
 * @param language the channel's {@code <language>}, when it is a language tag
 */
record SiteSettings(Optional<ZoneId> zone, Optional<String> language) {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    static SiteSettings of(Optional<ZoneId> zone, String language) {
        String tag = language.strip();
        return new SiteSettings(zone, LANGUAGE.matcher(tag).matches() ? Optional.of(tag) : Optional.empty());
    }

    /**
     * Warns at {@code site.yaml} when it does not already set {@code timezone} and {@code language}
     * to the export's values, naming them.
     */
    void reportIfDifferent(Path siteYaml, Diagnostics diagnostics) {
        String text;
        try {
            text = Files.readString(siteYaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return; // the import's check and build report an unreadable site.yaml
        }
        List<String> differences = new ArrayList<>();
        zone.filter(z -> !sets(text, "timezone", z.getId()))
                .ifPresent(z -> differences.add("timezone: " + z.getId()));
        language.filter(l -> !sets(text, "language", l)).ifPresent(l -> differences.add("language: " + l));
        if (!differences.isEmpty()) {
            diagnostics.warning(SourcePosition.startOf(siteYaml), "site.yaml was kept as it is; the export's posts "
                    + "suggest " + String.join(" and ", differences) + " (set them there if they are right)");
        }
    }

    private static boolean sets(String yaml, String key, String value) {
        return Pattern.compile("(?m)^" + key + ":\\s*['\"]?" + Pattern.quote(value) + "['\"]?\\s*(#.*)?$")
                .matcher(yaml).find();
    }
}
