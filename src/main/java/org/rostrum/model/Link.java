package org.rostrum.model;

import java.util.Objects;

/** A titled link, as in a person's {@code links}. */
public record Link(String title, String url) {
    public Link {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
