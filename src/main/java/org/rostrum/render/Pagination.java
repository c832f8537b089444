package org.rostrum.render;

import java.util.List;
import java.util.Optional;

/**
 * Where a page stands in a paginated list or thread.
 *
 * @param current      1-based number of this page
 * @param total        how many pages there are (at least 1)
 * @param previousHref the page before, relative to the site root
 * @param nextHref     the page after, relative to the site root
 * @param pages        every page, for numbered links
 */
public record Pagination(int current, int total, Optional<String> previousHref, Optional<String> nextHref,
        List<PageLink> pages) {
    public Pagination {
        pages = List.copyOf(pages);
    }

    /** Whether there is more than one page, so that navigation is worth showing. */
    public boolean isPaged() {
        return total > 1;
    }
}
