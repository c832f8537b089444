package org.rostrum.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The archive as a whole, the same on every page.
 *
 * @param title       the archive's name
 * @param description one sentence about it (may be empty)
 * @param language    BCP 47 tag for {@code <html lang>}
 * @param direction   {@code rtl} for a language written right to left, else {@code ltr}: for {@code <html dir>}
 * @param baseUrl     the absolute URL of the site's root, ending in {@code /}
 * @param publisher   the organisation behind it (may be empty)
 * @param pages       the standalone pages, for the navigation, sorted by title
 * @param logo        the href of the logo image ({@code logo} of {@code site.yaml}), when there is one
 * @param customCss   the href of the site's own stylesheet, {@code static/custom.css}, when the site's
 *                    templates have one: linked after the theme's stylesheet
 * @param search      whether the site has its search page ({@code search} of {@code site.yaml}): link to it only then
 * @param params      the site's own values ({@code params} of {@code site.yaml}), in file order: text,
 *                    numbers, booleans and lists of them
 * @param links       the site's own pages that every page may link to: home, lists, search, feed
 */
public record SiteView(String title, String description, String language, String direction, String baseUrl, String publisher,
        List<PageRef> pages, Optional<String> logo, Optional<String> customCss, Map<String, Object> params,
        SiteLinks links, boolean search) {
    public SiteView {
        pages = List.copyOf(pages);
    }
}
