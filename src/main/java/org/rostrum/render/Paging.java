package org.rostrum.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** Pagination of lists and threads. */
final class Paging {

    private Paging() {
    }

    /** How many pages {@code items} take at {@code perPage} a page (at least 1). */
    static int pages(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }

    /** The items of page {@code page} (1-based). */
    static <T> List<T> slice(List<T> items, int page, int perPage) {
        int from = Math.min(items.size(), (page - 1) * perPage);
        return items.subList(from, Math.min(items.size(), from + perPage));
    }

    /** Page numbers shown on either side of the current one; the first and last are always shown. */
    static final int WINDOW = 2;

    /**
     * Where page {@code current} of {@code total} stands, with links made by {@code href}. The
     * numbered links are the first page, the last, and {@value #WINDOW} on either side of the
     * current one, in order; templates show a gap where numbers are not consecutive.
     */
    static Pagination of(int current, int total, IntFunction<String> href) {
        List<PageLink> links = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || Math.abs(n - current) <= WINDOW) {
                links.add(new PageLink(n, href.apply(n), n == current));
            }
        }
        return new Pagination(current, total,
                current > 1 ? Optional.of(href.apply(current - 1)) : Optional.empty(),
                current < total ? Optional.of(href.apply(current + 1)) : Optional.empty(), links);
    }
}
