package org.rostrum.model;

import java.util.Objects;
import java.util.OptionalInt;
import org.rostrum.diag.SourcePosition;

/**
 * A named participant's answer ({@code ::: response <person-id>}).
 *
 * @param personId    id of a file in {@code people/}; checked by the loader
 * @param html        the answer
 * @param promptIndex the {@link ReaderPrompt#index()} of the nearest reader prompt above, if any
 * @param position    the directive's line, for "unknown person" errors
 */
public record Response(String personId, String html, OptionalInt promptIndex, SourcePosition position)
        implements Block {
    public Response {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(promptIndex, "promptIndex");
        Objects.requireNonNull(position, "position");
    }
}
