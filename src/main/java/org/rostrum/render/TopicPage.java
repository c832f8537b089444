package org.rostrum.render;

import java.util.List;

/**
 * {@code topic.ftlh}: one topic's debates, newest first, paginated like the home page.
 *
 * @param site       the archive
 * @param page       this page
 * @param topic      the topic
 * @param debates    the debates on this page
 * @param pagination where this page stands
 */
public record TopicPage(SiteView site, PageMeta page, TopicView topic, List<DebateCard> debates,
        Pagination pagination) {
    public TopicPage {
        debates = List.copyOf(debates);
    }
}
