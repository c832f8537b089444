package org.rostrum.importer;

import java.util.Optional;
import java.util.Set;

/**
 * The folder below {@code pages/} of an imported page, from the path of its old address: a page
 * that WordPress showed at {@code /about/team/} (a child of {@code about}) goes to
 * {@code pages/about/team.md}, so that it keeps its place and its address. Each parent segment is
 * made a slug; a page whose address has no such path ({@code /?page_id=5}), or whose first segment
 * is one of the site's own sections, goes to the top of {@code pages/}.
 */
final class PageFolders {

    private PageFolders() {
    }

    /** {@code about/} for {@code /about/team/}; empty for a page at the top or without a usable path. */
    static String of(Optional<String> oldPath, Set<String> reserved) {
        if (oldPath.isEmpty()) {
            return "";
        }
        String[] segments = oldPath.get().substring(1).split("/");
        StringBuilder folder = new StringBuilder();
        for (int i = 0; i < segments.length - 1 && i < 7; i++) {
            String slug = Slugs.slugify(segments[i]);
            if (slug.isEmpty() || (i == 0 && reserved.contains(slug))) {
                return "";
            }
            folder.append(slug).append('/');
        }
        return folder.toString();
    }
}
