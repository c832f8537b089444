package org.rostrum.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rostrum.model.Link;

/**
 * A participant's {@code people/<id>.yaml} to be written by {@link ContentWriter}.
 *
 * @param name  display name
 * @param role  one line
 * @param bio   Markdown
 * @param photo an image file in {@code people/}
 * @param links titled links, in order
 */
public record PersonDraft(String name, Optional<String> role, Optional<String> bio, Optional<String> photo,
        List<Link> links) {

    public PersonDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(bio, "bio");
        Objects.requireNonNull(photo, "photo");
        links = List.copyOf(links);
    }
}
