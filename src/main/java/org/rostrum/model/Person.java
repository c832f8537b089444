package org.rostrum.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rostrum.diag.SourcePosition;

/**
 * An expert, politician or other named participant ({@code people/<id>.yaml}).
 *
 * @param id       the file name without {@code .yaml}
 * @param name     display name
 * @param role     one line, for example the person's office
 * @param bioHtml  the biography, rendered from the editors' Markdown
 * @param photo    an image file name in {@code people/}, checked to exist
 * @param links    the person's links, in file order
 * @param position the start of the person's file
 * @param bioLinks links in the biography that point inside the site, for checking
 */
public record Person(String id, String name, Optional<String> role, Optional<String> bioHtml,
        Optional<String> photo, List<Link> links, SourcePosition position, List<ContentLink> bioLinks) {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(bioHtml, "bioHtml");
        Objects.requireNonNull(photo, "photo");
        links = List.copyOf(links);
        Objects.requireNonNull(position, "position");
        bioLinks = List.copyOf(bioLinks);
    }

    /** A person whose biography has no links to check. */
    public Person(String id, String name, Optional<String> role, Optional<String> bioHtml, Optional<String> photo,
            List<Link> links, SourcePosition position) {
        this(id, name, role, bioHtml, photo, links, position, List.of());
    }
}
