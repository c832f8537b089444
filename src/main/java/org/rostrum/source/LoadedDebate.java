package org.rostrum.source;

import java.util.List;
import org.rostrum.model.Debate;
import org.rostrum.model.Translations.Translation;

/** A debate, where each of its topics is written (for the site-wide topic checks), and its translations. */
record LoadedDebate(Debate debate, List<TopicName> topics, List<Translation<Debate>> translations) {
    LoadedDebate {
        topics = List.copyOf(topics);
        translations = List.copyOf(translations);
    }

    LoadedDebate(Debate debate, List<TopicName> topics) {
        this(debate, topics, List.of());
    }

    /** The same, its debate replaced by {@code other} (the same debate, kept otherwise). */
    LoadedDebate withDebate(Debate other) {
        return new LoadedDebate(other, topics, translations);
    }

    LoadedDebate withTranslations(List<Translation<Debate>> read) {
        return new LoadedDebate(debate, topics, read);
    }

    /** A debate taken from an earlier build, whose topics are placed at the start of its file. */
    static LoadedDebate of(Debate debate) {
        return new LoadedDebate(debate, debate.topics().stream()
                .map(name -> new TopicName(name, debate.position())).toList());
    }
}
