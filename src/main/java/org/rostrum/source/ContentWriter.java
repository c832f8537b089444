package org.rostrum.source;

import static org.rostrum.source.ContentYaml.bool;
import static org.rostrum.source.ContentYaml.date;
import static org.rostrum.source.ContentYaml.dump;
import static org.rostrum.source.ContentYaml.field;
import static org.rostrum.source.ContentYaml.mapping;
import static org.rostrum.source.ContentYaml.sequence;
import static org.rostrum.source.ContentYaml.text;
import static org.rostrum.source.ContentYaml.texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.model.CommentStatus;
import org.rostrum.model.Link;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes content files in the content format of docs/content.md: {@code site.yaml}, debate and page front
 * matter, person files and {@code comments.yaml}. Used by the importers and by {@code rostrum new}.
 *
 * <p>Output is deterministic (the same drafts give the same bytes), UTF-8 with {@code \n} line ends,
 * and reads back as YAML 1.2 to exactly the values written: block style, keys in the order of the
 * the format's tables, absent fields left out, multi-line text as literal block scalars ({@code |}) where
 * YAML allows it, and every string that a YAML 1.1 or 1.2 reader could take for a boolean, number,
 * null or date quoted. Dates are written as {@code 2019-01-28} or {@code 2019-01-29T10:02:00Z}.
 *
 * <p>Files are replaced atomically where the file system allows it, so that an interrupted write
 * never leaves half a file. Immutable and safe to share between threads.
 */
public final class ContentWriter {

    /** {@code rw-r--r--}: what an editor's saved file usually has. */
    private static final Set<PosixFilePermission> READABLE_BY_ALL = PosixFilePermissions.fromString("rw-r--r--");

    private static final String DIRECTIVE_EXAMPLE = """
            <!--
            Write the editors' introduction here, in Markdown, and delete this comment.

            Quote a reader's question in a reader block, then give a participant's answer
            in a response block. The name after "reader" is free text; the id after
            "response" names a file in people/ (rostrum new person <id> "<name>" makes one).
            A response answers the nearest reader block above it.

            ::: reader Yvetta
            We had a comment sent in from Yvetta, who asks whether the idea is absurd today.
            :::

            To get a reaction, we put this question to Leonid Gozman.

            ::: response leonid-gozman
            I think we must have Russia in NATO.
            :::

            Reader comments go in comments.yaml next to this file, or one file each in comments/.
            -->
            """;

    private static final String PERSON_SKELETON = """
            # role: one line, for example Professor of International Relations
            # bio: |
            #   A few sentences in Markdown.
            # photo: an image file in people/, for example jane-doe.jpg
            # links:
            #   - title: Website
            #     url: https://example.org/
            """;

    private static final int LARGE_FILE_LIMIT = Integer.MAX_VALUE;

    public ContentWriter() {
    }

    /** Writes {@code content/site.yaml}. */
    public void writeSite(Path file, SiteDraft site) throws IOException {
        write(file, siteText(site));
    }

    /**
     * Creates {@code content/site.yaml} for a new archive, as {@code rostrum init} does.
     *
     * @throws FileAlreadyExistsException when {@code file} exists; it is left as it was
     */
    public void createSite(Path file, SiteDraft site) throws IOException {
        create(file, siteText(site));
    }

    /** Writes {@code folder/index.md}, creating the folder when needed. */
    public void writeDebate(Path folder, DebateDraft debate) throws IOException {
        write(folder.resolve("index.md"), debateText(debate));
    }

    /**
     * Creates {@code folder/index.md} for a new debate, as {@code rostrum new debate} does: like
     * {@link #writeDebate}, except that {@code topics} is always written ({@code topics: []} when
     * there are none, so that editors see where they go) and that an existing file is never replaced.
     *
     * @throws FileAlreadyExistsException when {@code folder/index.md} exists; it is left as it was
     */
    public void createDebate(Path folder, DebateDraft debate) throws IOException {
        create(folder.resolve("index.md"), debateText(debate, true));
    }

    /**
     * Creates a person file for a new participant, as {@code rostrum new person} does: the fields of
     * {@code person}, followed by the other fields of the content format (docs/content.md) as YAML comments for the editor to
     * fill in. An existing file is never replaced.
     *
     * @throws FileAlreadyExistsException when {@code file} exists; it is left as it was
     */
    public void createPerson(Path file, PersonDraft person) throws IOException {
        create(file, personText(person) + PERSON_SKELETON);
    }

    /**
     * An example of the {@code reader} and {@code response} directives inside an HTML
     * comment, which Markdown leaves out of the page: the body {@code rostrum new debate} gives a
     * new debate, so that editors have the syntax at hand.
     */
    public static String directiveExample() {
        return DIRECTIVE_EXAMPLE;
    }

    /**
     * Creates a standalone page, as {@code rostrum new page} does.
     *
     * @throws FileAlreadyExistsException when {@code file} exists; it is left as it was
     */
    public void createPage(Path file, PageDraft page) throws IOException {
        create(file, pageText(page));
    }

    /**
     * Writes {@code folder/index.<language>.md}, the translation of the debate in {@code folder}: its
     * title, summary and text; the rest is the original's.
     */
    public void writeDebateTranslation(Path folder, String language, String title, Optional<String> summary,
            String body) throws IOException {
        write(folder.resolve("index." + language + ".md"), pageText(new PageDraft(title, summary, false, body,
                List.of())));
    }

    /** Writes a standalone page, for example {@code content/pages/about.md}. */
    public void writePage(Path file, PageDraft page) throws IOException {
        write(file, pageText(page));
    }

    /** Writes a person file, for example {@code content/people/leonid-gozman.yaml}. */
    public void writePerson(Path file, PersonDraft person) throws IOException {
        write(file, personText(person));
    }

    /** Writes {@code comments.yaml}: a mapping with the flat list {@code comments}, in the given order. */
    public void writeComments(Path file, List<CommentDraft> comments) throws IOException {
        write(file, commentsText(comments));
    }

    /**
     * Puts {@code comments} into an existing {@code comments.yaml}: entries of the list whose {@code id}
     * is matched by {@code replaced} are taken out, every other entry is kept as it was written
     * (values, styles and YAML comments, though a comment just above a list item moves to after its
     * dash), and {@code comments} are appended in their order. Without
     * an existing file this is {@link #writeComments}, except that no file is made for an empty list.
     * Merging the same comments twice gives the same file, which is then not rewritten.
     *
     * @return false, with an error in {@code diagnostics}, when the existing file is not valid YAML or
     *         not a mapping with a list {@code comments}; the file is then left alone
     */
    public boolean mergeComments(Path file, Predicate<String> replaced, List<CommentDraft> comments,
            Diagnostics diagnostics) throws IOException {
        if (!Files.exists(file)) {
            if (!comments.isEmpty()) {
                writeComments(file, comments);
            }
            return true;
        }
        String existing = Files.readString(file, StandardCharsets.UTF_8);
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file.toString()).setParseComments(true)
                    .setCodePointLimit(LARGE_FILE_LIMIT).setSchema(new CoreSchema()).build())
                    .composeString(existing);
        } catch (YamlEngineException e) {
            diagnostics.error(positionOf(e, file, 0), "cannot merge comments: " + problemOf(e));
            return false;
        }
        Optional<SequenceNode> list = root.flatMap(ContentWriter::commentsList);
        if (list.isEmpty()) {
            diagnostics.error(root.flatMap(Node::getStartMark).map(m -> position(file, m, 0))
                    .orElse(SourcePosition.startOf(file)),
                    "cannot merge comments: expected a mapping with a list 'comments'");
            return false;
        }
        List<Node> entries = new ArrayList<>();
        for (Node entry : list.get().getValue()) {
            if (!scalarValue(entry, "id").map(replaced::test).orElse(false)) {
                entries.add(entry);
            }
        }
        for (CommentDraft comment : comments) {
            entries.add(commentNode(comment));
        }
        list.get().getValue().clear();
        list.get().getValue().addAll(entries);
        String merged = dump(root.get());
        if (!merged.equals(existing)) {
            write(file, merged);
        }
        return true;
    }

    /**
     * The {@code aliases} of a debate's {@code index.md}, as written, for merging into existing
     * debates without loading the whole site. A file that cannot be read as front matter gives a
     * warning at its position and no aliases.
     */
    public List<String> readAliases(Path indexFile, Diagnostics diagnostics) throws IOException {
        return readList(indexFile, "aliases", diagnostics);
    }

    /**
     * The {@code topics} of a debate's {@code index.md}, as written, so that an import can spell
     * its topics as the archive already does. A file that cannot be read as front matter gives a
     * warning at its position and no topics.
     */
    public List<String> readTopics(Path indexFile, Diagnostics diagnostics) throws IOException {
        return readList(indexFile, "topics", diagnostics);
    }

    /** The names of {@code topics.yaml} (its keys), as written; none when it is not a mapping. */
    public List<String> readTopicNames(Path topicsFile, Diagnostics diagnostics) throws IOException {
        Object data;
        try {
            data = new Load(LoadSettings.builder().setLabel(topicsFile.toString()).setSchema(new CoreSchema())
                    .setMaxAliasesForCollections(10).build())
                    .loadFromString(Files.readString(topicsFile, StandardCharsets.UTF_8));
        } catch (YamlEngineException e) {
            diagnostics.warning(positionOf(e, topicsFile, 0), "cannot read the topic names: " + problemOf(e));
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (data instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> names.add(String.valueOf(key).strip()));
        }
        return List.copyOf(names);
    }

    private List<String> readList(Path indexFile, String key, Diagnostics diagnostics) throws IOException {
        String text = Files.readString(indexFile, StandardCharsets.UTF_8);
        SourceText source = new SourceText(indexFile, text.startsWith("\uFEFF") ? text.substring(1) : text);
        Optional<FrontMatter> frontMatter = FrontMatter.find(source);
        if (frontMatter.isEmpty()) {
            diagnostics.warning(SourcePosition.startOf(indexFile),
                    "cannot read " + key + ": no front matter between two '---' lines");
            return List.of();
        }
        String yaml = frontMatter.get().yaml(source);
        // Without the last line break, a problem at the end of the YAML is shown where its text ends.
        yaml = yaml.endsWith("\n") ? yaml.substring(0, yaml.length() - 1) : yaml;
        Object data;
        try {
            data = new Load(LoadSettings.builder().setLabel(indexFile.toString()).setSchema(new CoreSchema())
                    .setMaxAliasesForCollections(10).build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            diagnostics.warning(positionOf(e, indexFile, 1), "cannot read " + key + ": " + problemOf(e));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (data instanceof Map<?, ?> map && map.get(key) instanceof List<?> list) {
            for (Object value : list) {
                if (value instanceof String s) {
                    values.add(s);
                }
            }
        }
        return List.copyOf(values);
    }

    String siteText(SiteDraft site) {
        List<NodeTuple> fields = new ArrayList<>();
        fields.add(field("title", text(site.title())));
        fields.add(field("base_url", text(site.baseUrl())));
        site.description().ifPresent(s -> fields.add(field("description", text(s))));
        site.language().ifPresent(s -> fields.add(field("language", text(s))));
        site.timezone().ifPresent(s -> fields.add(field("timezone", text(s))));
        if (!site.languages().isEmpty()) {
            fields.add(field("languages", new SequenceNode(Tag.SEQ, site.languages().stream()
                    .map(l -> (Node) text(l)).toList(), FlowStyle.FLOW)));
        }
        return dump(mapping(fields));
    }

    String debateText(DebateDraft debate) {
        return debateText(debate, false);
    }

    private String debateText(DebateDraft debate, boolean alwaysTopics) {
        List<NodeTuple> fields = new ArrayList<>();
        fields.add(field("title", text(debate.title())));
        fields.add(field("date", date(debate.date())));
        debate.updated().ifPresent(d -> fields.add(field("updated", date(d))));
        if (!debate.topics().isEmpty()) {
            fields.add(field("topics", texts(debate.topics())));
        } else if (alwaysTopics) {
            fields.add(field("topics", new SequenceNode(Tag.SEQ, List.of(), FlowStyle.FLOW)));
        }
        if (!debate.authors().isEmpty()) {
            fields.add(field("authors", texts(debate.authors())));
        }
        debate.summary().ifPresent(s -> fields.add(field("summary", text(s))));
        debate.image().ifPresent(s -> fields.add(field("image", text(s))));
        debate.imageAlt().ifPresent(s -> fields.add(field("image_alt", text(s))));
        debate.imageCredit().ifPresent(s -> fields.add(field("image_credit", text(s))));
        debate.status().ifPresent(s -> fields.add(field("status", text(s.name().toLowerCase(Locale.ROOT)))));
        if (debate.draft()) {
            fields.add(field("draft", bool(true)));
        }
        if (!debate.aliases().isEmpty()) {
            fields.add(field("aliases", texts(debate.aliases())));
        }
        debate.guid().ifPresent(g -> fields.add(field("guid", text(g))));
        debate.language().ifPresent(l -> fields.add(field("language", text(l))));
        return frontMatter(fields, debate.body());
    }

    String pageText(PageDraft page) {
        List<NodeTuple> fields = new ArrayList<>();
        fields.add(field("title", text(page.title())));
        page.summary().ifPresent(s -> fields.add(field("summary", text(s))));
        if (page.draft()) {
            fields.add(field("draft", bool(true)));
        }
        if (!page.aliases().isEmpty()) {
            fields.add(field("aliases", texts(page.aliases())));
        }
        return frontMatter(fields, page.body());
    }

    String personText(PersonDraft person) {
        List<NodeTuple> fields = new ArrayList<>();
        fields.add(field("name", text(person.name())));
        person.role().ifPresent(s -> fields.add(field("role", text(s))));
        person.bio().ifPresent(s -> fields.add(field("bio", text(s))));
        person.photo().ifPresent(s -> fields.add(field("photo", text(s))));
        if (!person.links().isEmpty()) {
            List<Node> links = new ArrayList<>();
            for (Link link : person.links()) {
                links.add(mapping(List.of(field("title", text(link.title())), field("url", text(link.url())))));
            }
            fields.add(field("links", sequence(links)));
        }
        return dump(mapping(fields));
    }

    String commentsText(List<CommentDraft> comments) {
        List<Node> entries = new ArrayList<>();
        for (CommentDraft comment : comments) {
            entries.add(commentNode(comment));
        }
        return dump(mapping(List.of(field("comments", sequence(entries)))));
    }

    private Node commentNode(CommentDraft comment) {
        List<NodeTuple> fields = new ArrayList<>();
        comment.id().ifPresent(s -> fields.add(field("id", text(s))));
        comment.parent().ifPresent(s -> fields.add(field("parent", text(s))));
        comment.author().ifPresent(s -> fields.add(field("author", text(s))));
        comment.authorUrl().ifPresent(s -> fields.add(field("author_url", text(s))));
        comment.date().ifPresent(d -> fields.add(field("date", date(d))));
        if (comment.status() == CommentStatus.REMOVED) {
            fields.add(field("status", text("removed")));
        }
        if (comment.staff()) {
            fields.add(field("staff", bool(true)));
        }
        comment.lang().ifPresent(l -> fields.add(field("lang", text(l))));
        if (comment.status() == CommentStatus.PUBLISHED || !comment.body().isEmpty()) {
            fields.add(field("body", text(comment.body())));
        }
        return mapping(fields);
    }

    private String frontMatter(List<NodeTuple> fields, String body) {
        StringBuilder out = new StringBuilder("---\n").append(dump(mapping(fields))).append("---\n");
        String text = body.strip();
        if (!text.isEmpty()) {
            out.append('\n').append(text).append('\n');
        }
        return out.toString();
    }

    /**
     * Writes {@code text} to a temporary file beside {@code file}, then moves it into place. The file
     * is readable by everyone ({@code rw-r--r--}) where the file system has POSIX permissions, like
     * a file an editor saves, not owner-only like the temporary file it starts as.
     */
    private static void write(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".rostrum-", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, READABLE_BY_ALL);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes {@code text} to {@code file}, which must not exist yet. */
    private static void create(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private static Optional<SequenceNode> commentsList(Node root) {
        if (root instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("comments")
                        && tuple.getValueNode() instanceof SequenceNode list) {
                    return Optional.of(list);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> scalarValue(Node node, String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                        && tuple.getValueNode() instanceof ScalarNode value) {
                    return Optional.of(value.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static SourcePosition positionOf(YamlEngineException e, Path file, int linesBefore) {
        if (e instanceof MarkedYamlEngineException marked) {
            Optional<Mark> mark = marked.getProblemMark().or(marked::getContextMark);
            if (mark.isPresent()) {
                return position(file, mark.get(), linesBefore);
            }
        }
        return SourcePosition.startOf(file);
    }

    private static SourcePosition position(Path file, Mark mark, int linesBefore) {
        return new SourcePosition(file, mark.getLine() + 1 + linesBefore, mark.getColumn() + 1);
    }

    private static String problemOf(YamlEngineException e) {
        if (e instanceof MarkedYamlEngineException marked && marked.getProblem() != null) {
            return marked.getProblem();
        }
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("invalid YAML");
    }

}
