package org.rostrum.source;

import java.util.List;
import org.rostrum.model.Debate;

/** A debate and where each of its topics is written, for the site-wide topic checks. */
record LoadedDebate(Debate debate, List<TopicName> topics) {
    LoadedDebate {
        topics = List.copyOf(topics);
    }
}
