package org.rostrum.pipeline.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.rostrum.diag.SourcePosition;
import org.rostrum.model.Block;
import org.rostrum.model.ContentLink;
import org.rostrum.model.Debate;
import org.rostrum.model.DebateImage;
import org.rostrum.model.DebateStatus;
import org.rostrum.model.ReaderPrompt;
import org.rostrum.model.Response;
import org.rostrum.model.Timestamp;
import org.rostrum.output.ByteInput;
import org.rostrum.render.DateView;
import org.rostrum.render.DebateContext;
import org.rostrum.render.DebateLink;
import org.rostrum.render.PersonRef;
import org.rostrum.render.TopicRef;

/**
 * Writes a debate to the build cache and reads it back, so that an incremental build can show it
 * in lists, feeds and people's pages without reading its folder again.
 *
 * <p>What is kept is the debate's <em>summary</em>: everything but the editors' own text between
 * the directives, which only the debate's own page shows. A debate read from the cache must
 * therefore never be rendered as a debate page; the build reads the folder again for that.
 */
public final class DebateCodec {

    private static final byte READER = 1;
    private static final byte RESPONSE = 2;

    private DebateCodec() {
    }

    static void write(Debate d, DataOutput out) throws IOException {
        string(out, d.slug());
        string(out, d.directory().toString());
        position(out, d.position());
        string(out, d.title());
        timestamp(out, d.date());
        out.writeBoolean(d.updated().isPresent());
        if (d.updated().isPresent()) {
            timestamp(out, d.updated().get());
        }
        strings(out, d.topics());
        string(out, d.summary());
        out.writeBoolean(d.image().isPresent());
        if (d.image().isPresent()) {
            DebateImage img = d.image().get();
            string(out, img.file());
            optional(out, img.alt());
            optional(out, img.credit());
        }
        out.writeByte(d.status().ordinal());
        out.writeBoolean(d.draft());
        strings(out, d.aliases());
        List<Block> kept = d.body().stream().filter(b -> !(b instanceof org.rostrum.model.EditorialText)).toList();
        out.writeInt(kept.size());
        for (Block b : kept) {
            if (b instanceof ReaderPrompt p) {
                out.writeByte(READER);
                out.writeInt(p.index());
                string(out, p.name());
                string(out, p.html());
            } else if (b instanceof Response r) {
                out.writeByte(RESPONSE);
                string(out, r.personId());
                string(out, r.html());
                out.writeInt(r.promptIndex().orElse(-1));
                position(out, r.position());
            }
        }
        strings(out, d.bundleFiles());
        out.writeInt(d.links().size());
        for (ContentLink link : d.links()) {
            string(out, link.url());
            position(out, link.position());
        }
        optional(out, d.guid());
        strings(out, d.authorIds());
        optional(out, d.language());
    }

    static Debate read(DataInput in) throws IOException {
        String slug = string(in);
        Path directory = Path.of(string(in));
        SourcePosition position = position(in);
        String title = string(in);
        Timestamp date = timestamp(in);
        Optional<Timestamp> updated = in.readBoolean() ? Optional.of(timestamp(in)) : Optional.empty();
        List<String> topics = strings(in);
        String summary = string(in);
        Optional<DebateImage> image = in.readBoolean()
                ? Optional.of(new DebateImage(string(in), optional(in), optional(in))) : Optional.empty();
        int status = in.readByte();
        if (status < 0 || status >= DebateStatus.values().length) {
            throw new IOException("corrupt cache: debate status " + status);
        }
        boolean draft = in.readBoolean();
        List<String> aliases = strings(in);
        int blocks = count(in);
        List<Block> body = new ArrayList<>(blocks);
        for (int i = 0; i < blocks; i++) {
            byte kind = in.readByte();
            if (kind == READER) {
                body.add(new ReaderPrompt(in.readInt(), string(in), string(in)));
            } else if (kind == RESPONSE) {
                String person = string(in);
                String html = string(in);
                int prompt = in.readInt();
                body.add(new Response(person, html, prompt < 0 ? OptionalInt.empty() : OptionalInt.of(prompt),
                        position(in)));
            } else {
                throw new IOException("corrupt cache: block kind " + kind);
            }
        }
        List<String> bundle = strings(in);
        int linkCount = count(in);
        List<ContentLink> links = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) {
            links.add(new ContentLink(string(in), position(in)));
        }
        Optional<String> guid = optional(in);
        List<String> authors = strings(in);
        return new Debate(slug, directory, position, title, date, updated, topics, summary, image,
                DebateStatus.values()[status], draft, aliases, body, bundle, links, guid, authors, optional(in));
    }

    /** {@code context} as bytes, for the cache entry of its debate. */
    public static byte[] context(DebateContext context) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.writeBoolean(context.previous().isPresent());
            if (context.previous().isPresent()) {
                link(out, context.previous().get());
            }
            out.writeBoolean(context.next().isPresent());
            if (context.next().isPresent()) {
                link(out, context.next().get());
            }
            out.writeInt(context.related().size());
            for (DebateLink link : context.related()) {
                link(out, link);
            }
            out.writeInt(context.topics().size());
            for (TopicRef topic : context.topics()) {
                string(out, topic.name());
                string(out, topic.slug());
                string(out, topic.href());
                out.writeInt(topic.count());
            }
            out.writeInt(context.people().size());
            for (PersonRef person : context.people()) {
                string(out, person.id());
                string(out, person.name());
                string(out, person.role());
                string(out, person.href());
                optional(out, person.photoHref());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The context that {@link #context(DebateContext)} wrote. */
    public static DebateContext context(byte[] bytes) throws IOException {
        ByteInput in = new ByteInput(bytes);
        Optional<DebateLink> previous = in.readBoolean() ? Optional.of(link(in)) : Optional.empty();
        Optional<DebateLink> next = in.readBoolean() ? Optional.of(link(in)) : Optional.empty();
        int relatedCount = count(in);
        List<DebateLink> related = new ArrayList<>(relatedCount);
        for (int i = 0; i < relatedCount; i++) {
            related.add(link(in));
        }
        int topicCount = count(in);
        List<TopicRef> topics = new ArrayList<>(topicCount);
        for (int i = 0; i < topicCount; i++) {
            topics.add(new TopicRef(string(in), string(in), string(in), in.readInt()));
        }
        int personCount = count(in);
        List<PersonRef> people = new ArrayList<>(personCount);
        for (int i = 0; i < personCount; i++) {
            people.add(new PersonRef(string(in), string(in), string(in), string(in), optional(in)));
        }
        if (!in.atEnd()) {
            throw new IOException("corrupt cache: bytes after a debate's context");
        }
        return new DebateContext(previous, next, related, topics, people);
    }

    private static void link(DataOutput out, DebateLink link) throws IOException {
        string(out, link.title());
        string(out, link.href());
        string(out, link.date().iso());
        string(out, link.date().text());
        out.writeInt(link.date().year());
    }

    private static DebateLink link(DataInput in) throws IOException {
        return new DebateLink(string(in), string(in), new DateView(string(in), string(in), in.readInt()));
    }

    private static void timestamp(DataOutput out, Timestamp t) throws IOException {
        string(out, t.at().toString());
        out.writeBoolean(t.dateOnly());
    }

    private static Timestamp timestamp(DataInput in) throws IOException {
        try {
            return new Timestamp(ZonedDateTime.parse(string(in)), in.readBoolean());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException("corrupt cache: " + e.getMessage(), e);
        }
    }

    private static void position(DataOutput out, SourcePosition p) throws IOException {
        string(out, p.file().toString());
        out.writeInt(p.line());
        out.writeInt(p.column());
    }

    private static SourcePosition position(DataInput in) throws IOException {
        String file = string(in);
        int line = in.readInt();
        int column = in.readInt();
        if (line < 1 || column < 1) {
            throw new IOException("corrupt cache: position " + line + ":" + column);
        }
        return new SourcePosition(Path.of(file), line, column);
    }

    private static void optional(DataOutput out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            string(out, value.get());
        }
    }

    private static Optional<String> optional(DataInput in) throws IOException {
        return in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
    }

    static void strings(DataOutput out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            string(out, v);
        }
    }

    static List<String> strings(DataInput in) throws IOException {
        int n = count(in);
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(string(in));
        }
        return values;
    }

    /** Strings of any length (DataOutput's own writeUTF stops at 64 KB). */
    static void string(DataOutput out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInput in) throws IOException {
        int n = count(in);
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static int count(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 256 * 1024 * 1024) {
            throw new IOException("corrupt cache: length " + n);
        }
        return n;
    }
}
