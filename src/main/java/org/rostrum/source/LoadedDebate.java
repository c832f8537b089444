package org.rostrum.source;

import java.util.List;

/** A debate and where each of its topics is written, for the site-wide topic checks. */
record LoadedDebate(org.rostrum.model.Debate debate, List<TopicName> topics) {
    LoadedDebate {
        topics = List.copyOf(topics);
    }
}
