package org.rostrum.render;

import java.util.List;

/**
 * The archive as a whole, the same on every page.
 *
 * @param title       the archive's name
 * @param description one sentence about it (may be empty)
 * @param language    BCP 47 tag for {@code <html lang>}
 * @param baseUrl     the absolute URL of the site's root, ending in {@code /}
 * @param publisher   the organisation behind it (may be empty)
 * @param pages       the standalone pages, for the navigation, sorted by title
 */
public record SiteView(String title, String description, String language, String baseUrl, String publisher,
        List<PageRef> pages) {
    public SiteView {
        pages = List.copyOf(pages);
    }
}
