package org.rostrum.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.Hints;
import org.rostrum.diag.SourcePosition;
import org.rostrum.layout.Layout;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.markdown.RenderedBody;
import org.rostrum.model.Link;
import org.rostrum.model.Person;

/** Reads one {@code people/<id>.yaml}. */
final class PersonReader {

    private static final Fields.Kind PERSON = new Fields.Kind("a person file",
            Set.of("name", "role", "bio", "photo", "links"));
    private static final Fields.Kind LINK = new Fields.Kind("a link", "a mapping with 'title' and 'url'", "",
            Set.of("title", "url"));

    private final SourceFiles files;
    private final MarkdownRenderer markdown;

    PersonReader(SourceFiles files, MarkdownRenderer markdown) {
        this.files = files;
        this.markdown = markdown;
    }

    /** The id of the person in {@code file}: its name without {@code .yaml}. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

    /**
     * Reads the person in {@code file}. {@code photos} are the files of {@code people/} that a
     * {@code photo} may name. Empty when the file has no valid {@code name}.
     */
    Optional<Person> read(Path file, List<String> photos, Diagnostics diagnostics) {
        String id = idOf(file);
        SourcePosition start = SourcePosition.startOf(file);
        Slugs.check(id, "person id", start, diagnostics);
        Optional<Fields> read = files.yaml(file, diagnostics).flatMap(v -> Fields.of(v, PERSON, start, diagnostics));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = read.get();
        Optional<String> name = fields.requiredText("name");
        Optional<RenderedBody> bio = fields.scalar("bio", "text")
                .map(s -> markdown.renderEditorial(s.text(), s.textPosition(), Layout.personFolder(id), diagnostics));
        Optional<String> photo = photo(fields, photos, diagnostics);
        List<Link> links = links(fields, diagnostics);
        return name.map(n -> new Person(id, n, fields.text("role"), bio.map(RenderedBody::html), photo, links, start,
                bio.map(RenderedBody::links).orElse(List.of())));
    }

    private static Optional<String> photo(Fields fields, List<String> photos, Diagnostics diagnostics) {
        Optional<String> photo = fields.text("photo");
        if (photo.isPresent() && !photos.contains(photo.get())) {
            diagnostics.error(fields.value("photo").get().position(), "photo " + Fields.quote(photo.get())
                    + " not found in people/" + Hints.didYouMean(photo.get(), photos));
            return Optional.empty();
        }
        return photo;
    }

    private static List<Link> links(Fields fields, Diagnostics diagnostics) {
        List<Link> links = new ArrayList<>();
        fields.list("links", "a list of links", text -> "write links: [{title: ..., url: " + text + "}]")
                .ifPresent(list -> {
                    for (Value item : list.items()) {
                        Fields.of(item, LINK, item.position(), diagnostics)
                                .flatMap(link -> link(link))
                                .ifPresent(links::add);
                    }
                });
        return links;
    }

    private static Optional<Link> link(Fields link) {
        Optional<String> title = link.requiredText("title");
        Optional<String> url = link.requiredText("url");
        String expected = "an http, https or mailto URL";
        if (url.isPresent() && !Urls.isWebOrMail(url.get())) {
            url = link.scalar("url", expected).flatMap(s -> link.invalid("url", expected, s));
        }
        if (title.isEmpty() || url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Link(title.get(), url.get()));
    }
}
