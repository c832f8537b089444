package org.rostrum.render;

import java.util.List;

/**
 * {@code feed.ftlx}: an Atom 1.0 feed of the latest debates (the whole site's or one topic's).
 *
 * @param site    the archive
 * @param title   the feed's title
 * @param selfUrl the feed's own absolute URL
 * @param homeUrl the absolute URL of the page the feed belongs to
 * @param updated RFC 3339 date-time of the newest change among its entries
 * @param entries newest first
 */
public record FeedPage(SiteView site, String title, String selfUrl, String homeUrl, String updated,
        List<FeedEntry> entries) {
    public FeedPage {
        entries = List.copyOf(entries);
    }
}
