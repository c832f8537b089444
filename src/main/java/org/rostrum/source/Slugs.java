package org.rostrum.source;

import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.slug.Slug;

/** The rule for debate slugs, page slugs and person ids: lowercase ASCII letters, digits, single hyphens. */
public final class Slugs {

    private Slugs() {
    }

    /** Whether {@code slug} follows the rule: usable as a debate slug, page slug or person id. */
    public static boolean isValid(String slug) {
        return Slug.isValid(slug);
    }

    /**
     * Reports {@code slug} when it breaks the rule, with the nearest valid slug as a hint:
     * {@code invalid debate slug 'Foo_Bar': use lowercase letters, digits and single hyphens (did you mean 'foo-bar'?)}.
     *
     * @param what for example {@code debate slug} or {@code person id}
     */
    static boolean check(String slug, String what, SourcePosition position, Diagnostics diagnostics) {
        if (isValid(slug)) {
            return true;
        }
        String suggestion = Slug.of(slug);
        diagnostics.error(position, "invalid " + what + " " + Fields.quote(slug)
                + ": use lowercase letters, digits and single hyphens"
                + (suggestion.isEmpty() ? "" : " (did you mean '" + suggestion + "'?)"));
        return false;
    }
}
