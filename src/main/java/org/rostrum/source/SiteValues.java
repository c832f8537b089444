package org.rostrum.source;

import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rostrum.diag.Hints;

/**
 * The forms of the values of {@code site.yaml} that have one: checked the same way when the file is
 * read and when {@code rostrum init} writes a new one.
 */
final class SiteValues {

    static final String LANGUAGE = "a BCP 47 language tag such as en or de-CH";
    static final String TIMEZONE = "an IANA time zone such as Europe/Berlin";
    static final String LOGO = "an image file (.svg, .png, .jpg, .jpeg, .gif, .webp or .avif) in templates/static/ "
            + "or directly in the content folder, such as logo.svg";

    private static final Pattern LOGO_FILE = Pattern.compile(
            "([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(svg|png|jpe?g|gif|webp|avif)",
            Pattern.CASE_INSENSITIVE);

    private SiteValues() {
    }

    /** A relative path of plain names to an image file, as {@code logo} must be. */
    static boolean isLogo(String file) {
        return LOGO_FILE.matcher(file).matches() && !file.contains("..");
    }

    /** The language tag in its normal form, or empty when {@code tag} is not one. */
    static Optional<String> language(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().length() >= 2 && locale.getLanguage().length() <= 3) {
                return Optional.of(locale.toLanguageTag());
            }
        } catch (IllformedLocaleException e) {
            // not a tag
        }
        return Optional.empty();
    }

    /** The zone named {@code id}, or empty when IANA has no zone of that name. */
    static Optional<ZoneId> zone(String id) {
        return ZoneId.getAvailableZoneIds().contains(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
    }

    /** {@code  (did you mean 'Europe/Berlin'?)} for a misspelt zone, or nothing. */
    static String zoneHint(String id) {
        return Hints.didYouMean(id, ZoneId.getAvailableZoneIds().stream().sorted().toList());
    }
}
