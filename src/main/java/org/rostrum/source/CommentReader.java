package org.rostrum.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.markdown.CommentBudget;
import org.rostrum.model.CommentInput;
import org.rostrum.model.CommentStatus;
import org.rostrum.model.Timestamp;

/**
 * Reads the reader comments of one debate folder into one flat list of {@link CommentInput}, in
 * the order that {@link CommentInput} documents: {@code comments.yaml} (or {@code comments.json})
 * in file order with nested {@code replies} right after their parent, then the files of
 * {@code comments/} ordered by date (undated last), then file name.
 *
 * <p>Only the form of each comment is checked here; ids, parents and cycles are the threader's.
 * What readers write is quarantined, not fatal: a comment with a broken value is still in the list,
 * marked {@link CommentStatus#LEFT_OUT}, and its problems are warnings; a file of {@code comments/}
 * that cannot be read at all (empty, binary, not YAML, over a limit) is left out with warnings. The
 * form of {@code comments.yaml} and {@code comments.json} themselves (syntax, the {@code comments}
 * list) is the editors' and stays an error.
 *
 * <p>The build reads the comments of each debate only when it threads and renders that debate, so
 * that a large archive is never in memory all at once. Immutable and safe to use from many threads.
 */
public final class CommentReader {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> FIELDS = Set.of(
            "id", "parent", "author", "author_url", "date", "body", "status", "replies", "staff", "lang");
    private static final Fields.Kind COMMENT = new Fields.Kind("a comment", FIELDS);
    private static final Map<String, CommentStatus> STATUSES = Map.of(
            "published", CommentStatus.PUBLISHED, "removed", CommentStatus.REMOVED);

    private final SourceFiles files;
    private final ContentTree tree;
    private final ZoneId zone;

    /**
     * @param contentDir the content folder (symbolic links must stay inside it)
     * @param config     the site settings (dates without an offset are in its time zone)
     */
    public CommentReader(Path contentDir, org.rostrum.model.SiteConfig config) {
        this(new SourceFiles(Limits.DEFAULT), new ContentTree(contentDir), config.timezone());
    }

    CommentReader(SourceFiles files, ContentTree tree, ZoneId zone) {
        this.files = files;
        this.tree = tree;
        this.zone = zone;
    }

    /** Every comment of the debate in {@code debateDir}, in page order; problems go to {@code diagnostics}. */
    public List<CommentInput> read(Path debateDir, Diagnostics diagnostics) {
        List<CommentInput> comments = new ArrayList<>();
        Path yaml = debateDir.resolve("comments.yaml");
        Path json = debateDir.resolve("comments.json");
        boolean hasYaml = tree.isReadable(yaml, diagnostics);
        boolean hasJson = tree.isReadable(json, diagnostics);
        if (hasYaml && hasJson) {
            diagnostics.error(SourcePosition.startOf(json),
                    "comments.json and comments.yaml cannot both be used; keep one of them");
        }
        if (hasYaml) {
            files.yaml(yaml, diagnostics).ifPresent(v -> readList(v, "comments.yaml", comments, diagnostics));
        } else if (hasJson) {
            files.json(json, diagnostics).ifPresent(v -> readList(v, "comments.json", comments, diagnostics));
        }
        Path folder = debateDir.resolve("comments");
        if (Files.isDirectory(folder)) {
            readFolder(folder, comments, diagnostics);
        }
        return comments;
    }

    /**
     * The comments of one list file laid out as {@code comments.yaml} is, such as a page's
     * {@code pages/<slug>.comments.yaml}; empty when there is no such file.
     */
    public List<CommentInput> readFile(Path file, Diagnostics diagnostics) {
        List<CommentInput> comments = new ArrayList<>();
        if (tree.isReadable(file, diagnostics)) {
            files.yaml(file, diagnostics).ifPresent(v -> readList(v, file.getFileName().toString(), comments,
                    diagnostics));
        }
        return comments;
    }

    private void readList(Value file, String name, List<CommentInput> out, Diagnostics diagnostics) {
        Fields.Kind kind = new Fields.Kind(name, "a mapping with a list 'comments'", "", Set.of("comments"), true);
        Fields.of(file, kind, file.position(), diagnostics)
                .flatMap(f -> f.list("comments", "a list of comments", text -> "start each comment with '- '"))
                .ifPresent(list -> {
                    for (Value item : list.items()) {
                        read(item, OptionalInt.empty(), out, diagnostics);
                    }
                });
    }

    /** One file of {@code comments/}, read and flattened on its own, with the key it sorts by. */
    private record CommentFile(String name, Optional<Timestamp> date, List<CommentInput> comments) {
    }

    private void readFolder(Path folder, List<CommentInput> out, Diagnostics diagnostics) {
        List<CommentFile> read = new ArrayList<>();
        for (Path file : tree.list(folder, diagnostics)) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".yaml") || !Files.isRegularFile(file)) {
                ContentTree.warnIgnored(file, ": comment files end in .yaml", diagnostics);
                continue;
            }
            List<CommentInput> comments = new ArrayList<>();
            Diagnostics own = new Diagnostics();
            files.yaml(file, own).ifPresent(v -> read(v, OptionalInt.empty(), comments, diagnostics));
            // The file was written by a reader: if it cannot be read as YAML, only its comments are left out.
            if (passOn(own, SourcePosition.startOf(file), diagnostics)) {
                comments.replaceAll(CommentReader::leftOut);
            }
            if (!comments.isEmpty()) {
                read.add(new CommentFile(name, comments.get(0).date(), comments));
            }
        }
        read.sort(Comparator.comparing((CommentFile f) -> f.date().orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CommentFile::name));
        for (CommentFile file : read) {
            int offset = out.size();
            for (CommentInput comment : file.comments()) {
                out.add(shifted(comment, offset));
            }
        }
    }

    /**
     * Reads one comment and, right after it, its nested replies (depth-first). Recursion is bounded
     * by the nesting limit of the YAML and JSON readers.
     *
     * <p>Every value of a comment is written by a reader, so a problem in one is a warning and
     * leaves that comment out ({@link CommentStatus#LEFT_OUT}), except a bad {@code author_url},
     * which only loses the link. Its replies are read as usual; the threader keeps them under a
     * tombstone.
     */
    private void read(Value value, OptionalInt parentIndex, List<CommentInput> out, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        Optional<Fields> read = Fields.of(value, COMMENT, value.position(), own);
        if (read.isEmpty()) {
            passOn(own, value.position(), diagnostics);
            return;
        }
        Fields fields = read.get();
        Optional<String> id = fields.scalar("id", "text").flatMap(s -> id(fields, s));
        Optional<String> parent = fields.text("parent");
        Optional<SourcePosition> parentPosition = fields.value("parent").map(Value::position);
        if (parent.isPresent() && parentIndex.isPresent()) {
            own.error(parentPosition.get(), "a reply under 'replies' must not also have 'parent'");
            parent = Optional.empty();
            parentPosition = Optional.empty();
        }
        CommentStatus status = fields.oneOf("status", STATUSES, "published or removed").orElse(CommentStatus.PUBLISHED);
        Optional<String> body = fields.scalar("body", "text").map(Value.Scalar::text);
        if (body.isEmpty() && status == CommentStatus.PUBLISHED && !isBrokenBody(fields)) {
            own.error(fields.position(), "missing required field 'body' (only a removed comment may have none)");
        }
        if (status == CommentStatus.PUBLISHED) {
            body.flatMap(CommentBudget::problem).ifPresent(problem -> own.warning(
                    fields.value("body").get().position(), "comment shown as plain text: " + problem));
        }
        Optional<Timestamp> date = fields.timestamp("date", zone);
        Optional<String> author = fields.text("author");
        Optional<Value.Sequence> replies = fields.list("replies", "a list of comments",
                text -> "start each reply with '- '");
        if (passOn(own, fields.position(), diagnostics)) {
            status = CommentStatus.LEFT_OUT;
        }
        out.add(new CommentInput(id, parent, parentIndex, author, authorUrl(fields, diagnostics),
                date, body.orElse(""), status, fields.position(), fields.value("id").map(Value::position),
                parentPosition, fields.bool("staff").orElse(false), lang(fields, diagnostics)));
        int index = out.size() - 1;
        replies.ifPresent(list -> {
            for (Value reply : list.items()) {
                read(reply, OptionalInt.of(index), out, diagnostics);
            }
        });
    }

    /**
     * Passes the problems of one reader comment (or comment file) on: as they are when there is no
     * error; else as warnings, with the comment at {@code at} noted as left out. Returns whether it is.
     */
    private static boolean passOn(Diagnostics own, SourcePosition at, Diagnostics diagnostics) {
        if (!own.hasErrors()) {
            diagnostics.addAll(own);
            return false;
        }
        diagnostics.addAllAsWarnings(own);
        diagnostics.leftOut(at);
        return true;
    }

    private static Optional<String> id(Fields fields, Value.Scalar value) {
        String id = value.text().strip();
        if (ID.matcher(id).matches()) {
            return Optional.of(id);
        }
        return fields.invalid("id", "1 to 64 letters, digits, '_' or '-'", value);
    }

    /** A body that is there but not text was reported already; do not also call it missing. */
    private static boolean isBrokenBody(Fields fields) {
        return fields.value("body").map(v -> !(v instanceof Value.Scalar)).orElse(false);
    }

    /** The author's link; one that is not an http(s) URL is dropped with a warning, and the comment stays. */
    private static Optional<String> authorUrl(Fields fields, Diagnostics diagnostics) {
        Optional<Value> value = fields.value("author_url");
        if (value.isEmpty() || value.get() instanceof Value.Empty
                || (value.get() instanceof Value.Scalar s && s.text().isBlank())) {
            return Optional.empty();
        }
        if (value.get() instanceof Value.Scalar s && Urls.isWeb(s.text().strip())) {
            return Optional.of(s.text().strip());
        }
        String shown = value.get() instanceof Value.Scalar s ? Fields.quote(s.text().strip()) : value.get().kind();
        diagnostics.warning(value.get().position(),
                "field 'author_url' must be an http or https URL, not " + shown + "; the link is left out");
        return Optional.empty();
    }

    /** The language the comment is written in; a code that names none is dropped with a warning. */
    private static Optional<String> lang(Fields fields, Diagnostics diagnostics) {
        Optional<Value.Scalar> value = fields.value("lang").filter(v -> v instanceof Value.Scalar s
                && !s.text().isBlank()).map(Value.Scalar.class::cast);
        Optional<String> code = value.flatMap(v -> Languages.known(v.text()));
        if (value.isPresent() && code.isEmpty()) {
            diagnostics.warning(value.get().position(), "field 'lang' must be " + Languages.EXPECTED + ", not "
                    + Fields.quote(value.get().text().strip()) + "; the comment is shown without it");
        }
        return code;
    }

    private static CommentInput leftOut(CommentInput c) {
        return new CommentInput(c.id(), c.parentId(), c.parentIndex(), c.author(), c.authorUrl(), c.date(), c.body(),
                CommentStatus.LEFT_OUT, c.position(), c.idPosition(), c.parentPosition(), false, c.lang());
    }

    private static CommentInput shifted(CommentInput c, int offset) {
        if (offset == 0 || c.parentIndex().isEmpty()) {
            return c;
        }
        return new CommentInput(c.id(), c.parentId(), OptionalInt.of(c.parentIndex().getAsInt() + offset), c.author(),
                c.authorUrl(), c.date(), c.body(), c.status(), c.position(), c.idPosition(), c.parentPosition(),
                c.staff(), c.lang());
    }
}
