package org.rostrum.render;

import java.util.List;
import java.util.Optional;

/**
 * What a debate's pages show of the rest of the archive: the debates before and after it, the
 * related ones, its topics with their counts, and the people who answer in it. With the debate's
 * own folder it decides every byte of its pages, so a build keeps it to tell whether the pages must
 * be rendered again, and to render them again after an edit of the comments alone without the rest
 * of the archive.
 *
 * <p>Not a view: templates never see it (so it is a class, not one of the view records that
 * {@code docs/templates.md} describes). Immutable.
 */
public final class DebateContext {

    private final Optional<DebateLink> previous;
    private final Optional<DebateLink> next;
    private final List<DebateLink> related;
    private final List<TopicRef> topics;
    private final List<PersonRef> people;

    /**
     * @param previous the debate published before it
     * @param next     the debate published after it
     * @param related  up to three related debates
     * @param topics   its topics, in its order
     * @param people   the people who answer in it, in the order of their first answer
     */
    public DebateContext(Optional<DebateLink> previous, Optional<DebateLink> next, List<DebateLink> related,
            List<TopicRef> topics, List<PersonRef> people) {
        this.previous = previous;
        this.next = next;
        this.related = List.copyOf(related);
        this.topics = List.copyOf(topics);
        this.people = List.copyOf(people);
    }

    public Optional<DebateLink> previous() {
        return previous;
    }

    public Optional<DebateLink> next() {
        return next;
    }

    public List<DebateLink> related() {
        return related;
    }

    public List<TopicRef> topics() {
        return topics;
    }

    public List<PersonRef> people() {
        return people;
    }

    /** The person {@code id} among {@link #people}. */
    PersonRef person(String id) {
        for (PersonRef p : people) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("not a participant: " + id);
    }
}
