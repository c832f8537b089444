package org.rostrum.render;

import java.util.Optional;

/**
 * A link to a participant's page.
 *
 * @param id        the person's id
 * @param name      display name
 * @param role      one line (may be empty)
 * @param href      the person's page, relative to the site root
 * @param photoHref the photo, relative to the site root, when there is one
 */
public record PersonRef(String id, String name, String role, String href, Optional<String> photoHref) {
}
