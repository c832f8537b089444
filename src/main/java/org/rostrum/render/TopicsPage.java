package org.rostrum.render;

import java.util.List;

/**
 * {@code topics.ftlh}: every topic with its count and description, by name.
 *
 * @param site   the archive
 * @param page   this page
 * @param topics every topic that has published debates
 */
public record TopicsPage(SiteView site, PageMeta page, List<TopicView> topics) {
    public TopicsPage {
        topics = List.copyOf(topics);
    }
}
