package org.rostrum.render;

import org.rostrum.layout.Layout;

/**
 * The site's own pages that every page may link to (navigation, footer, breadcrumbs), each
 * relative to the root, as every {@code href} of a view: templates write
 * {@code ${page.root}${site.links.topics}}.
 *
 * @param home    the first page of the home page's list
 * @param topics  the list of topics
 * @param people  the list of people
 * @param archive the archive's list of years
 * @param search  the search page
 * @param feed    the Atom feed of the latest debates
 */
public record SiteLinks(String home, String topics, String people, String archive, String search, String feed) {

    /** The links of every site: the same pages at the same places. */
    static SiteLinks of() {
        return new SiteLinks(Layout.home(1), Layout.topics(), Layout.people(), Layout.archive(), Layout.search(),
                Layout.feed());
    }
}
