package org.rostrum.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.Hints;
import org.rostrum.diag.SourcePosition;
import org.rostrum.layout.Layout;
import org.rostrum.markdown.MarkdownRenderer;
import org.rostrum.markdown.RenderedBody;
import org.rostrum.model.Block;
import org.rostrum.model.Debate;
import org.rostrum.model.DebateImage;
import org.rostrum.model.DebateStatus;
import org.rostrum.model.Response;
import org.rostrum.model.SiteConfig;
import org.rostrum.model.Timestamp;
import org.rostrum.model.Topic;
import org.rostrum.model.Translations.Translation;
import org.rostrum.slug.Slug;

/**
 * Reads one debate folder ({@code debates/<slug>/}): the front matter and body of
 * {@code index.md} and the list of bundle files; its comments are read by {@link CommentSource}. Used by
 * {@link ContentLoader} for every debate, and on its own to re-read a single debate that changed.
 *
 * <p>Checks the folder name, every front-matter field, that the image is a bundle file and that
 * every response names a known person. Topic names are checked against each other only across the
 * whole site, by {@link ContentLoader}.
 *
 * <p>Immutable and safe to use from many threads at once.
 */
public final class DebateReader {

    private static final Set<String> NOT_BUNDLED = Set.of("index.md", "comments.yaml", "comments.json", "comments");
    private static final Fields.Kind FRONT_MATTER = new Fields.Kind("front matter", Set.of("title", "date",
            "updated", "topics", "summary", "image", "image_alt", "image_credit", "status", "draft", "aliases", "guid", "authors", "language"));
    /** What a translation ({@code index.<language>.md}) may say: its text; the rest is the original's. */
    private static final Fields.Kind TRANSLATION = new Fields.Kind("front matter of a translation",
            Set.of("title", "summary"));
    private static final Map<String, DebateStatus> STATUSES = Map.of(
            "open", DebateStatus.OPEN, "closed", DebateStatus.CLOSED, "archived", DebateStatus.ARCHIVED);

    private final SourceFiles files;
    private final ContentTree tree;
    private final ZoneId zone;
    private final Set<String> personIds;
    private final MarkdownRenderer markdown;
    private final List<String> editions;

    /**
     * @param contentDir the content folder the debate lives in (symbolic links must stay inside it)
     * @param config     the site settings (dates without an offset are in its time zone)
     * @param personIds  the ids of every file in {@code people/}, for checking responses
     * @param markdown   the shared Markdown renderer
     */
    public DebateReader(Path contentDir, SiteConfig config, Set<String> personIds, MarkdownRenderer markdown) {
        this(new Reading(new SourceFiles(Limits.DEFAULT), new ContentTree(contentDir), markdown, config.editions()),
                config.timezone(), personIds);
    }

    DebateReader(Reading reading, ZoneId zone, Set<String> personIds) {
        this.editions = reading.editions();
        this.files = reading.files();
        this.tree = reading.tree();
        this.zone = zone;
        this.personIds = Set.copyOf(personIds);
        this.markdown = reading.markdown();
    }

    /**
     * Reads the debate in {@code debateDir}. Every problem goes to {@code diagnostics}. Returns
     * empty when there is no debate to show: no readable {@code index.md} or no front matter (both
     * reported). A debate whose front matter has errors is returned with stand-ins for what could not
     * be read, so that the rest of the archive is checked against it; its errors stop the build.
     */
    public Optional<Debate> read(Path debateDir, Diagnostics diagnostics) {
        return load(debateDir, diagnostics).map(LoadedDebate::debate);
    }

    /** As {@link #read}, with the position of every topic name. */
    Optional<LoadedDebate> load(Path dir, Diagnostics diagnostics) {
        String slug = dir.getFileName().toString();
        Path index = dir.resolve("index.md");
        Slugs.check(slug, "debate slug", SourcePosition.startOf(index), diagnostics);
        if (Files.isRegularFile(index) && !tree.isReadable(index, diagnostics)) {
            return Optional.empty();
        }
        List<Path> translations = tree.list(dir, diagnostics).stream()
                .filter(p -> Languages.ofDebateFile(p.getFileName().toString()).isPresent()).sorted().toList();
        if (!Files.isRegularFile(index) && !translations.isEmpty()) {
            for (Path t : translations) {
                diagnostics.error(SourcePosition.startOf(t), "translation " + Fields.quote(t.getFileName().toString())
                        + " has no debate in the default language: write debates/" + slug + "/index.md");
            }
            return Optional.empty();
        }
        if (!Files.isRegularFile(index)) {
            List<String> names = tree.list(dir, diagnostics).stream().map(p -> p.getFileName().toString()).toList();
            diagnostics.error(SourcePosition.startOf(index), "debate folder " + Fields.quote(slug)
                    + " has no index.md" + Hints.didYouMean("index.md", names));
            return Optional.empty();
        }
        List<String> bundle = tree.files(dir,
                name -> NOT_BUNDLED.contains(name) || Languages.ofDebateFile(name).isPresent(), diagnostics);
        Optional<SourceText> source = files.text(index, diagnostics);
        Optional<FrontMatter> split = source.flatMap(s -> FrontMatter.split(s, diagnostics));
        if (split.isEmpty()) {
            return Optional.empty();
        }
        RenderedBody body = markdown.renderDebateBody(split.get().body(), split.get().bodyStart(),
                Layout.debateFolder(slug), diagnostics);
        checkPeople(body.blocks(), diagnostics);
        Parts parts = new Parts(slug, dir, source.get().start(), body, bundle);
        Optional<Fields> fields = files.frontMatter(source.get(), split.get(), diagnostics)
                .flatMap(v -> Fields.of(v, FRONT_MATTER, parts.position(), diagnostics));
        LoadedDebate loaded = fields.map(f -> debate(f, parts, diagnostics)).orElseGet(() -> standIn(parts));
        return Optional.of(loaded.withTranslations(translations(loaded.debate(), translations, diagnostics)));
    }

    /**
     * The translations of {@code original} in {@code files} ({@code index.de.md}): each checked for a
     * listed language other than the original's own, its text read, the rest shared with the original.
     */
    private List<Translation<Debate>> translations(Debate original, List<Path> files, Diagnostics diagnostics) {
        List<Translation<Debate>> read = new ArrayList<>();
        String own = original.language().orElse(editions.get(0));
        for (Path file : files) {
            String code = Languages.ofDebateFile(file.getFileName().toString()).orElseThrow();
            SourcePosition start = SourcePosition.startOf(file);
            Optional<String> language = Languages.check(code, editions, start, diagnostics);
            if (language.isEmpty() || !tree.isReadable(file, diagnostics)) {
                continue;
            }
            if (language.get().equals(own)) {
                diagnostics.error(start, "translation " + Fields.quote(file.getFileName().toString())
                        + " is in the language of index.md (" + own + "): remove one of them");
                continue;
            }
            translation(original, file, diagnostics)
                    .ifPresent(t -> read.add(new Translation<>(language.get(), original.translatedAs(t, language.get()))));
        }
        return read;
    }

    /** The text of one translation file, as a debate whose other fields are the original's. */
    private Optional<Debate> translation(Debate original, Path file, Diagnostics diagnostics) {
        Optional<SourceText> source = files.text(file, diagnostics);
        Optional<FrontMatter> split = source.flatMap(s -> FrontMatter.split(s, diagnostics));
        if (split.isEmpty()) {
            return Optional.empty();
        }
        RenderedBody body = markdown.renderDebateBody(split.get().body(), split.get().bodyStart(),
                Layout.debateFolder(original.slug()), diagnostics);
        checkPeople(body.blocks(), diagnostics);
        SourcePosition start = source.get().start();
        return files.frontMatter(source.get(), split.get(), diagnostics)
                .flatMap(v -> Fields.of(v, TRANSLATION, start, diagnostics))
                .map(f -> new Debate(original.slug(), original.directory(), start,
                        f.requiredText("title").orElse(original.title()), original.date(), original.updated(),
                        original.topics(), f.text("summary").orElse(body.firstParagraph()), original.image(),
                        original.status(), original.draft(), List.of(), body.blocks(), original.bundleFiles(),
                        body.links()));
    }

    /**
     * A debate whose front matter could not be read (the problem is reported): it still exists,
     * titled by its folder, so that links to it and its comments are checked in the same run
     * instead of failing as false "missing debate" errors. The reported error stops the build.
     */
    private LoadedDebate standIn(Parts parts) {
        Debate debate = new Debate(parts.slug(), parts.dir(), parts.position(), parts.slug(), unknownDate(),
                Optional.empty(), List.of(), parts.body().firstParagraph(), Optional.empty(), DebateStatus.ARCHIVED,
                false, List.of(), parts.body().blocks(), parts.bundle(), parts.body().links());
        return new LoadedDebate(debate, List.of());
    }

    /** The date of a debate whose own date is wrong or missing (reported), so that it still sorts. */
    private Timestamp unknownDate() {
        return new Timestamp(LocalDate.EPOCH.atStartOfDay(zone), true);
    }

    /** What was read besides the front matter. */
    private record Parts(String slug, Path dir, SourcePosition position, RenderedBody body, List<String> bundle) {
    }

    private LoadedDebate debate(Fields fields, Parts parts, Diagnostics diagnostics) {
        Optional<String> title = fields.requiredText("title");
        Optional<Timestamp> date = fields.requiredTimestamp("date", zone);
        Optional<Timestamp> updated = fields.timestamp("updated", zone);
        List<TopicName> topics = topics(fields, diagnostics);
        String summary = fields.text("summary").orElse(parts.body().firstParagraph());
        Optional<DebateImage> image = image(fields, parts, diagnostics);
        DebateStatus status = fields.oneOf("status", STATUSES, "open, closed or archived").orElse(DebateStatus.ARCHIVED);
        boolean draft = fields.bool("draft").orElse(false);
        List<String> aliases = aliases(fields, diagnostics);
        Optional<String> guid = guid(fields, diagnostics);
        List<String> authors = authors(fields, diagnostics);
        Optional<String> language = fields.scalar("language", Languages.EXPECTED)
                .flatMap(v -> Languages.check(v.text(), editions, v.position(), diagnostics));
        // A wrong or missing title or date is reported above; the debate stays, with stand-ins, so
        // that the rest of it and the links to it are still checked.
        Debate debate = new Debate(parts.slug(), parts.dir(), parts.position(), title.orElse(parts.slug()),
                date.orElseGet(this::unknownDate), updated,
                topics.stream().map(TopicName::name).toList(), summary, image, status, draft, aliases,
                parts.body().blocks(), parts.bundle(), parts.body().links(), guid, authors, language);
        return new LoadedDebate(debate, topics);
    }

    /** Reports every response whose person id names no file in {@code people/}. */
    void checkPeople(List<Block> blocks, Diagnostics diagnostics) {
        for (Block block : blocks) {
            if (block instanceof Response response && !personIds.contains(response.personId())) {
                diagnostics.error(response.position(), "unknown person " + Fields.quote(response.personId())
                        + Hints.didYouMean(response.personId(), personIds));
            }
        }
    }

    private static List<TopicName> topics(Fields fields, Diagnostics diagnostics) {
        List<TopicName> topics = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        fields.list("topics", "a list of topic names", text -> "write topics: [" + text + "]").ifPresent(list -> {
            for (Value item : list.items()) {
                if (!(item instanceof Value.Scalar scalar) || scalar.text().isBlank()) {
                    diagnostics.error(item.position(), "a topic must be a name, not " + kindOf(item));
                    continue;
                }
                String name = scalar.text().strip();
                if (Slug.of(name).isEmpty()) {
                    diagnostics.error(item.position(),
                            "topic " + Fields.quote(name) + " needs at least one letter or digit");
                } else if (seen.add(name)) {
                    topics.add(new TopicName(name, item.position()));
                }
            }
        });
        return topics;
    }

    /** Like {@link Value#kind()}, but blank text is empty. */
    private static String kindOf(Value item) {
        return item instanceof Value.Scalar ? "empty" : item.kind();
    }

    private static Optional<DebateImage> image(Fields fields, Parts parts, Diagnostics diagnostics) {
        Optional<String> file = fields.text("image");
        if (file.isPresent() && !parts.bundle().contains(file.get())) {
            diagnostics.error(fields.value("image").get().position(), "image " + Fields.quote(file.get())
                    + " not found in debates/" + parts.slug() + "/" + Hints.didYouMean(file.get(), parts.bundle()));
            return Optional.empty();
        }
        return file.map(f -> new DebateImage(f, fields.text("image_alt"), fields.text("image_credit")));
    }

    /** {@code authors}: ids of {@code people/} files, each checked, without duplicates. */
    private List<String> authors(Fields fields, Diagnostics diagnostics) {
        List<String> authors = new ArrayList<>();
        fields.list("authors", "a list of person ids", text -> "write authors: [" + text + "]").ifPresent(list -> {
            for (Value item : list.items()) {
                if (!(item instanceof Value.Scalar scalar) || scalar.text().isBlank()) {
                    diagnostics.error(item.position(), "an author must be a person id, not " + kindOf(item));
                } else if (!personIds.contains(scalar.text().strip())) {
                    diagnostics.error(item.position(), "unknown person " + Fields.quote(scalar.text().strip())
                            + Hints.didYouMean(scalar.text().strip(), personIds));
                } else if (!authors.contains(scalar.text().strip())) {
                    authors.add(scalar.text().strip());
                }
            }
        });
        return authors;
    }

    /** {@code guid}: an absolute URI (the Atom id of the debate's feed entries), as written. */
    private static Optional<String> guid(Fields fields, Diagnostics diagnostics) {
        Optional<String> guid = fields.text("guid").map(String::strip);
        if (guid.isPresent() && !guid.get().matches("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+")) {
            diagnostics.error(fields.value("guid").get().position(), "guid " + Fields.quote(guid.get())
                    + " is not an absolute URI such as https://example.org/?p=123");
            return Optional.empty();
        }
        return guid;
    }

    private static List<String> aliases(Fields fields, Diagnostics diagnostics) {
        return Aliases.read(fields, diagnostics);
    }
}
