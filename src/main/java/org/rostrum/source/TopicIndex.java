package org.rostrum.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.rostrum.markdown.LegalText;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.Hints;
import org.rostrum.layout.Layout;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.markdown.RenderedBody;
import org.rostrum.model.ContentLink;
import org.rostrum.model.Redirect;
import org.rostrum.model.Topic;
import org.rostrum.slug.Slug;

/**
 * The site's topics: those described in {@code topics.yaml} and those used by debates. Two names
 * with the same slug are an error at the second (topics.yaml first, in file order, then the
 * debates in slug order); a described topic that no debate uses is a warning.
 */
final class TopicIndex {

    /**
     * A topic of {@code topics.yaml}, its rendered description, the links in it, its names in the
     * site's other languages and its old addresses ({@code aliases}), each a redirect to the topic's page.
     */
    record Described(TopicName name, Optional<String> html, List<ContentLink> links, String summary,
            Map<String, String> names, List<Redirect> aliases) {
        Described {
            links = List.copyOf(links);
            names = Map.copyOf(names);
            aliases = List.copyOf(aliases);
        }
    }

    /** A topic written as a mapping: its description, its names in the site's other languages, its old addresses. */
    private static final Fields.Kind TOPIC = new Fields.Kind("topic", "a description, or a mapping of fields", "",
            Set.of("description", "names", "aliases"));

    private TopicIndex() {
    }

    /**
     * Reads {@code topics.yaml}, a mapping from topic name to its Markdown description, or to a
     * mapping with {@code description} and {@code aliases} (old paths of the topic's page, checked
     * as a debate's aliases are); none when absent.
     */
    static List<Described> readDescriptions(Path file, Reading reading, Diagnostics diagnostics) {
        SourceFiles files = reading.files();
        ContentTree tree = reading.tree();
        MarkdownRenderer markdown = reading.markdown();
        List<String> editions = reading.editions();
        List<Described> described = new ArrayList<>();
        if (!Files.isRegularFile(file) || !tree.isReadable(file, diagnostics)) {
            return described;
        }
        Optional<Value> value = files.yaml(file, diagnostics);
        if (value.isEmpty() || value.get() instanceof Value.Empty) {
            return described;
        }
        if (!(value.get() instanceof Value.Mapping mapping)) {
            diagnostics.error(value.get().position(),
                    "topics.yaml must be a mapping from topic names to descriptions, not " + value.get().kind());
            return described;
        }
        for (Value.Entry entry : mapping.entries()) {
            String name = entry.key().text().strip();
            if (Slug.of(name).isEmpty()) {
                diagnostics.error(entry.key().position(),
                        "topic " + Fields.quote(name) + " needs at least one letter or digit");
                continue;
            }
            Optional<String> html = Optional.empty();
            List<ContentLink> links = List.of();
            String summary = "";
            Map<String, String> names = new TreeMap<>();
            List<Redirect> aliases = List.of();
            Value description = entry.value();
            if (entry.value() instanceof Value.Mapping fields) {
                Optional<Fields> topic = Fields.of(fields, TOPIC, fields.position(), diagnostics);
                description = topic.flatMap(f -> f.value("description")).orElse(new Value.Empty(fields.position()));
                topic.flatMap(f -> f.mapping("names")).ifPresent(m -> names.putAll(names(m, editions, diagnostics)));
                aliases = topic.map(f -> aliases(f, Layout.url(Layout.topicFolder(Slug.of(name))), diagnostics)).orElse(List.of());
            }
            if (description instanceof Value.Scalar text && !text.text().isBlank()) {
                RenderedBody body = markdown.renderEditorial(text.text(), text.textPosition(),
                        Layout.topicFolder(Slug.of(name)), diagnostics);
                html = Optional.of(body.html());
                links = body.links();
                summary = body.firstParagraph();
            } else if (!(description instanceof Value.Empty || description instanceof Value.Scalar)) {
                diagnostics.error(description.position(), "the description of topic " + Fields.quote(name)
                        + " must be text, not " + description.kind());
            }
            described.add(new Described(new TopicName(name, entry.key().position()), html, links, summary, names,
                    aliases));
        }
        return described;
    }

    /** {@code names}: a name for each of the site's languages but the default, by language code. */
    private static Map<String, String> names(Value.Mapping mapping, List<String> editions, Diagnostics diagnostics) {
        Map<String, String> names = new TreeMap<>();
        for (Value.Entry e : mapping.entries()) {
            Optional<String> language = Languages.check(e.key().text(), editions, e.key().position(), diagnostics);
            if (language.isPresent() && e.value() instanceof Value.Scalar text && !text.text().isBlank()) {
                names.put(language.get(), LegalText.of(text.text().strip()));
            } else if (language.isPresent()) {
                diagnostics.error(e.value().position(), "the name of a topic in " + language.get()
                        + " must be text, not " + (e.value() instanceof Value.Scalar ? "empty" : e.value().kind()));
            }
        }
        return names;
    }

    /** The {@code aliases} of a topic's fields, each a redirect to {@code target}; problems at their item. */
    private static List<Redirect> aliases(Fields fields, String target, Diagnostics diagnostics) {
        List<Redirect> aliases = new ArrayList<>();
        fields.list("aliases", "a list of paths", text -> "write aliases: [" + text + "]").ifPresent(list -> {
            for (Value item : list.items()) {
                if (!(item instanceof Value.Scalar scalar) || scalar.text().isBlank()) {
                    diagnostics.error(item.position(), "an alias must be a path, not "
                            + (item instanceof Value.Scalar ? "empty" : item.kind()));
                    continue;
                }
                Aliases.Result result = Aliases.normalise(scalar.text().strip());
                if (result.alias().isEmpty()) {
                    diagnostics.error(item.position(), "invalid alias " + Fields.quote(scalar.text().strip())
                            + ": " + result.problem());
                } else if (aliases.stream().noneMatch(a -> a.from().equals(result.alias().get()))) {
                    aliases.add(new Redirect(result.alias().get(), target, scalar.textPosition()));
                }
            }
        });
        return aliases;
    }

    /** Every described or used topic, sorted by slug. {@code debates} must be in slug order. */
    static List<Topic> build(List<Described> described, List<LoadedDebate> debates, Diagnostics diagnostics) {
        Map<String, TopicName> firstBySlug = new HashMap<>();
        Map<String, Described> descriptions = new HashMap<>();
        for (Described d : described) {
            if (add(d.name(), firstBySlug, diagnostics)) {
                descriptions.put(Slug.of(d.name().name()), d);
            }
        }
        Set<String> usedSlugs = new LinkedHashSet<>();
        Set<String> usedNames = new LinkedHashSet<>();
        for (LoadedDebate debate : debates) {
            for (TopicName topic : debate.topics()) {
                add(topic, firstBySlug, diagnostics);
                usedSlugs.add(Slug.of(topic.name()));
                usedNames.add(topic.name());
            }
        }
        for (Described d : described) {
            if (!usedSlugs.contains(Slug.of(d.name().name()))) {
                diagnostics.warning(d.name().position(), "topic " + Fields.quote(d.name().name())
                        + " is described in topics.yaml but no debate uses it"
                        + Hints.didYouMean(d.name().name(), usedNames));
            }
        }
        return firstBySlug.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> {
                    Optional<Described> d = Optional.ofNullable(descriptions.get(e.getKey()));
                    return new Topic(e.getValue().name(), e.getKey(), d.flatMap(Described::html),
                            d.map(Described::links).orElse(List.of()), d.map(Described::summary).orElse(""),
                            d.map(Described::names).orElse(Map.of()));
                })
                .toList();
    }

    /** Records the first name of each slug; true when {@code topic} was the first. */
    private static boolean add(TopicName topic, Map<String, TopicName> firstBySlug, Diagnostics diagnostics) {
        String slug = Slug.of(topic.name());
        if (slug.length() > Aliases.MAX_NAME_BYTES) {
            diagnostics.error(topic.position(), "topic " + Fields.quote(topic.name())
                    + " is too long: its slug, the name of its folder, has " + slug.length()
                    + " characters; file systems allow at most " + Aliases.MAX_NAME_BYTES);
            return false;
        }
        TopicName first = firstBySlug.putIfAbsent(slug, topic);
        if (first != null && !first.name().equals(topic.name())) {
            diagnostics.error(topic.position(), "topic " + Fields.quote(topic.name()) + " has the same slug '" + slug
                    + "' as " + Fields.quote(first.name()) + " (first at " + first.position() + ")");
        }
        return first == null;
    }
}
