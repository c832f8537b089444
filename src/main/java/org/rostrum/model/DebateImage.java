package org.rostrum.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The picture at the top of a debate.
 *
 * @param file   a file name in the debate's bundle, checked to exist
 * @param alt    alternative text
 * @param credit credit line, for example {@code (c) BigStock – Elkov}
 */
public record DebateImage(String file, Optional<String> alt, Optional<String> credit) {
    public DebateImage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(credit, "credit");
    }
}
