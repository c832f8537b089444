package org.rostrum.render;

import java.util.List;

/**
 * {@code person.ftlh}: a participant and every response they gave, newest first.
 *
 * @param site      the archive
 * @param page      this page
 * @param person    the participant
 * @param responses their responses, newest debate first
 */
public record PersonPage(SiteView site, PageMeta page, PersonView person, List<ResponseView> responses) {
    public PersonPage {
        responses = List.copyOf(responses);
    }
}
