package org.rostrum.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rostrum.source.CommentDraft;
import org.rostrum.source.ContentWriter;
import org.rostrum.source.PersonDraft;

/**
 * The authors of a WordPress blog ({@code wp:author}) as people of the archive: each author who
 * wrote an imported post becomes {@code people/<id>.yaml} with the display name alone (never the
 * login, e-mail address or real name), the id being the display name as a slug. Posts find their
 * author by {@code dc:creator} (the login) and comments by {@code wp:comment_user_id}, which are
 * used for matching only and never written.
 *
 * <p>A person file that already exists is kept as it is and used: the byline then names that
 * person. An author without a display name, or whose name gives no slug, is not a person. Not
 * thread-safe; one per import.
 */
final class BlogAuthors {

    private record Person(String id, String name, String login) {
    }

    private final Map<String, Person> byLogin = new HashMap<>();
    private final Map<String, Person> byUserId = new HashMap<>();
    private final Map<String, Person> used = new LinkedHashMap<>();
    private final Slugs ids = new Slugs(Set.of());
    private int learned;

    /** Learns the channel's authors; called again as the channel gives more, it adds the new ones. */
    void learn(List<WxrReader.Author> authors) {
        if (authors.size() == learned) {
            return;
        }
        learned = authors.size();
        for (WxrReader.Author a : authors) {
            String name = HtmlToMarkdown.decodeEntities(a.displayName()).replaceAll("\\s+", " ").strip();
            if (byLogin.containsKey(a.login()) || name.isEmpty() || Slugs.slugify(name).isEmpty()) {
                continue;
            }
            Person person = new Person(ids.allocate(name), name, a.login());
            byLogin.put(a.login(), person);
            if (!a.id().isEmpty() && !a.id().equals("0")) {
                byUserId.put(a.id(), person);
            }
        }
    }

    /** The person id of the author whose login is {@code creator}; noted as used. */
    Optional<String> personOf(String creator) {
        Person person = byLogin.get(creator);
        if (person == null) {
            return Optional.empty();
        }
        used.put(person.id(), person);
        return Optional.of(person.id());
    }

    /** Whether the comment by blog user {@code userId} was written by one of the blog's authors. */
    boolean isAuthor(String userId) {
        return !userId.isEmpty() && !userId.equals("0") && byUserId.containsKey(userId);
    }

    /**
     * {@code drafts} (the comments written from {@code exported}, with ids {@code wp-<comment_id>})
     * with those written by one of the blog's authors marked as staff.
     */
    List<CommentDraft> markStaff(List<WxrReader.Comment> exported, List<CommentDraft> drafts) {
        Set<String> staff = new HashSet<>();
        for (WxrReader.Comment c : exported) {
            if (isAuthor(c.userId())) {
                staff.add("wp-" + c.id());
            }
        }
        return staff.isEmpty() ? drafts
                : drafts.stream().map(d -> d.id().filter(staff::contains).isPresent() ? d.asStaff() : d).toList();
    }

    /**
     * Writes {@code people/<id>.yaml} for every author of an imported post that has no file yet,
     * and notes each one's old author page in {@code addresses}.
     *
     * @return how many person files were written
     */
    int write(Path into, ContentWriter writer, OldAddresses addresses) throws IOException {
        int written = 0;
        for (Person p : used.values()) {
            addresses.author(p.login(), p.id());
            Path file = into.resolve("people").resolve(p.id() + ".yaml");
            if (!Files.exists(file)) {
                writer.writePerson(file, new PersonDraft(p.name(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of()));
                written++;
            }
        }
        return written;
    }
}
