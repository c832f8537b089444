package org.rostrum.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A topic that debates are filed under.
 *
 * @param name            the name as editors write it in {@code topics}, for example {@code Foreign Affairs}
 * @param slug            derived from the name by {@link #slugOf(String)}, for example {@code foreign-affairs}
 * @param descriptionHtml  the description from {@code topics.yaml}, rendered from Markdown for the
 *                         topic's own page ({@code topics/<slug>/})
 * @param descriptionLinks links in the description that point inside the site, for checking
 * @param summary          the description's first paragraph as plain text, for lists of topics (may be empty)
 */
public record Topic(String name, String slug, Optional<String> descriptionHtml, List<ContentLink> descriptionLinks,
        String summary) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(descriptionHtml, "descriptionHtml");
        descriptionLinks = List.copyOf(descriptionLinks);
        Objects.requireNonNull(summary, "summary");
    }

    /** A topic whose description has no links to check and no summary. */
    public Topic(String name, String slug, Optional<String> descriptionHtml) {
        this(name, slug, descriptionHtml, List.of(), "");
    }

    /**
     * The URL slug of a topic name: accents removed, lowercase ASCII letters and digits, every other
     * run of characters turned into one hyphen, no hyphen at either end. {@code "Économie & Société"}
     * becomes {@code economie-societe}. Returns the empty string when nothing is left; callers report
     * that as an error.
     */
    public static String slugOf(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder(decomposed.length());
        boolean hyphen = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(lower);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return slug.toString().toLowerCase(Locale.ROOT);
    }
}
