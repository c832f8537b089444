package org.rostrum.render;

import java.util.Optional;

/**
 * The picture at the top of a debate.
 *
 * @param href   relative to the site root
 * @param alt    alternative text (may be empty for a decorative image)
 * @param credit credit line
 */
public record ImageView(String href, String alt, Optional<String> credit) {
}
