package org.rostrum.source;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;

/** A YAML file went over one of the {@link Limits}; thrown by {@link GuardedParser}, caught by {@link YamlReader}. */
final class YamlLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<Mark> mark;

    YamlLimitException(Optional<Mark> mark, String message) {
        super(message, null, false, false);
        this.mark = mark;
    }

    Optional<Mark> mark() {
        return mark;
    }
}
