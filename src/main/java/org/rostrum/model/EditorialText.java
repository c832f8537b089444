package org.rostrum.model;

import java.util.Objects;

/** The editors' own text between directives. */
public record EditorialText(String html) implements Block {
    public EditorialText {
        Objects.requireNonNull(html, "html");
    }
}
