package org.rostrum.source;

import org.rostrum.diag.SourcePosition;

/** A topic name as written in a debate's {@code topics} or as a key of {@code topics.yaml}. */
record TopicName(String name, SourcePosition position) {
}
