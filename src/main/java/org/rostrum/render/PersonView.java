package org.rostrum.render;

import java.util.List;

/**
 * A participant for their own page.
 *
 * @param person  name, role, link and photo
 * @param bioHtml the biography, rendered Markdown (may be empty): print with {@code ?no_esc}
 * @param links   the person's links
 */
public record PersonView(PersonRef person, String bioHtml, List<LinkView> links) {
    public PersonView {
        links = List.copyOf(links);
    }
}
