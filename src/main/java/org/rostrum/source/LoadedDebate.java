package org.rostrum.source;

import java.util.List;
import org.rostrum.model.Debate;

/** A debate and where each of its topics is written, for the site-wide topic checks. */
record LoadedDebate(Debate debate, List<TopicName> topics) {
    LoadedDebate {
        topics = List.copyOf(topics);
    }

    /** A debate taken from an earlier build, whose topics are placed at the start of its file. */
    static LoadedDebate of(Debate debate) {
        return new LoadedDebate(debate, debate.topics().stream()
                .map(name -> new TopicName(name, debate.position())).toList());
    }
}
